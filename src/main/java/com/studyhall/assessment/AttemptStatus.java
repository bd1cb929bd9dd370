package com.studyhall.assessment;

/** Where an attempt is in its life: open, or closed by the learner or by the clock. */
public enum AttemptStatus {
    IN_PROGRESS("In progress"), SUBMITTED("Submitted"), EXPIRED("Time ran out");

    private final String label;

    AttemptStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean closed() {
        return this != IN_PROGRESS;
    }
}
