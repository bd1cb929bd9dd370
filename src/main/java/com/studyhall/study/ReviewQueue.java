package com.studyhall.study;

import com.studyhall.study.fsrs.Grade;

import java.time.Instant;
import java.util.List;

/**
 * The learner's review queue right now: how many cards wait, the card to show next (null when
 * the queue is empty) with what each grade would schedule, when the next card falls due, and
 * whether a grade can be taken back.
 */
public record ReviewQueue(int due, int fresh, StudyCard next, int reps, List<GradeChoice> choices, Instant nextDueAt,
                          String nextDueIn, boolean canUndo) {

    public int total() {
        return due + fresh;
    }

    public boolean empty() {
        return next == null;
    }

    /** A grade button: its grade and the interval it would set, such as "10m" or "3d". */
    public record GradeChoice(Grade grade, String interval) {
    }
}
