package com.studyhall.catalog;

/** How much a learner should know before starting a course. */
public enum CourseLevel {
    BEGINNER("Beginner"), INTERMEDIATE("Intermediate"), ADVANCED("Advanced");

    private final String label;

    CourseLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
