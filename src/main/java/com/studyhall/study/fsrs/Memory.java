package com.studyhall.study.fsrs;

import java.time.Instant;

/**
 * One card's memory state for one learner, as FSRS keeps it.
 *
 * @param stability     days until the chance of recall falls to 90%
 * @param difficulty    1 (easy) to 10 (hard)
 * @param due           when the card should be shown next
 * @param lastReview    when it was last graded; null for a new card
 * @param scheduledDays days between the last review and {@code due} (0 while in short-term steps)
 * @param learningStep  index of the current (re)learning step
 */
public record Memory(Phase phase, double stability, double difficulty, Instant due, Instant lastReview,
                     int scheduledDays, int learningStep, int reps, int lapses) {

    /** A card nobody has reviewed yet, due at once. */
    public static Memory fresh(Instant now) {
        return new Memory(Phase.NEW, 0, 0, now, null, 0, 0, 0, 0);
    }

    Memory with(Phase phase, double stability, double difficulty, Instant due, Instant lastReview,
                int scheduledDays, int learningStep, int reps, int lapses) {
        return new Memory(phase, stability, difficulty, due, lastReview, scheduledDays, learningStep, reps, lapses);
    }
}
