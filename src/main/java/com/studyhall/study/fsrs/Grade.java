package com.studyhall.study.fsrs;

import java.util.Optional;

/** How well the learner remembered a card: the four FSRS ratings, numbered as in FSRS. */
public enum Grade {
    AGAIN(1, "Again"), HARD(2, "Hard"), GOOD(3, "Good"), EASY(4, "Easy");

    private final int value;
    private final String label;

    Grade(int value, String label) {
        this.value = value;
        this.label = label;
    }

    public int value() {
        return value;
    }

    public String label() {
        return label;
    }

    public static Optional<Grade> of(int value) {
        for (Grade grade : values()) {
            if (grade.value == value) {
                return Optional.of(grade);
            }
        }
        return Optional.empty();
    }
}
