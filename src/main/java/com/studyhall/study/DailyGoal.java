package com.studyhall.study;

import java.time.LocalDate;
import java.util.Map;

/** Today's reviews against the learner's goal, and the run of days that reached it. */
public record DailyGoal(int goal, long today, int streak) {

    static DailyGoal of(int goal, LocalDate today, Map<LocalDate, Long> reviews) {
        if (goal < 1) {
            throw new IllegalArgumentException("a daily goal is at least one review");
        }
        long done = reviews.getOrDefault(today, 0L);
        // A day not over yet does not break the run: it starts from yesterday until today reaches the goal.
        LocalDate day = done >= goal ? today : today.minusDays(1);
        int streak = 0;
        while (reviews.getOrDefault(day, 0L) >= goal) {
            streak++;
            day = day.minusDays(1);
        }
        return new DailyGoal(goal, done, streak);
    }

    public boolean met() {
        return today >= goal;
    }

    public int percent() {
        return (int) Math.min(100, 100 * today / goal);
    }
}
