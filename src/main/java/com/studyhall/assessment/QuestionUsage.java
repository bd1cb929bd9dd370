package com.studyhall.assessment;

/** How many attempts drew some version of a bank question, and how many learners made them. */
public record QuestionUsage(long attempts, long learners) {

    public boolean used() {
        return attempts > 0;
    }

    public String shown() {
        return "used in " + count(attempts, "attempt") + " by " + count(learners, "learner");
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
