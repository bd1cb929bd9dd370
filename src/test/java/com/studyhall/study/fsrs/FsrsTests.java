package com.studyhall.study.fsrs;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Every expected number below was produced by ts-fsrs 5.4.2 (npm, "v5.4.2 using FSRS-6.0"), the
 * maintained reference implementation, with {@code fsrs(generatorParameters({enable_fuzz: false}))}
 * — default weights, retention 0.9, learning steps 1m/10m, relearning step 10m — by replaying the
 * same reviews with {@code f.repeat(card, now)} and {@code f.next(card, now, rating)}.
 */
class FsrsTests {

    static final double EXACT = 1e-8;
    static final Instant START = Instant.parse("2026-01-05T09:00:00Z");

    final Fsrs fsrs = new Fsrs();

    @Test
    void newCardPreviewMatchesTheReference() {
        Map<Grade, Memory> next = fsrs.preview(Memory.fresh(START), START);
        expect(next.get(Grade.AGAIN), Phase.LEARNING, 0.212, 6.4133, 0, "2026-01-05T09:01:00Z");
        expect(next.get(Grade.HARD), Phase.LEARNING, 1.2931, 5.11217071, 0, "2026-01-05T09:06:00Z");
        expect(next.get(Grade.GOOD), Phase.LEARNING, 2.3065, 2.11810397, 0, "2026-01-05T09:10:00Z");
        expect(next.get(Grade.EASY), Phase.REVIEW, 8.2956, 1, 8, "2026-01-13T09:00:00Z");
        assertThat(next.get(Grade.GOOD).learningStep()).isEqualTo(1);
        assertThat(next.values()).allSatisfy(m -> assertThat(m.reps()).isEqualTo(1));
    }

    @Test
    void aCardLearnedLapsedRelearnedAndReviewedLateFollowsTheReference() {
        Memory card = fsrs.review(Memory.fresh(START), START, Grade.GOOD);
        card = fsrs.review(card, at("2026-01-05T09:10:00Z"), Grade.GOOD);
        expect(card, Phase.REVIEW, 2.3065, 2.11121424, 2, "2026-01-07T09:10:00Z");

        Map<Grade, Memory> onTime = fsrs.preview(card, card.due());
        expect(onTime.get(Grade.AGAIN), Phase.RELEARNING, 0.60770166, 7.39223814, 0, "2026-01-07T09:20:00Z");
        expect(onTime.get(Grade.HARD), Phase.REVIEW, 7.51735908, 4.74828477, 8, "2026-01-15T09:10:00Z");
        expect(onTime.get(Grade.GOOD), Phase.REVIEW, 10.97104786, 2.1043314, 11, "2026-01-18T09:10:00Z");
        expect(onTime.get(Grade.EASY), Phase.REVIEW, 18.53433169, 1, 19, "2026-01-26T09:10:00Z");
        assertThat(onTime.get(Grade.AGAIN).lapses()).isEqualTo(1);

        card = fsrs.review(onTime.get(Grade.GOOD), at("2026-01-18T09:10:00Z"), Grade.AGAIN);
        expect(card, Phase.RELEARNING, 1.5390125, 7.38997579, 0, "2026-01-18T09:20:00Z");
        assertThat(card.reps()).isEqualTo(4);
        assertThat(card.lapses()).isEqualTo(1);

        Map<Grade, Memory> relearn = fsrs.preview(card, card.due());
        expect(relearn.get(Grade.AGAIN), Phase.RELEARNING, 0.53112807, 9.12733116, 0, "2026-01-18T09:30:00Z");
        expect(relearn.get(Grade.HARD), Phase.RELEARNING, 1.5390125, 8.25257267, 0, "2026-01-18T09:35:00Z");
        expect(relearn.get(Grade.GOOD), Phase.REVIEW, 1.57184156, 7.37781418, 2, "2026-01-20T09:20:00Z");
        expect(relearn.get(Grade.EASY), Phase.REVIEW, 2.70404257, 6.5030557, 3, "2026-01-21T09:20:00Z");

        Instant twoDaysLate = at("2026-01-22T09:20:00Z");
        Map<Grade, Memory> late = fsrs.preview(relearn.get(Grade.GOOD), twoDaysLate);
        expect(late.get(Grade.AGAIN), Phase.RELEARNING, 0.49396887, 9.12333372, 0, "2026-01-22T09:30:00Z");
        expect(late.get(Grade.HARD), Phase.REVIEW, 4.66722447, 8.24449923, 5, "2026-01-27T09:20:00Z");
        expect(late.get(Grade.GOOD), Phase.REVIEW, 6.7188035, 7.36566474, 7, "2026-01-29T09:20:00Z");
        expect(late.get(Grade.EASY), Phase.REVIEW, 11.21158657, 6.48683024, 11, "2026-02-02T09:20:00Z");
        assertThat(late.get(Grade.AGAIN).lapses()).isEqualTo(2);

        card = fsrs.review(late.get(Grade.HARD), at("2026-01-27T09:20:00Z"), Grade.EASY);
        expect(card, Phase.REVIEW, 15.20901717, 7.64312105, 15, "2026-02-11T09:20:00Z");
        assertThat(card.reps()).isEqualTo(7);
    }

    @Test
    void retrievabilityIsNinetyPercentAfterOneStabilityOfDays() {
        assertThat(fsrs.retrievability(15.20901717, 15.20901717)).isCloseTo(0.9, within(EXACT));
        assertThat(fsrs.retrievability(15, 15.20901717)).isCloseTo(0.90094789, within(EXACT));
    }

    @Test
    void gradeButtonsAlwaysReadInOrder() {
        Memory card = fsrs.review(Memory.fresh(START), START, Grade.EASY);
        for (int day = 0; day < 40; day += 3) {
            Map<Grade, Memory> next = fsrs.preview(card, card.due().plus(Duration.ofDays(day)));
            assertThat(next.get(Grade.HARD).due()).isBefore(next.get(Grade.GOOD).due());
            assertThat(next.get(Grade.GOOD).due()).isBefore(next.get(Grade.EASY).due());
            assertThat(next.get(Grade.AGAIN).due()).isBefore(next.get(Grade.HARD).due());
        }
    }

    @Nested
    class Parameters {

        @Test
        void defaultsAreTheTwentyOneFsrs6Weights() {
            assertThat(Fsrs.DEFAULT_WEIGHTS).hasSize(21).startsWith(0.212, 1.2931, 2.3065, 8.2956).endsWith(0.1542);
        }

        @Test
        void refusesARetentionOutsideZeroToOne() {
            assertThatThrownBy(() -> new Fsrs(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Fsrs(1.2)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void intervalsAreOneDayAtLeastAndAHundredYearsAtMost() {
            assertThat(fsrs.nextInterval(0.01)).isEqualTo(1);
            assertThat(fsrs.nextInterval(1e9)).isEqualTo(Fsrs.MAXIMUM_INTERVAL_DAYS);
        }
    }

    private static void expect(Memory m, Phase phase, double stability, double difficulty, int days, String due) {
        assertThat(m.phase()).isEqualTo(phase);
        assertThat(m.stability()).as("stability").isCloseTo(stability, within(EXACT));
        assertThat(m.difficulty()).as("difficulty").isCloseTo(difficulty, within(EXACT));
        assertThat(m.scheduledDays()).as("scheduled days").isEqualTo(days);
        assertThat(m.due()).as("due").isEqualTo(Instant.parse(due));
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
