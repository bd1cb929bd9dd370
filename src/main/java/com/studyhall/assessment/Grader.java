package com.studyhall.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a saved answer is correct. Answers are stored as text: option ids (comma
 * separated for multiple choice), {@code true}/{@code false}, or what the learner typed. A
 * missing or unreadable answer is simply wrong.
 */
final class Grader {

    /** Absorbs binary rounding, so 0.1 + 0.2 counts as 0.3 with a tolerance of 0. */
    private static final double ROUNDING = 1e-9;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Moodle's thirds (33.33333 % three times) add up to full credit. */
    private static final double FULL_SLACK = 1e-3;

    private Grader() {
    }

    static boolean isCorrect(AnswerKey key, String answer) {
        if (answer == null || answer.isBlank()) {
            return false;
        }
        return switch (key.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> key.credits().isEmpty()
                    ? optionIds(answer).equals(key.correctOptionIds())
                    : choiceShare(key, answer) >= 100 - FULL_SLACK;
            case TRUE_FALSE -> key.answerTrue() != null && answer.strip().equals(key.answerTrue().toString());
            case SHORT_TEXT, NUMERIC -> {
                GradedAnswer matched = matchingAnswer(key, answer);
                yield matched != null && matched.fullCredit();
            }
            case PREDICT_OUTPUT -> key.expectedOutput() != null
                    && withoutTrailingSpace(answer).equals(withoutTrailingSpace(key.expectedOutput()));
            case MATCHING -> !key.pairs().isEmpty() && rightPairs(key, answer) == key.pairs().size();
            case ESSAY -> false; // graded by hand, never by key
        };
    }

    /**
     * The points an answer earns: all or nothing, except a matching question, which earns its
     * share per right pair, a short or numeric answer, which earns the credit of the graded
     * answer it matched, and a choice whose options have credits; a share is kept to the
     * hundredth ({@link Points}) and is never below zero. An essay earns nothing here; its
     * points are given by hand.
     */
    static BigDecimal awarded(AnswerKey key, String answer, int points) {
        if (key.type() == QuestionType.MATCHING) {
            int pairs = key.pairs().size();
            return pairs == 0 || answer == null ? Points.ZERO
                    : Points.share(points, BigDecimal.valueOf(rightPairs(key, answer)), BigDecimal.valueOf(pairs));
        }
        if (key.type() == QuestionType.SHORT_TEXT || key.type() == QuestionType.NUMERIC) {
            GradedAnswer matched = answer == null || answer.isBlank() ? null : matchingAnswer(key, answer);
            return share(points, matched == null ? 0 : matched.credit());
        }
        if (!key.credits().isEmpty() && answer != null) {
            double share = choiceShare(key, answer);
            return share >= 100 - FULL_SLACK ? Points.of(points) : share(points, share);
        }
        return isCorrect(key, answer) ? Points.of(points) : Points.ZERO;
    }

    /** Points for a credit in percent, from 0 to all of them. */
    private static BigDecimal share(int points, double credit) {
        return Points.share(points, BigDecimal.valueOf(Math.min(100, Math.max(0, credit))), HUNDRED);
    }

    /**
     * A choice with credits, as Moodle grades it: a single choice earns the chosen option's credit;
     * a multiple choice the sum of the chosen options' credits (negative ones take away), 0 to 100.
     */
    static double choiceShare(AnswerKey key, String answer) {
        Set<Long> chosen = optionIds(answer);
        if (key.type() == QuestionType.SINGLE_CHOICE && chosen.size() != 1) {
            return 0;
        }
        // Added as decimals, so credits such as 12.5 % and 33.33333 % add up exactly as written.
        double sum = chosen.stream().map(id -> BigDecimal.valueOf(key.credits().getOrDefault(id, 0.0)))
                .reduce(BigDecimal.ZERO, BigDecimal::add).doubleValue();
        return Math.min(100, Math.max(0, sum));
    }

    /**
     * The graded answer a short or numeric answer matched, as Moodle picks it: the first in the
     * author's order, the key's own answers counting as full-credit ones after those, and "any
     * other answer" ({@code *}) only when nothing else matched. Null when none did.
     */
    static GradedAnswer matchingAnswer(AnswerKey key, String answer) {
        if (answer == null || answer.isBlank()) {
            return null;
        }
        var candidates = new ArrayList<GradedAnswer>(key.graded().stream().filter(g -> !g.anyOther()).toList());
        if (key.type() == QuestionType.SHORT_TEXT) {
            key.acceptedAnswers().forEach(accepted -> candidates.add(new GradedAnswer(accepted, 100, null, null)));
        } else if (key.numericAnswer() != null) {
            candidates.add(new GradedAnswer(String.valueOf(key.numericAnswer()), 100, key.tolerance(), null));
        }
        key.graded().stream().filter(GradedAnswer::anyOther).forEach(candidates::add);
        return candidates.stream().filter(g -> matches(key.type(), g, answer)).findFirst().orElse(null);
    }

    private static boolean matches(QuestionType type, GradedAnswer graded, String answer) {
        if (graded.anyOther()) {
            return true;
        }
        if (type == QuestionType.SHORT_TEXT) {
            return sameText(graded.text(), answer);
        }
        Double value = parseNumber(graded.text());
        return value != null && closeEnough(value, graded.tolerance(), answer);
    }

    /** Left sides matched with a right side that belongs with them (by text, so equal right sides are interchangeable). */
    static int rightPairs(AnswerKey key, String answer) {
        Map<Long, Long> chosen = matches(answer);
        return (int) key.pairs().entrySet().stream()
                .filter(pair -> chosen.containsKey(pair.getKey()) && pair.getValue() != null
                        && pair.getValue().equals(key.pairs().get(chosen.get(pair.getKey()))))
                .count();
    }

    /** A matching answer, {@code left=right,...} by option ids; unreadable parts are left out. */
    static Map<Long, Long> matches(String answer) {
        Map<Long, Long> matches = new LinkedHashMap<>();
        if (answer == null) {
            return matches;
        }
        for (String part : answer.split(",")) {
            String[] sides = part.strip().split("=");
            if (sides.length == 2 && sides[0].matches("\\d{1,18}") && sides[1].matches("\\d{1,18}")) {
                matches.put(Long.valueOf(sides[0]), Long.valueOf(sides[1]));
            }
        }
        return matches;
    }

    static Set<Long> optionIds(String answer) {
        try {
            return Arrays.stream(answer.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
        } catch (NumberFormatException notOptionIds) {
            return Set.of();
        }
    }

    private static boolean sameText(String accepted, String answer) {
        return accepted.strip().toLowerCase(Locale.ROOT).equals(answer.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean closeEnough(double expected, Double tolerance, String answer) {
        Double given = parseNumber(answer);
        if (given == null) {
            return false;
        }
        double slack = ROUNDING * Math.max(1, Math.abs(expected));
        return Math.abs(given - expected) <= (tolerance == null ? 0 : tolerance) + slack;
    }

    /** A plain decimal number; a comma is read as a decimal point. Infinity and NaN are not numbers here. */
    static Double parseNumber(String text) {
        String plain = text.strip().replace(',', '.');
        if (!plain.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return Double.valueOf(plain);
    }

    /**
     * Line endings made {@code \n}, white space dropped at the end of each line and at the end
     * of the text. Leading space and inner blank lines still count.
     */
    static String withoutTrailingSpace(String text) {
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        return Arrays.stream(lines).map(String::stripTrailing).collect(Collectors.joining("\n")).stripTrailing();
    }
}
