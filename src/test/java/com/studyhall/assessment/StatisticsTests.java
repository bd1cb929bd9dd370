package com.studyhall.assessment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The statistics formulas on small, hand-checked data. */
class StatisticsTests {

    @Test
    void meanAndMedianOfScores() {
        assertThat(Statistics.mean(List.of(50.0, 70.0, 90.0, 100.0))).isEqualTo(77.5);
        assertThat(Statistics.median(List.of(90.0, 50.0, 70.0))).isEqualTo(70.0);
        assertThat(Statistics.median(List.of(100.0, 50.0, 70.0, 90.0))).isEqualTo(80.0);
        assertThat(Statistics.mean(List.of())).isNull();
        assertThat(Statistics.median(List.of())).isNull();
    }

    @Test
    void facilityIsTheShareRightAmongAttemptsThatDrewTheQuestion() {
        assertThat(Statistics.facility(outcomes(true, true, false, true))).isEqualTo(0.75);
        assertThat(Statistics.facility(List.of())).isNull();
    }

    @Test
    void facilityCountsPartialCreditAsTheShareOfThePointsEarned() {
        // On a 3-point question: 1.5, 3 and 0 points earned are shares 0.5, 1 and 0.
        var outcomes = List.of(new QuestionOutcome(1L, 7L, new BigDecimal("1.50"), 3),
                new QuestionOutcome(2L, 7L, new BigDecimal("3.00"), 3), new QuestionOutcome(3L, 7L, new BigDecimal("0.00"), 3));
        assertThat(Statistics.facility(outcomes)).isCloseTo(0.5, within(1e-9));
        assertThat(new QuestionOutcome(4L, 7L, null, 3).score()).as("an essay not graded yet").isNull();
    }

    @Test
    void discriminationComparesTheShareOfPointsOfTheTopAndBottomGroups() {
        // Four attempts at 90 %, 70 %, 40 % and 10 %; round(0.27 * 4) = 1 per group: 0.75 - 0.25 of a 2-point question.
        Map<Long, Statistics.Score> scores = Map.of(1L, new Statistics.Score(1, new BigDecimal("9"), 10),
                2L, new Statistics.Score(2, new BigDecimal("7"), 10), 3L, new Statistics.Score(3, new BigDecimal("4"), 10),
                4L, new Statistics.Score(4, new BigDecimal("1"), 10));
        var outcomes = List.of(new QuestionOutcome(1L, 7L, new BigDecimal("1.50"), 2),
                new QuestionOutcome(2L, 7L, new BigDecimal("2.00"), 2), new QuestionOutcome(3L, 7L, new BigDecimal("0.00"), 2),
                new QuestionOutcome(4L, 7L, new BigDecimal("0.50"), 2));
        assertThat(Statistics.discrimination(outcomes, scores)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void discriminationComparesTheTopAndBottom27Percent() {
        // Ten attempts scored 10 %, 20 % ... 100 %; round(0.27 * 10) = 3 per group.
        Map<Long, Statistics.Score> scores = IntStream.rangeClosed(1, 10).boxed()
                .collect(Collectors.toMap(i -> (long) i, i -> new Statistics.Score(i, BigDecimal.valueOf(i), 10)));
        // Right in the three best (8, 9, 10) and in one of the three worst (1): 3/3 - 1/3.
        var outcomes = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> outcome(i, i >= 8 || i == 1)).toList();
        assertThat(Statistics.discrimination(outcomes, scores)).isCloseTo(2.0 / 3, within(1e-9));
        // The strong miss it and the weak get it: negative, a question worth a review.
        var inverted = IntStream.rangeClosed(1, 10)
                .mapToObj(i -> outcome(i, i <= 3)).toList();
        assertThat(Statistics.discrimination(inverted, scores)).isEqualTo(-1.0);
    }

    @Test
    void discriminationNeedsTwoAttempts() {
        var scores = Map.of(1L, new Statistics.Score(1, BigDecimal.ONE, 1));
        assertThat(Statistics.discrimination(List.of(outcome(1, true)), scores)).isNull();
    }

    @Test
    void promptExcerptsDropMarkdownAndStayShort() {
        assertThat(StatisticsService.excerpt("What does `gc.collect()` **return**?\n\nMore")).isEqualTo("What does gc.collect() return?");
        assertThat(StatisticsService.excerpt("x".repeat(300))).hasSize(140).endsWith("…");
    }

    private static List<QuestionOutcome> outcomes(Boolean... correct) {
        return IntStream.range(0, correct.length).mapToObj(i -> outcome(i, correct[i])).toList();
    }

    /** A one-point question answered right or wrong. */
    private static QuestionOutcome outcome(long attemptId, boolean right) {
        return new QuestionOutcome(attemptId, 99L, right ? Points.of(1) : Points.ZERO, 1);
    }

    @Test
    void theHistogramCountsAttemptsPerTenthWithAFullScoreInTheLastBar() {
        assertThat(Statistics.histogram(List.of(0.0, 9.99, 10.0, 55.5, 100.0, 90.0)))
                .containsExactly(2, 1, 0, 0, 0, 1, 0, 0, 0, 2);
    }
}
