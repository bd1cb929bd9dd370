package com.studyhall.assessment;

import java.time.Instant;
import java.util.List;

/**
 * An open attempt: the questions, the learner's saved answers and flags, and the question they were
 * last on. By construction it holds no correct answer, explanation or score.
 */
public record AttemptSheet(TestHeading heading, Instant deadline, long remainingSeconds, int timeLimitMinutes,
                           List<SheetQuestion> questions, int resumePosition) implements AttemptPage {


    public String remainingShown() {
        return Times.minutesSeconds(remainingSeconds);
    }

    public long answeredCount() {
        return questions.stream().filter(SheetQuestion::answered).count();
    }

    public List<SheetQuestion> unanswered() {
        return questions.stream().filter(q -> !q.answered()).toList();
    }

    public List<SheetQuestion> flagged() {
        return questions.stream().filter(SheetQuestion::flagged).toList();
    }

    /**
     * A question as asked; {@code answer} is the saved text or choice ("true"/"false" for
     * true-or-false), {@code seq} the sequence number it was saved with (0 before any), which the
     * page's script counts on from so its next save is newer.
     */
    public record SheetQuestion(int position, QuestionType type, String prompt, String code, List<SheetOption> options,
                                String answer, List<MatchRow> matchRows, boolean flagged, long seq) {

        public boolean answered() {
            return answer != null && !answer.isBlank();
        }

        public boolean choice() {
            return type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
        }

        /** The state in words, for the navigator and the summary (never shown by colour alone). */
        public String state() {
            return (answered() ? "answered" : "not answered") + (flagged ? ", flagged" : "");
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
