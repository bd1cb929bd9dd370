package com.studyhall.assessment;

/** Extra attempts and extra minutes one learner has on one test; {@link #NONE} for everyone else. */
public record Allowance(int extraAttempts, int extraMinutes) {

    public static final Allowance NONE = new Allowance(0, 0);

    public boolean any() {
        return extraAttempts > 0 || extraMinutes > 0;
    }

    int attemptsAllowed(TestSettings settings) {
        return settings.attemptsAllowed() + extraAttempts;
    }

    int minutesAllowed(TestSettings settings) {
        return settings.timeLimitMinutes() + extraMinutes;
    }

    /** In words, for the learner's page and the audit log. */
    public String describe() {
        if (!any()) {
            return "no extra attempts or time";
        }
        String attempts = extraAttempts == 0 ? null : extraAttempts + (extraAttempts == 1 ? " extra attempt" : " extra attempts");
        String minutes = extraMinutes == 0 ? null : extraMinutes + (extraMinutes == 1 ? " extra minute" : " extra minutes");
        return attempts == null ? minutes : minutes == null ? attempts : attempts + " and " + minutes;
    }
}
