package com.studyhall.study;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Anki's daily limits, per course: at most so many new cards introduced and so many review cards
 * graded per UTC day. Cards still in their (re)learning steps are never held back, as in Anki.
 */
final class DailyLimits {

    private DailyLimits() {
    }

    /**
     * The first cards of {@code ordered} that fit: for each course, at most {@code left} of it
     * (a course not in {@code left} takes none).
     */
    static <T> List<T> take(List<T> ordered, ToLongFunction<T> courseOf, Map<Long, Integer> left) {
        Map<Long, Integer> remaining = new HashMap<>(left);
        List<T> taken = new ArrayList<>();
        for (T card : ordered) {
            long course = courseOf.applyAsLong(card);
            int room = remaining.getOrDefault(course, 0);
            if (room > 0) {
                taken.add(card);
                remaining.put(course, room - 1);
            }
        }
        return taken;
    }

    /** What is left of each course's limit after what was used today; never below zero. */
    static Map<Long, Integer> left(Map<Long, Integer> limits, Map<Long, Long> usedToday) {
        Map<Long, Integer> left = new HashMap<>();
        limits.forEach((course, limit) -> left.put(course,
                (int) Math.max(0, limit - usedToday.getOrDefault(course, 0L))));
        return left;
    }

    /** A learner's limits for one course. */
    record Limit(int newCards, int reviews) {

        static final int MAX_NEW = 9999;
        static final int MAX_REVIEWS = 99999;

        static Limit defaults() {
            return new Limit(ReviewSettings.DEFAULT_NEW_PER_DAY, ReviewSettings.DEFAULT_REVIEWS_PER_DAY);
        }

        boolean valid() {
            return newCards >= 0 && newCards <= MAX_NEW && reviews >= 0 && reviews <= MAX_REVIEWS;
        }
    }
}
