package com.studyhall.study;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The time model of the course outline: words read and heard, cards and questions. */
class StudyTimeEstimatesTests {

    @Test
    void eachKindOfWorkCountsAtItsOwnPace() {
        assertThat(StudyTimeEstimates.minutes(230, 0, 0, 0)).isEqualTo(1);
        assertThat(StudyTimeEstimates.minutes(0, 150, 0, 0)).isEqualTo(1);
        assertThat(StudyTimeEstimates.minutes(0, 0, 4, 0)).isEqualTo(1);
        assertThat(StudyTimeEstimates.minutes(0, 0, 0, 1)).isEqualTo(1);
        assertThat(StudyTimeEstimates.minutes(2300, 1500, 40, 10)).isEqualTo(10 + 10 + 10 + 10);
    }

    @Test
    void partOfAMinuteRoundsUpAndNothingIsZero() {
        assertThat(StudyTimeEstimates.minutes(1, 0, 0, 0)).isEqualTo(1);
        assertThat(StudyTimeEstimates.minutes(0, 0, 0, 0)).isZero();
    }

    @Test
    void markdownMarksAndCodePunctuationAreNotWords() {
        assertThat(StudyTimeEstimates.words("**CPython** frees it - at once: `del x` ( ) ---")).isEqualTo(7);
        assertThat(StudyTimeEstimates.words("  ")).isZero();
        assertThat(StudyTimeEstimates.words(null)).isZero();
    }

    @Test
    void formatsAreNamedInTheOrderOfTheSectionPage() {
        var counts = new ContentCounts(2, true, 0, 3, 0, 0, 5, 1, 4);
        assertThat(StudyTimeEstimates.formats(counts))
                .containsExactly("Audio lessons", "Summary", "Key concepts", "Flashcards", "Glossary", "Mock test");
    }
}
