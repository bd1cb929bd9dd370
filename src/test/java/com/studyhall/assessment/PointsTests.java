package com.studyhall.assessment;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Points earned as pages show them, as the percent rounds them and as the pass mark compares them. */
class PointsTests {

    @Test
    void pointsReadWithoutTrailingZerosAndNeverWithAnExponent() {
        assertThat(List.of("0.50", "1.00", "10.00", "4.50", "2.25", "0.00", "100.00").stream()
                .map(text -> Points.text(new BigDecimal(text))))
                .containsExactly("0.5", "1", "10", "4.5", "2.25", "0", "100");
    }

    @Test
    void thePercentStaysAWholeNumberRoundedDown() {
        assertThat(Points.percent(new BigDecimal("4.50"), 6)).isEqualTo(75);
        assertThat(Points.percent(new BigDecimal("0.67"), 1)).isEqualTo(67);
        assertThat(Points.percent(new BigDecimal("1.99"), 3)).as("66.33 %").isEqualTo(66);
    }

    @Test
    void passingComparesTheFractionExactly() {
        assertThat(Points.passes(new BigDecimal("6.99"), 10, 70)).isFalse();
        assertThat(Points.passes(new BigDecimal("7.00"), 10, 70)).isTrue();
        assertThat(Points.passes(new BigDecimal("1.5"), 3, 50)).isTrue();
    }

    @Test
    void theRegradeNoteReadsTheScoresBeforeAndAfterWithTheirFractions() {
        Instant at = Instant.parse("2026-12-05T10:00:00Z");
        assertThat(new AttemptReview.RegradeNote(2, "Ines", at, new BigDecimal("4.50"), new BigDecimal("6.00")).whatHappened())
                .isEqualTo("Ines corrected the answer key of question 2 and regraded this attempt: your score went from 4.5 to 6 points.");
        assertThat(new AttemptReview.RegradeNote(2, "Ines", at, new BigDecimal("1.5"), new BigDecimal("1.50")).whatHappened())
                .endsWith("your score stayed at 1.5 points.");
        assertThat(new AttemptReview.RegradeNote(2, "Ines", at, null, null).whatHappened())
                .endsWith("your score still awaits grading.");
    }

    @Test
    void anEssayScoreIsZeroToTheQuestionsPointsWithAtMostTwoDecimals() {
        assertThat(EssayGrading.scoreProblem(new BigDecimal("2.5"), 4)).isNull();
        assertThat(EssayGrading.scoreProblem(new BigDecimal("4.00"), 4)).as("trailing zeros are no extra decimals").isNull();
        assertThat(EssayGrading.scoreProblem(new BigDecimal("4.01"), 4)).isEqualTo("must be between 0 and 4, the question's points");
        assertThat(EssayGrading.scoreProblem(new BigDecimal("-0.5"), 4)).isEqualTo("must be between 0 and 4, the question's points");
        assertThat(EssayGrading.scoreProblem(new BigDecimal("1.255"), 4)).startsWith("may have at most 2 decimals");
    }
}
