package com.studyhall.study;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressAndCardsTests {

    @Nested
    class SectionPercent {

        @Test
        void everyPartSummaryChapterAndLearnedCardCountsOneStep() {
            var progress = new SectionProgress(1, 2, 3, true, true, 1, 2, 4, 1, 10, 14, null);
            assertThat(progress.done()).isEqualTo(2 + 1 + 1 + 4);
            assertThat(progress.total()).isEqualTo(3 + 1 + 2 + 14);
            assertThat(progress.percent()).isEqualTo(40);
        }

        @Test
        void anEmptySectionIsZeroPercentAndMarksOfDeletedItemsNeverPassAHundred() {
            assertThat(new SectionProgress(1, 0, 0, false, false, 0, 0, 0, 0, 0, 0, null).percent()).isZero();
            assertThat(new SectionProgress(1, 5, 3, true, false, 9, 2, 20, 0, 0, 4, 80).percent()).isEqualTo(100);
        }

        @Test
        void aCourseAddsTheStepsOfItsSectionsNotTheirPercentages() {
            var small = new SectionProgress(1, 1, 1, false, false, 0, 0, 0, 0, 0, 0, null);
            var large = new SectionProgress(2, 0, 9, false, false, 0, 0, 0, 0, 0, 0, null);
            assertThat(CourseProgressService.percent(List.of(small, large))).isEqualTo(10);
        }
    }

    @ParameterizedTest(name = "{0} seconds -> {1}")
    @CsvSource({"20, 1m", "60, 1m", "360, 6m", "600, 10m", "7200, 2h", "691200, 8d", "2505600, 29d", "2592000, 1mo",
            "3888000, 1.5mo", "31557600, 1y", "47336400, 1.5y"})
    void intervalsReadLikeAnkiButtons(long seconds, String label) {
        assertThat(Intervals.label(Duration.ofSeconds(seconds))).isEqualTo(label);
    }

    @Nested
    class CardNames {

        @Test
        void roundTripThroughTheUrlForm() {
            var ref = new CardRef(CardKind.GLOSSARY, 42);
            assertThat(ref.toString()).isEqualTo("glossary-42");
            assertThat(CardRef.parse("glossary-42")).contains(ref);
            assertThat(CardRef.parse("flashcard-7")).contains(new CardRef(CardKind.FLASHCARD, 7));
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "card-1", "flashcard-", "flashcard-x1", "flashcard--1", "glossary-99999999999999999999"})
        void refuseAnythingElse(String text) {
            assertThat(CardRef.parse(text)).isEmpty();
        }
    }
}
