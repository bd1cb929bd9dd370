package com.studyhall.study;

import java.util.Locale;
import java.util.Optional;

/** The three lengths of a section summary. */
public enum SummaryLevel {
    BASIC("Basic"), MEDIUM("Medium"), DETAILED("Detailed");

    private final String label;

    SummaryLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The lower-case name used in forms and data attributes. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SummaryLevel> parse(String key) {
        for (SummaryLevel level : values()) {
            if (level.key().equals(key)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
