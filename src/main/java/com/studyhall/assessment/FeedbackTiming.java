package com.studyhall.assessment;

/** When a learner sees which answers were right, the correct answers and the explanations. */
public enum FeedbackTiming {
    AFTER_EACH_ATTEMPT, AFTER_LAST_ATTEMPT, NEVER;

    /** Whether a closed attempt's review shows answers, given how many attempts are used up. */
    public boolean showsAnswers(long attemptsUsed, int attemptsAllowed, boolean anotherAttemptOpen) {
        return switch (this) {
            case AFTER_EACH_ATTEMPT -> true;
            case AFTER_LAST_ATTEMPT -> attemptsUsed >= attemptsAllowed && !anotherAttemptOpen;
            case NEVER -> false;
        };
    }
}
