package com.studyhall.study.fsrs;

/** Where a card is in its life: never seen, in its first short steps, long-term, or relearning after a lapse. */
public enum Phase {
    NEW, LEARNING, REVIEW, RELEARNING
}
