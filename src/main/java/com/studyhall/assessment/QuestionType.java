package com.studyhall.assessment;

/** The kinds of mock-test question. */
public enum QuestionType {
    SINGLE_CHOICE("Single choice"),
    MULTIPLE_CHOICE("Multiple choice"),
    TRUE_FALSE("True or false"),
    SHORT_TEXT("Short answer"),
    NUMERIC("Numeric answer"),
    PREDICT_OUTPUT("Predict the output"),
    MATCHING("Matching"),
    ESSAY("Essay");

    private final String label;

    QuestionType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
