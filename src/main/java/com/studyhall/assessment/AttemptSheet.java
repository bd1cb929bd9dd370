package com.studyhall.assessment;

import java.time.Instant;
import java.util.List;

/**
 * An open attempt: the questions and the learner's saved answers. By construction it holds no
 * correct answer, explanation or score.
 */
public record AttemptSheet(TestHeading heading, Instant deadline, long remainingSeconds, int timeLimitMinutes,
                           List<SheetQuestion> questions) implements AttemptPage {

    public String deadlineShown() {
        return Times.clock(deadline);
    }

    public String remainingShown() {
        return Times.minutesSeconds(remainingSeconds);
    }

    public long answeredCount() {
        return questions.stream().filter(SheetQuestion::answered).count();
    }

    /** A question as asked; {@code answer} is the saved text or choice ("true"/"false" for true-or-false). */
    public record SheetQuestion(int position, QuestionType type, String prompt, String code, List<SheetOption> options,
                                String answer, List<MatchRow> matchRows) {

        public boolean answered() {
            return answer != null && !answer.isBlank();
        }

        public boolean choice() {
            return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        }
    }

    public record SheetOption(long id, String text, boolean chosen) {
    }

    /**
     * A matching question's left side; {@code choices} are every right side in the attempt's
     * shuffled order, each with the id it is posted under, {@code chosen} the one picked so far.
     */
    public record MatchRow(long id, String text, List<SheetOption> choices) {
    }
}
