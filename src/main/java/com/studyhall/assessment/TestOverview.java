package com.studyhall.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The test's start page: its settings, the learner's attempt history and whether another attempt
 * may start. Editors also learn how many predict-the-output questions wait for the engine.
 */
public record TestOverview(String courseSlug, String courseTitle, String sectionSlug, String sectionTitle,
                           TestSettings settings, Allowance allowance, int bankSize, int readyQuestions, int awaitingEngine,
                           boolean editor, List<AttemptSummary> history, Long openAttemptId, String blockedReason) {

    /**
     * The page for this history (newest attempt first): the attempt still open, if any, and why no
     * other may start (every attempt used, or no question ready yet).
     */
    static TestOverview of(String courseSlug, String courseTitle, String sectionSlug, String sectionTitle,
                           TestSettings settings, Allowance allowance, int bankSize, int readyQuestions, boolean editor,
                           List<AttemptSummary> history) {
        Long open = history.stream().filter(a -> a.status() == AttemptStatus.IN_PROGRESS)
                .map(AttemptSummary::id).findFirst().orElse(null);
        String blocked = history.size() >= allowance.attemptsAllowed(settings) ? "You have used all your attempts."
                : readyQuestions == 0 ? "No question of this test is ready yet." : null;
        return new TestOverview(courseSlug, courseTitle, sectionSlug, sectionTitle, settings, allowance, bankSize,
                readyQuestions, bankSize - readyQuestions, editor, List.copyOf(history), open, blocked);
    }

    public int questionsPerAttempt() {
        return Math.min(settings.questionsPerAttempt(), readyQuestions);
    }

    public int attemptsLeft() {
        return Math.max(0, attemptsAllowed() - history.size());
    }

    /** The test's attempts plus any this learner was granted. */
    public int attemptsAllowed() {
        return allowance.attemptsAllowed(settings);
    }

    /** The test's time limit plus any minutes this learner was granted. */
    public int minutesAllowed() {
        return allowance.minutesAllowed(settings);
    }

    public boolean canStart() {
        return openAttemptId == null && blockedReason == null;
    }

    public Integer bestPercent() {
        return history.stream().map(AttemptSummary::scorePercent).filter(java.util.Objects::nonNull)
                .max(Integer::compare).orElse(null);
    }

    /** One past or open attempt; the score only once it is closed. */
    public record AttemptSummary(long id, int number, AttemptStatus status, Instant startedAt, Instant closedAt,
                                 BigDecimal scorePoints, int maxPoints, Integer scorePercent, Boolean passed,
                                 Instant deadline, Instant reopenedAt) {

        /** "4.5/6". */
        public String pointsText() {
            return Points.text(scorePoints) + "/" + maxPoints;
        }
    }
}
