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
}
