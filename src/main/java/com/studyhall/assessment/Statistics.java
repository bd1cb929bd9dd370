package com.studyhall.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The formulas of the instructor statistics, over closed attempts only (submitted or expired).
 * Scores are percentages of each attempt's own maximum, since attempts draw different questions.
 *
 * <ul>
 * <li>mean: the arithmetic mean of the attempt scores;</li>
 * <li>median: the middle score, or the mean of the two middle scores;</li>
 * <li>facility of a question (Moodle's facility index): the mean share of its points earned by the
 *     attempts that drew it, so half the points counts half (a question all or nothing gives the
 *     share that answered it right);</li>
 * <li>discrimination of a question (upper-lower index): rank the attempts that drew it by score,
 *     take the top and bottom 27 % ({@code g = max(1, round(0.27 n))} each, ties broken by attempt
 *     id), and subtract the lower group's mean share of the question's points from the upper
 *     group's. It runs from -1 to 1; undefined below 2 attempts.</li>
 * </ul>
 */
final class Statistics {

    static final double GROUP_SHARE = 0.27;

    /** A closed attempt's score. */
    record Score(long attemptId, BigDecimal points, int maxPoints) {
        double percent() {
            return maxPoints == 0 ? 0 : points.doubleValue() * 100 / maxPoints;
        }
    }

    private Statistics() {
    }

    static Double mean(List<Double> values) {
        return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** Attempts per tenth of the score range; a score of 100 % counts in the last one. */
    static List<Integer> histogram(List<Double> percents) {
        int[] bins = new int[10];
        percents.forEach(percent -> bins[Math.min(9, (int) Math.floor(percent / 10))]++);
        return java.util.Arrays.stream(bins).boxed().toList();
    }

    /** Mean share of the question's points earned, or null when there are no outcomes. */
    static Double facility(List<QuestionOutcome> outcomes) {
        return outcomes.isEmpty() ? null : share(outcomes);
    }

    static Double discrimination(List<QuestionOutcome> outcomes, Map<Long, Score> scores) {
        int n = outcomes.size();
        if (n < 2) {
            return null;
        }
        List<QuestionOutcome> ranked = outcomes.stream()
                .sorted(Comparator.comparingDouble((QuestionOutcome o) -> scores.get(o.attemptId()).percent()).reversed()
                        .thenComparing(QuestionOutcome::attemptId))
                .toList();
        int group = Math.max(1, (int) Math.round(GROUP_SHARE * n));
        return share(ranked.subList(0, group)) - share(ranked.subList(n - group, n));
    }

    private static double share(List<QuestionOutcome> outcomes) {
        return outcomes.stream().mapToDouble(QuestionOutcome::score).average().orElseThrow();
    }
}
