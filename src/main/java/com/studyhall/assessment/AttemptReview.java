package com.studyhall.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A closed attempt: the grade, and per question the learner's answer; whether it was right, the
 * correct answer and the explanation only when the test's feedback setting allows
 * ({@code feedbackShown}); otherwise those fields are {@code null}.
 */
public record AttemptReview(TestHeading heading, AttemptStatus status, Instant startedAt, Instant closedAt,
                            BigDecimal scorePoints, int maxPoints, Integer scorePercent, boolean passed, int passMarkPercent,
                            boolean feedbackShown, FeedbackTiming feedback, List<ReviewQuestion> questions,
                            List<RegradeNote> regrades)
        implements AttemptPage {

    /** Closed with an essay an instructor has not graded yet: no score until then. */
    public boolean awaitingGrading() {
        return scorePoints == null;
    }

    /** "4.5": the points earned as the page shows them. */
    public String scoreText() {
        return Points.text(scorePoints);
    }

    public long correctCount() {
        return questions.stream().filter(q -> Boolean.TRUE.equals(q.correct())).count();
    }

    /**
     * {@code feedback} is the instructor's comment on an essay; {@code answerFeedback} what the
     * author wrote for the answer given (a true/false answer, or the short or numeric answer it
     * matched), null when there is none or answers are hidden.
     */
    public record ReviewQuestion(int position, QuestionType type, String prompt, String code,
                                 List<ReviewOption> options, String answer, Boolean correct, String correctAnswer,
                                 String explanation, int points, BigDecimal awardedPoints, String feedback,
                                 boolean awaitingGrading, List<ReviewPair> pairs, String answerFeedback) {

        /** Right for part of its points only: a matching question, or a short or numeric answer with partial credit. */
        public boolean partlyCorrect() {
            return Boolean.FALSE.equals(correct) && awardedPoints != null && awardedPoints.signum() > 0;
        }

        /** "0.5 of 1 point", "1.5 of 3 points". */
        public String awardedText() {
            return Points.text(awardedPoints) + " of " + points + (points == 1 ? " point" : " points");
        }

        public boolean answered() {
            return answer != null && !answer.isBlank();
        }

        public boolean choice() {
            return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        }
    }

    /** A matching pair as answered; {@code rightMatch} and {@code correct} are null when answers are hidden. */
    public record ReviewPair(String left, String chosen, String rightMatch, Boolean correct) {
    }

    /**
     * An option as shown in review; {@code correct} is {@code null} when answers are hidden,
     * {@code feedback} the option's own feedback for a learner who chose it (else null).
     */
    public record ReviewOption(String text, boolean chosen, Boolean correct, String feedback) {
    }

    /** An instructor corrected the answer key of one question after this attempt was graded. */
    public record RegradeNote(int position, String actorName, Instant regradedAt, BigDecimal pointsBefore,
                              BigDecimal pointsAfter) {

        /**
         * The note after its date, which the page shows in the reader's own time zone. A regrade
         * of an attempt whose essay awaits grading gives it no score yet (an essay keeps its
         * grade), so it has none before or after.
         */
        public String whatHappened() {
            String score = pointsBefore == null || pointsAfter == null ? "your score still awaits grading"
                    : Points.same(pointsBefore, pointsAfter) ? "your score stayed at " + Points.text(pointsAfter) + " points"
                    : "your score went from " + Points.text(pointsBefore) + " to " + Points.text(pointsAfter) + " points";
            return actorName + " corrected the answer key of question " + position + " and regraded this attempt: "
                    + score + ".";
        }
    }
}
