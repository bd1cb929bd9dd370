package com.studyhall.assessment;

import com.studyhall.catalog.Section;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every attempt at a course's mock tests, as the gradebook reads them. */
@Service
public class AttemptLog {

    private final MockTestRepository tests;
    private final TestAttemptRepository attempts;

    AttemptLog(MockTestRepository tests, TestAttemptRepository attempts) {
        this.tests = tests;
        this.attempts = attempts;
    }

    /** The sections of {@code sections} that have a mock test, in their order, by test id. */
    @Transactional(readOnly = true)
    public Map<Long, Section> testedSections(Collection<Section> sections) {
        Map<Long, Section> byTest = new LinkedHashMap<>();
        sections.forEach(section -> tests.findBySectionId(section.getId()).ifPresent(test -> byTest.put(test.getId(), section)));
        return byTest;
    }

    @Transactional(readOnly = true)
    public List<Entry> attemptsAt(Collection<Long> testIds) {
        if (testIds.isEmpty()) {
            return List.of();
        }
        return attempts.findByMockTestIds(testIds).stream().map(Entry::of).toList();
    }

    /** One attempt: who, which test, when, and how it ended (a score only once it is graded). */
    public record Entry(long attemptId, long learnerId, long testId, int number, AttemptStatus status,
                        Instant startedAt, Instant closedAt, Integer scorePercent, BigDecimal scorePoints,
                        int maxPoints, Boolean passed, Instant deadline, Instant reopenedAt) {

        static Entry of(TestAttempt a) {
            return new Entry(a.getId(), a.getLearnerId(), a.getMockTest().getId(), a.getAttemptNumber(), a.getStatus(),
                    a.getStartedAt(), a.getClosedAt(), a.scorePercent(), a.getScorePoints(), a.getMaxPoints(), a.getPassed(),
                    a.getDeadline(), a.getReopenedAt());
        }

        /** "4.5 of 6": the points of a graded attempt. */
        public String pointsText() {
            return Points.text(scorePoints) + " of " + maxPoints;
        }

        public boolean graded() {
            return status.closed() && scorePercent != null;
        }

        /** Time from start to hand-in (or to the deadline's sweep); null while open. */
        public Duration timeTaken() {
            return closedAt == null ? null : Duration.between(startedAt, closedAt);
        }

        public Instant lastTouched() {
            return closedAt != null ? closedAt : startedAt;
        }
    }
}
