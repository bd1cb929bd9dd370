package com.studyhall.assessment;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns posted values into the stored answer text, refusing what cannot belong to the question.
 * No values, or only blank ones, mean "not answered" ({@code null}).
 */
final class AnswerFormat {

    static final int MAX_TEXT = 500;
    static final int MAX_OUTPUT = 10_000;
    static final int MAX_ESSAY = 20_000;

    private AnswerFormat() {
    }

    static String encode(AttemptQuestion row, List<String> values) {
        List<String> given = values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
        if (given.isEmpty()) {
            return null;
        }
        QuestionType type = row.getVersion().getType();
        return switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> options(row, type, given);
            case TRUE_FALSE -> trueOrFalse(single(given));
            case SHORT_TEXT, NUMERIC -> limited(single(given), MAX_TEXT);
            case PREDICT_OUTPUT -> limited(single(given), MAX_OUTPUT);
            case ESSAY -> limited(single(given), MAX_ESSAY);
            case MATCHING -> matches(row, given);
        };
    }

    /** Values {@code left=right} by option ids, one per left side; both sides must be the question's. */
    private static String matches(AttemptQuestion row, List<String> given) {
        java.util.Map<Long, Long> chosen = new java.util.TreeMap<>();
        for (String value : given) {
            var pair = Grader.matches(value);
            if (pair.size() != 1 || !value.strip().matches("\\d{1,18}=\\d{1,18}")) {
                throw new InvalidAnswerException("not a pair of this question: " + value);
            }
            var entry = pair.entrySet().iterator().next();
            if (!row.optionOrder().contains(entry.getKey()) || !row.optionOrder().contains(entry.getValue())) {
                throw new InvalidAnswerException("not a pair of this question: " + value);
            }
            if (chosen.put(entry.getKey(), entry.getValue()) != null) {
                throw new InvalidAnswerException("one match per item");
            }
        }
        return String.join(",", chosen.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    }

    private static String options(AttemptQuestion row, QuestionType type, List<String> given) {
        Set<Long> chosen = new TreeSet<>();
        for (String value : given) {
            Set<Long> ids = Grader.optionIds(value);
            if (ids.isEmpty() || !row.optionOrder().containsAll(ids)) {
                throw new InvalidAnswerException("not an option of this question: " + value);
            }
            chosen.addAll(ids);
        }
        if (type == QuestionType.SINGLE_CHOICE && chosen.size() > 1) {
            throw new InvalidAnswerException("choose one option");
        }
        return String.join(",", chosen.stream().map(String::valueOf).toList());
    }

    private static String single(List<String> given) {
        if (given.size() > 1) {
            throw new InvalidAnswerException("one answer expected");
        }
        return given.get(0);
    }

    private static String trueOrFalse(String value) {
        if (!value.equals("true") && !value.equals("false")) {
            throw new InvalidAnswerException("answer true or false");
        }
        return value;
    }

    private static String limited(String value, int max) {
        if (value.length() > max) {
            throw new InvalidAnswerException("answers are limited to " + max + " characters");
        }
        return value;
    }
}
