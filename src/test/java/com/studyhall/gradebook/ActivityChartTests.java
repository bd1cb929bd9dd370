package com.studyhall.gradebook;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Counting a course's activity per UTC week and placing the bars. */
class ActivityChartTests {

    // A Thursday: its week starts on Monday 30 November 2026.
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void eightWeeksFromMondayCountEachMomentInItsWeekAndIgnoreOlderOnes() {
        ActivityChart chart = ActivityChart.of(NOW,
                List.of(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-12-03T09:00:00Z"),
                        Instant.parse("2026-11-29T23:59:59Z"), Instant.parse("2026-10-01T00:00:00Z")),
                List.of(Instant.parse("2026-10-05T08:00:00Z")));
        assertThat(chart.weeks()).hasSize(8);
        assertThat(chart.weeks().get(0).start()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(chart.weeks().get(7).start()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(chart.weeks().get(7).marked()).isEqualTo(2);
        assertThat(chart.weeks().get(6).marked()).isEqualTo(1);
        assertThat(chart.weeks().stream().mapToInt(ActivityChart.Week::attempts).sum())
                .as("an attempt before the oldest week is not drawn").isZero();
        assertThat(ActivityChart.since(NOW)).isEqualTo(Instant.parse("2026-10-12T00:00:00Z"));
        assertThat(chart.weeks().get(7).label()).isEqualTo("30 Nov");
    }

    @Test
    void theTallestBarFillsThePlotAndOthersScaleToIt() {
        ActivityChart chart = ActivityChart.of(NOW,
                List.of(NOW, NOW, NOW, NOW), List.of(NOW, NOW));
        ActivityChart.Week week = chart.weeks().get(7);
        assertThat(week.markedHeight()).isEqualTo(100);
        assertThat(week.markedY()).isEqualTo(10);
        assertThat(week.attemptsHeight()).isEqualTo(50);
        assertThat(week.attemptsY()).isEqualTo(60);
        assertThat(chart.highest()).isEqualTo(4);
        assertThat(chart.empty()).isFalse();
        assertThat(ActivityChart.of(NOW, List.of(), List.of()).empty()).isTrue();
    }
}
