package com.studyhall.assessment;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a question accepts as correct, detached from the entity so grading is a pure function.
 * Only the fields of the question's type are set.
 */
record AnswerKey(QuestionType type, Set<Long> correctOptionIds, Boolean answerTrue, List<String> acceptedAnswers,
                 Double numericAnswer, Double tolerance, String expectedOutput, Map<Long, String> pairs,
                 List<GradedAnswer> graded, Map<Long, Double> credits) {

    AnswerKey(QuestionType type, Set<Long> correctOptionIds, Boolean answerTrue, List<String> acceptedAnswers,
              Double numericAnswer, Double tolerance, String expectedOutput) {
        this(type, correctOptionIds, answerTrue, acceptedAnswers, numericAnswer, tolerance, expectedOutput, Map.of(),
                List.of(), Map.of());
    }

    /**
     * A short or numeric answer's options are its graded answers (partial credit, feedback, "*"); a
     * choice's options with a credit (Moodle's "~%50%") give {@code credits} by option id, an option
     * without one counting 100 when correct, else 0. Without any credit a choice is all or nothing.
     */
    static AnswerKey of(QuestionVersion question) {
        boolean graded = question.getType() == QuestionType.SHORT_TEXT || question.getType() == QuestionType.NUMERIC;
        boolean choice = question.getType() == QuestionType.SINGLE_CHOICE || question.getType() == QuestionType.MULTIPLE_CHOICE;
        var credits = new java.util.HashMap<Long, Double>();
        if (choice && question.getOptions().stream().anyMatch(o -> o.getCredit() != null)) {
            question.getOptions().forEach(o -> credits.put(o.getOptionId(),
                    o.getCredit() != null ? o.getCredit() : o.isCorrect() ? 100.0 : 0.0));
        }
        return new AnswerKey(question.getType(), question.correctOptionIds(), question.getAnswerTrue(), question.getAcceptedAnswers(),
                question.getNumericAnswer(), question.getTolerance(), question.getExpectedOutput(), question.pairs(),
                graded ? question.getOptions().stream().map(GradedAnswer::of).toList() : List.of(), Map.copyOf(credits));
    }

    AnswerKey withGraded(List<GradedAnswer> answers) {
        return new AnswerKey(type, correctOptionIds, answerTrue, acceptedAnswers, numericAnswer, tolerance, expectedOutput,
                pairs, answers, credits);
    }

    AnswerKey withCredits(Map<Long, Double> optionCredits) {
        return new AnswerKey(type, correctOptionIds, answerTrue, acceptedAnswers, numericAnswer, tolerance, expectedOutput,
                pairs, graded, optionCredits);
    }

    /** Pairs by left option id: the right side's text each belongs with. */
    static AnswerKey matching(Map<Long, String> pairs) {
        return new AnswerKey(QuestionType.MATCHING, Set.of(), null, List.of(), null, null, null, pairs, List.of(), Map.of());
    }

    static AnswerKey choice(QuestionType type, Set<Long> correctOptionIds) {
        return new AnswerKey(type, correctOptionIds, null, List.of(), null, null, null);
    }

    static AnswerKey trueFalse(boolean answer) {
        return new AnswerKey(QuestionType.TRUE_FALSE, Set.of(), answer, List.of(), null, null, null);
    }

    static AnswerKey shortText(List<String> accepted) {
        return new AnswerKey(QuestionType.SHORT_TEXT, Set.of(), null, accepted, null, null, null);
    }

    static AnswerKey numeric(double answer, double tolerance) {
        return new AnswerKey(QuestionType.NUMERIC, Set.of(), null, List.of(), answer, tolerance, null);
    }

    static AnswerKey output(String expected) {
        return new AnswerKey(QuestionType.PREDICT_OUTPUT, Set.of(), null, List.of(), null, null, expected);
    }
}
