package com.studyhall.study;

import com.studyhall.study.fsrs.Fsrs;
import com.studyhall.study.fsrs.Grade;
import com.studyhall.study.fsrs.Memory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler's deck rules on their own: daily limits, bury and suspend, and what undo restores. */
class DeckRulesTests {

    static final Instant NOON = Instant.parse("2026-03-10T12:00:00Z");

    @Nested
    class DailyLimitsPerCourse {

        record Card(String name, long course) {
        }

        @Test
        void eachCourseGivesAtMostWhatIsLeftOfItsLimitInQueueOrder() {
            List<Card> queue = List.of(new Card("a1", 1), new Card("b1", 2), new Card("a2", 1), new Card("a3", 1),
                    new Card("b2", 2));

            assertThat(DailyLimits.take(queue, Card::course, Map.of(1L, 2, 2L, 1)))
                    .extracting(Card::name).containsExactly("a1", "b1", "a2");
        }

        @Test
        void aCourseWithoutRoomOrWithoutALimitGivesNothing() {
            List<Card> queue = List.of(new Card("a1", 1), new Card("c1", 3));

            assertThat(DailyLimits.take(queue, Card::course, Map.of(1L, 0))).isEmpty();
        }

        @Test
        void whatWasUsedTodayComesOffTheLimitButNeverBelowZero() {
            Map<Long, Integer> left = DailyLimits.left(Map.of(1L, 20, 2L, 5, 3L, 10), Map.of(1L, 3L, 2L, 9L));

            assertThat(left).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 17, 2L, 0, 3L, 10));
        }

        @Test
        void limitsOutsideTheirRangeAreInvalid() {
            assertThat(new DailyLimits.Limit(0, 0).valid()).isTrue();
            assertThat(new DailyLimits.Limit(-1, 10).valid()).isFalse();
            assertThat(new DailyLimits.Limit(10, DailyLimits.Limit.MAX_REVIEWS + 1).valid()).isFalse();
            assertThat(DailyLimits.Limit.defaults()).isEqualTo(new DailyLimits.Limit(20, 200));
        }
    }

    @Nested
    class SuspendAndBury {

        final CardFlag flag = new CardFlag(1, 2, new CardRef(CardKind.FLASHCARD, 3));

        @Test
        void aBuriedCardIsHiddenUntilTheNextUtcDay() {
            flag.bury(NOON);

            assertThat(flag.getBuriedUntil()).isEqualTo(Instant.parse("2026-03-11T00:00:00Z"));
            assertThat(flag.hides(Instant.parse("2026-03-10T23:59:59Z"))).isTrue();
            assertThat(flag.hides(Instant.parse("2026-03-11T00:00:00Z"))).isFalse();
        }

        @Test
        void aSuspendedCardIsHiddenUntilTakenBack() {
            flag.suspend(true);
            assertThat(flag.hides(NOON.plusSeconds(86_400L * 365))).isTrue();

            flag.suspend(false);
            assertThat(flag.hides(NOON)).isFalse();
        }
    }

    @Nested
    class Undo {

        final Fsrs fsrs = new Fsrs();

        @Test
        void theLogKeepsTheMemoryBeforeTheGradeExactly() {
            Memory learned = fsrs.review(fsrs.review(Memory.fresh(NOON), NOON, Grade.GOOD), NOON.plusSeconds(600), Grade.GOOD);
            CardSchedule schedule = new CardSchedule(1, 2, new CardRef(CardKind.GLOSSARY, 4), NOON);
            schedule.remember(learned);
            Instant later = NOON.plusSeconds(86_400L * 3);
            ReviewLog log = new ReviewLog(1, 2, schedule.card(), Grade.AGAIN, later, schedule.memory(), java.time.Duration.ofSeconds(7));

            schedule.remember(fsrs.review(schedule.memory(), later, Grade.AGAIN));
            assertThat(schedule.memory().lapses()).isEqualTo(learned.lapses() + 1);
            schedule.remember(log.before());

            assertThat(schedule.memory()).isEqualTo(learned);
            assertThat(log.card()).isEqualTo(new CardRef(CardKind.GLOSSARY, 4));
            assertThat(log.getGrade()).isEqualTo(Grade.AGAIN.value());
        }

        @Test
        void aFirstGradeRemembersTheCardWasNew() {
            ReviewLog log = new ReviewLog(1, 2, new CardRef(CardKind.FLASHCARD, 9), Grade.GOOD, NOON, Memory.fresh(NOON), java.time.Duration.ZERO);

            assertThat(log.before().phase()).isEqualTo(com.studyhall.study.fsrs.Phase.NEW);
        }
    }
}
