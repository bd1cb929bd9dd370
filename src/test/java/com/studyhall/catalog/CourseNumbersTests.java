package com.studyhall.catalog;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class CourseNumbersTests {

    private static String shown(Duration estimate) {
        return new CourseNumbers(1, 1, 1, 1, estimate).estimateText();
    }

    @Test
    void anHourOrMoreIsShownToTheHalfHour() {
        assertThat(shown(Duration.ofMinutes(60))).isEqualTo("about 1 hour");
        assertThat(shown(Duration.ofMinutes(100))).isEqualTo("about 1.5 hours");
        assertThat(shown(Duration.ofMinutes(106))).isEqualTo("about 2 hours");
        assertThat(shown(Duration.ofMinutes(272))).isEqualTo("about 4.5 hours");
    }

    @Test
    void lessThanAnHourIsShownInFiveMinutes() {
        assertThat(shown(Duration.ofMinutes(42))).isEqualTo("about 40 minutes");
        assertThat(shown(Duration.ZERO)).isEqualTo("about 5 minutes");
    }

    @Test
    void theEstimateAddsListeningReadingCardsAndQuestions() {
        var estimate = new WordRateTimeEstimate();
        // 1,500 spoken words (10 min) + 2,300 read (10 min) + 30 cards (10 min) + 10 questions (10 min).
        assertThat(estimate.of(new CourseMaterial.Totals(3, 30, 10, 1_500, 2_300))).isEqualTo(Duration.ofMinutes(40));
        assertThat(estimate.of(CourseMaterial.Totals.NONE)).isEqualTo(Duration.ZERO);
    }
}
