package com.studyhall.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What an open attempt's sheet shows that never changes once the attempt is drawn: where the test
 * is, and each question as asked, with its options in the attempt's order. The learner's answers
 * and flags, the deadline and the clock are laid over it on each page ({@link #sheet}).
 */
record SheetFrame(String courseSlug, String courseTitle, long sectionId, String sectionSlug, String sectionTitle,
                  long attemptId, int attemptNumber, List<Asked> questions) {

    static SheetFrame of(TestAttempt attempt, List<AttemptQuestion> rows) {
        var section = attempt.getMockTest().getSection();
        var course = section.getCourse();
        return new SheetFrame(course.getSlug(), course.getTitle(), section.getId(), section.getSlug(), section.getTitle(),
                attempt.getId(), attempt.getAttemptNumber(), rows.stream().map(Asked::of).toList());
    }

    AttemptPage.TestHeading heading(String courseTitle, String sectionTitle, int attemptsAllowed) {
        return new AttemptPage.TestHeading(courseSlug, courseTitle, sectionSlug, sectionTitle, attemptId, attemptNumber,
                attemptsAllowed);
    }

    /** The sheet at {@code now}: each question with the learner's answer, flag and save number laid over it. */
    AttemptSheet sheet(AttemptPage.TestHeading heading, List<Answered> answers, Instant startedAt, Instant deadline,
                       int resumePosition, Instant now) {
        Map<Integer, Answered> byPosition = answers.stream().collect(Collectors.toMap(Answered::position, Function.identity()));
        List<AttemptSheet.SheetQuestion> sheet = questions.stream()
                .map(q -> q.as(byPosition.getOrDefault(q.position(), Answered.nothing(q.position())))).toList();
        long left = Math.max(0, Duration.between(now, deadline).toSeconds());
        int minutes = (int) Duration.between(startedAt, deadline).toMinutes();
        return new AttemptSheet(heading, deadline, left, minutes, sheet, Math.min(resumePosition, Math.max(1, sheet.size())));
    }

    /** A question's saved state: the answer as stored, the flag, and the sequence number it was saved with. */
    record Answered(int position, String answer, boolean flagged, long seq) {

        static Answered of(AttemptQuestion row) {
            return new Answered(row.getPosition(), row.getAnswer(), row.isFlagged(),
                    row.getAnswerSeq() == null ? 0 : row.getAnswerSeq());
        }

        static Answered nothing(int position) {
            return new Answered(position, null, false, 0);
        }
    }

    /**
     * A question as the attempt asks it: a choice question's options, or a matching question's left
     * sides (authored order) and right sides (the attempt's shuffled order), each with its id.
     */
    record Asked(int position, QuestionType type, String prompt, String code, List<Choice> options,
                 List<Choice> leftSides, List<Choice> rightSides) {

        static Asked of(AttemptQuestion row) {
            QuestionVersion question = row.getVersion();
            Map<Long, QuestionVersion.VersionOption> byId = TestPages.optionsById(question);
            List<Long> order = row.optionOrder().stream().filter(byId::containsKey).toList();
            if (question.getType() == QuestionType.MATCHING) {
                return new Asked(row.getPosition(), question.getType(), question.getPrompt(), question.getCode(), List.of(),
                        question.matchItems().stream().map(left -> new Choice(left.getOptionId(), left.getText())).toList(),
                        order.stream().map(id -> new Choice(id, byId.get(id).getMatchText())).toList());
            }
            return new Asked(row.getPosition(), question.getType(), question.getPrompt(), question.getCode(),
                    order.stream().map(id -> new Choice(id, byId.get(id).getText())).toList(), List.of(), List.of());
        }

        AttemptSheet.SheetQuestion as(Answered saved) {
            if (type == QuestionType.MATCHING) {
                Map<Long, Long> picked = Grader.matches(saved.answer());
                List<AttemptSheet.MatchRow> rows = leftSides.stream().map(left -> new AttemptSheet.MatchRow(left.id(),
                        left.text(), rightSides.stream().map(right -> new AttemptSheet.SheetOption(right.id(), right.text(),
                                right.id() == picked.getOrDefault(left.id(), -1L))).toList())).toList();
                return new AttemptSheet.SheetQuestion(position, type, prompt, code, List.of(), saved.answer(), rows,
                        saved.flagged(), saved.seq());
            }
            var chosen = Grader.optionIds(saved.answer() == null ? "" : saved.answer());
            return new AttemptSheet.SheetQuestion(position, type, prompt, code,
                    options.stream().map(o -> new AttemptSheet.SheetOption(o.id(), o.text(), chosen.contains(o.id()))).toList(),
                    saved.answer(), List.of(), saved.flagged(), saved.seq());
        }
    }

    /** An option, or a side of a matching question, with the id it is posted under. */
    record Choice(long id, String text) {
    }
}
