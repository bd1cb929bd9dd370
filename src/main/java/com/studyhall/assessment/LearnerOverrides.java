package com.studyhall.assessment;

import com.studyhall.accounts.LearnerRowsChanges;
import com.studyhall.catalog.CourseNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What instructors grant one learner beyond a test's settings: extra attempts, extra minutes, and
 * a closed attempt opened again until a new deadline. Callers check who may grant (the course's
 * owner or an admin) and that the learner is enrolled; this class checks that the test or
 * attempt belongs to the course, so an id from another course is not found.
 */
@Service
public class LearnerOverrides {

    private final MockTestRepository tests;
    private final LearnerOverrideRepository overrides;
    private final TestAttemptRepository attempts;
    private final Clock clock;
    private final LearnerRowsChanges learnerRows;

    LearnerOverrides(MockTestRepository tests, LearnerOverrideRepository overrides, TestAttemptRepository attempts,
                     Clock clock, LearnerRowsChanges learnerRows) {
        this.tests = tests;
        this.overrides = overrides;
        this.attempts = attempts;
        this.clock = clock;
        this.learnerRows = learnerRows;
    }

    /** The latest grant to one learner on one test. */
    public record Grant(Allowance allowance, String reason, String grantedBy, Instant grantedAt) {

        static Grant of(LearnerOverride override) {
            return new Grant(override.allowance(), override.getReason(), override.getGrantedBy(), override.getGrantedAt());
        }
    }

    /** A test of the course as the override form shows it: its settings and the learner's current grant. */
    public record TestGrant(long testId, String sectionTitle, TestSettings settings, Grant grant) {

        public Allowance allowance() {
            return grant == null ? Allowance.NONE : grant.allowance();
        }
    }

    /** An attempt opened again: whose, which, and until when. */
    public record Reopened(long learnerId, String sectionTitle, int attemptNumber, Instant deadline) {
    }

    @Transactional(readOnly = true)
    public Map<Long, Grant> grantsOf(long learnerId, Collection<Long> testIds) {
        if (testIds.isEmpty()) {
            return Map.of();
        }
        return overrides.findByLearnerIdAndMockTestIdIn(learnerId, testIds).stream()
                .collect(Collectors.toMap(LearnerOverride::mockTestId, Grant::of));
    }

    @Transactional(readOnly = true)
    public TestGrant current(long courseId, long testId, long learnerId) {
        MockTest test = testOf(courseId, testId);
        Grant grant = overrides.findByMockTestIdAndLearnerId(testId, learnerId).map(Grant::of).orElse(null);
        return new TestGrant(testId, test.getSection().getTitle(), test.settings(), grant);
    }

    /**
     * Replaces the learner's grant on the test. An attempt open now gets added time at once (its
     * deadline never moves earlier); attempts started later get the whole allowance.
     */
    @Transactional
    public TestGrant grant(long courseId, long testId, long learnerId, Allowance allowance, String reason, String actor) {
        MockTest test = testOf(courseId, testId);
        Instant now = clock.instant();
        LearnerOverride override = overrides.findByMockTestIdAndLearnerId(testId, learnerId)
                .orElseGet(() -> new LearnerOverride(test, learnerId));
        override.grant(allowance, reason, actor, now);
        overrides.saveAndFlush(override);
        Duration limit = Duration.ofMinutes(allowance.minutesAllowed(test.settings()));
        attempts.findByMockTestIdAndLearnerIdOrderByAttemptNumberDesc(testId, learnerId).stream()
                .filter(a -> a.getStatus() == AttemptStatus.IN_PROGRESS && a.getReopenedAt() == null)
                .toList()
                .forEach(a -> attempts.extendOpen(a.getId(), a.getStartedAt().plus(limit), now));
        return new TestGrant(testId, test.getSection().getTitle(), test.settings(), Grant.of(override));
    }

    /** An attempt with the title of the test it was at. */
    public record AttemptAtTest(AttemptLog.Entry attempt, String sectionTitle) {
    }

    /** The attempt, if it is one of the course's and the learner's; otherwise not found. */
    @Transactional(readOnly = true)
    public AttemptAtTest attemptOf(long courseId, long learnerId, long attemptId) {
        TestAttempt attempt = attemptIn(courseId, learnerId, attemptId);
        return new AttemptAtTest(AttemptLog.Entry.of(attempt), attempt.getMockTest().getSection().getTitle());
    }

    /**
     * Opens a closed attempt again until {@code deadline}, with the answers it had. Refused while
     * it or another attempt at the same test is open: a learner works in one attempt at a time.
     */
    @Transactional
    public Reopened reopen(long courseId, long learnerId, long attemptId, Instant deadline) {
        TestAttempt attempt = attemptIn(courseId, learnerId, attemptId);
        Instant now = clock.instant();
        if (!deadline.isAfter(now)) {
            throw new ReopenRefusedException("The new deadline must be in the future.");
        }
        TestAttempt open = attempts.findByMockTestIdAndLearnerIdOrderByAttemptNumberDesc(
                        attempt.getMockTest().getId(), learnerId).stream()
                .filter(a -> a.getStatus() == AttemptStatus.IN_PROGRESS && !a.isOverdue(now)).findFirst().orElse(null);
        if (open != null) {
            throw new ReopenRefusedException(open.getId().equals(attempt.getId())
                    ? "Attempt " + open.getAttemptNumber() + " is still open; it can be reopened once it has closed."
                    : "Attempt " + open.getAttemptNumber() + " at this test is open; reopen another once it has closed.");
        }
        String section = attempt.getMockTest().getSection().getTitle();
        int number = attempt.getAttemptNumber();
        if (attempts.reopen(attemptId, deadline, now) == 0) {
            throw new ReopenRefusedException("Attempt " + number + " is still open; it can be reopened once it has closed.");
        }
        // The bulk update cleared the attempt's grade, which the learner's kept best scores show.
        learnerRows.changed(learnerId);
        return new Reopened(learnerId, section, number, deadline);
    }

    private TestAttempt attemptIn(long courseId, long learnerId, long attemptId) {
        return attempts.findById(attemptId)
                .filter(a -> a.getLearnerId() == learnerId)
                .filter(a -> a.getMockTest().getSection().getCourse().getId() == courseId)
                .orElseThrow(() -> new AttemptNotFoundException(attemptId));
    }

    private MockTest testOf(long courseId, long testId) {
        return tests.findById(testId)
                .filter(t -> t.getSection().getCourse().getId() == courseId)
                .orElseThrow(() -> new CourseNotFoundException("Mock test " + testId));
    }
}
