package com.studyhall.gradebook;

import com.studyhall.assessment.Points;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A course's learners against its mock tests and sections: what the instructor reads to answer
 * "who is behind, and on what".
 */
public record Gradebook(String courseSlug, String courseTitle, List<TestColumn> tests, List<SectionColumn> sections,
                        List<LearnerRow> learners, int enrolled, GradebookQuery query, ActivityChart activity) {

    /** A mock test, named by its section. */
    public record TestColumn(long testId, String sectionSlug, String sectionTitle) {
    }

    public record SectionColumn(String slug, String title) {
    }

    /** One learner: progress per section, results per test, and when they last did anything. */
    public record LearnerRow(long learnerId, String name, String email, Instant enrolledAt, int progressPercent,
                             Map<String, Integer> sectionPercents, Map<Long, TestResult> results, Instant lastActivity,
                             String weakestSection) {

        public TestResult result(long testId) {
            return results.getOrDefault(testId, TestResult.NONE);
        }
    }

    /**
     * A learner's results at one test: best and last graded score (the last also in points, of its
     * maximum), attempts used, time of the last.
     */
    public record TestResult(Integer bestPercent, Integer lastPercent, BigDecimal lastPoints, Integer lastMaxPoints,
                             int attempts, Duration lastTimeTaken, boolean passed, boolean inProgress) {

        static final TestResult NONE = new TestResult(null, null, null, null, 0, null, false, false);

        /** "4.5 of 6", the last graded attempt's points; empty before one. */
        public String lastPointsText() {
            return lastPoints == null ? "" : Points.text(lastPoints) + " of " + lastMaxPoints;
        }

        /** "12 min 5 s": how long the last graded attempt took. */
        public String lastTime() {
            if (lastTimeTaken == null) {
                return "";
            }
            long seconds = lastTimeTaken.toSeconds();
            return seconds >= 60 ? (seconds / 60) + " min " + (seconds % 60) + " s" : seconds + " s";
        }
    }
}
