package com.studyhall.assessment;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The deadline an attempt gets and when it counts as overdue, on a clock the test controls. */
class DeadlineTests {

    static final TestSettings TWENTY_MINUTES = new TestSettings(3, true, true, 20, 2, 70, FeedbackTiming.AFTER_EACH_ATTEMPT);

    final Clock start = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    final TestAttempt attempt = new TestAttempt(new MockTest(null, TWENTY_MINUTES), 7, 1, start.instant(), 3);

    @Test
    void theDeadlineIsTheTimeLimitAfterTheServersStartTime() {
        assertThat(attempt.getDeadline()).isEqualTo(Instant.parse("2026-11-23T10:20:00Z"));
    }

    @Test
    void anAttemptIsOpenUntilItsDeadlineAndOverdueFromItsFirstInstant() {
        assertThat(attempt.isOverdue(at(Duration.ofMinutes(19).plusSeconds(59)))).isFalse();
        assertThat(attempt.isOverdue(at(Duration.ofMinutes(20)))).isTrue();
        assertThat(attempt.isOverdue(at(Duration.ofHours(5)))).isTrue();
    }

    @Test
    void theScoreIsShownRoundedDownAndThePassMarkIsExact() {
        assertThat(Points.passes(Points.of(7), 10, 70)).isTrue();
        assertThat(Points.passes(Points.of(2), 3, 67)).isFalse();
        assertThat(Points.passes(Points.ZERO, 0, 0)).isFalse();
        attempt.recordGrade(Points.of(2), 67);
        assertThat(attempt.scorePercent()).isEqualTo(66);
        assertThat(attempt.getPassed()).isFalse();
    }

    @Test
    void feedbackTimingDecidesWhenAnswersShow() {
        assertThat(FeedbackTiming.AFTER_EACH_ATTEMPT.showsAnswers(1, 3, false)).isTrue();
        assertThat(FeedbackTiming.AFTER_LAST_ATTEMPT.showsAnswers(2, 3, false)).isFalse();
        assertThat(FeedbackTiming.AFTER_LAST_ATTEMPT.showsAnswers(3, 3, false)).isTrue();
        assertThat(FeedbackTiming.AFTER_LAST_ATTEMPT.showsAnswers(3, 3, true)).isFalse();
        assertThat(FeedbackTiming.NEVER.showsAnswers(3, 3, false)).isFalse();
    }

    @Test
    void drawingTakesAtMostTheSettingsNumberAndKeepsBankOrderWithoutShuffle() {
        List<Question> bank = java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(n -> new Question(null, n, QuestionType.TRUE_FALSE, "Q" + n, "", 1)).toList();
        var ordered = new TestSettings(4, false, false, 10, 1, 50, FeedbackTiming.NEVER);
        var drawn = QuestionDraw.draw(bank, ordered, new Random(1));
        assertThat(drawn).hasSize(4).extracting(d -> d.question().getPosition()).isSorted();
        assertThat(QuestionDraw.draw(bank.subList(0, 2), ordered, new Random(1))).hasSize(2);
    }

    private Instant at(Duration after) {
        return Clock.offset(start, after).instant();
    }
}
