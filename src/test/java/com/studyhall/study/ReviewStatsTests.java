package com.studyhall.study;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The statistics' arithmetic: streaks, the calendar's shades and the bars' geometry. */
class ReviewStatsTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 11); // a Wednesday

    @Test
    void theStreakCountsDaysThatReachedTheGoalAndTodayOnlyOnceReached() {
        Map<LocalDate, Long> reviews = Map.of(TODAY.minusDays(1), 20L, TODAY.minusDays(2), 25L, TODAY.minusDays(3), 3L,
                TODAY, 5L);

        DailyGoal before = DailyGoal.of(20, TODAY, reviews);
        assertThat(before.streak()).isEqualTo(2);
        assertThat(before.met()).isFalse();
        assertThat(before.percent()).isEqualTo(25);

        DailyGoal after = DailyGoal.of(5, TODAY, reviews);
        assertThat(after.streak()).isEqualTo(3);
        assertThat(after.met()).isTrue();
    }

    @Test
    void aMissedDayEndsTheStreakAndAGoalBelowOneIsRefused() {
        assertThat(DailyGoal.of(1, TODAY, Map.of(TODAY.minusDays(2), 9L)).streak()).isZero();
        assertThatThrownBy(() -> DailyGoal.of(0, TODAY, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCalendarStartsOnAMondayAndShadesDaysByTheirShareOfTheBusiestDay() {
        Heatmap map = Heatmap.of(TODAY, 2, Map.of(TODAY, 8L, TODAY.minusDays(1), 1L));

        assertThat(map.cells().get(0).day()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(map.cells()).hasSize(7 + 3);
        Heatmap.Cell today = map.cells().get(map.cells().size() - 1);
        assertThat(today.level()).isEqualTo(4);
        assertThat(today.x()).isEqualTo(Heatmap.CELL);
        assertThat(today.y()).isEqualTo(2 * Heatmap.CELL);
        assertThat(map.cells().get(map.cells().size() - 2).level()).isEqualTo(1);
        assertThat(map.total()).isEqualTo(9);
        assertThat(map.activeDays()).isEqualTo(2);
    }

    @Test
    void theTallestBarFillsTheChartAndAnEmptyChartDrawsNothing() {
        BarChart chart = BarChart.of("t", "cards", List.of("a", "b"), List.of(4L, 2L));

        assertThat(chart.bars().get(0).height()).isEqualTo(BarChart.HEIGHT - 20);
        assertThat(chart.bars().get(1).height()).isEqualTo((BarChart.HEIGHT - 20) / 2.0);
        assertThat(chart.bars().get(1).x()).isEqualTo(301);
        assertThat(chart.total()).isEqualTo(6);
        assertThat(BarChart.of("t", "cards", List.of("a"), List.of(0L)).bars().get(0).height()).isZero();
    }

    @Test
    void trueRetentionIsTheShareRemembered() {
        assertThat(new ReviewStats.Retention(8, 7, 90).percent()).isEqualTo(88);
        assertThat(new ReviewStats.Retention(0, 0, 90).percent()).isNull();
    }
}
