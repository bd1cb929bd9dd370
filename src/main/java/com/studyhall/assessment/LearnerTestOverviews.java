package com.studyhall.assessment;

import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.CourseOverview;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A test's start page for an enrolled learner, in one statement and without a transaction: the
 * test's settings, how many of its questions are ready, the learner's grant and their attempts are
 * read together, and the course and section titles (and the enrollment) come from what the catalog
 * and the learner's rows keep. Before, the page read course, section, enrollment, test, question
 * bank, attempts twice and the grant in nine statements of a read-write transaction, because it may
 * have to close an overdue attempt (docs/benchmarks.md).
 *
 * <p>So an attempt found overdue, an editor of the course, a course or section not published, a
 * learner not enrolled and a section without a test are all left to {@link TestPages}'s transaction,
 * which closes and grades the attempt first, or answers as before.
 */
@Component
class LearnerTestOverviews {

    // The engine version decides whether a predict-the-output question is ready (Question.isReadyFor).
    private static final String STATE = """
            select t.questions_per_attempt, t.shuffle_questions, t.shuffle_options, t.time_limit_minutes,
                   t.attempts_allowed, t.pass_mark_percent, t.feedback,
                   coalesce(o.extra_attempts, 0) as extra_attempts, coalesce(o.extra_minutes, 0) as extra_minutes,
                   b.bank, b.ready,
                   a.id as attempt_id, a.attempt_number, a.status, a.started_at, a.deadline, a.closed_at,
                   a.score_points, a.max_points, a.passed, a.reopened_at
            from mock_test t
            cross join (select count(*) as bank,
                               coalesce(sum(case when q.type <> 'PREDICT_OUTPUT'
                                                   or (q.expected_output is not null and q.engine_version = ?)
                                                 then 1 else 0 end), 0) as ready
                        from question q where q.section_id = ? and q.trashed_at is null) b
            left join learner_override o on o.mock_test_id = t.id and o.learner_id = ?
            left join test_attempt a on a.mock_test_id = t.id and a.learner_id = ?
            where t.section_id = ?
            order by a.attempt_number desc""";

    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final EnrollmentService enrollments;
    private final ExpectedOutputs expectedOutputs;

    LearnerTestOverviews(JdbcClient jdbc, CatalogService catalog, EnrollmentService enrollments,
                         ExpectedOutputs expectedOutputs) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.expectedOutputs = expectedOutputs;
    }

    /** The start page as this enrolled learner sees it at {@code now}; empty when the transactional path must answer. */
    Optional<TestOverview> overview(String courseSlug, String sectionSlug, Viewer viewer, Instant now) {
        if (!viewer.isLoggedIn()) {
            return Optional.empty();
        }
        CourseOverview course = catalog.publishedFor(courseSlug, viewer);
        CourseOverview.SectionOutline section = course == null ? null : course.sections().stream()
                .filter(s -> s.slug().equals(sectionSlug)).findFirst().orElse(null);
        if (section == null || !enrollments.isEnrolled(viewer.userId(), course.id())) {
            return Optional.empty();
        }
        long learnerId = viewer.userId();
        State state = jdbc.sql(STATE)
                .params(expectedOutputs.engineVersion().orElse(null), section.id(), learnerId, learnerId, section.id())
                .query(LearnerTestOverviews::state).orElse(null);
        if (state == null || state.history().stream().anyMatch(attempt -> attempt.status() == AttemptStatus.IN_PROGRESS
                && !now.isBefore(attempt.deadline()))) {
            return Optional.empty();
        }
        return Optional.of(TestOverview.of(courseSlug, course.title(), sectionSlug, section.title(), state.settings(),
                state.allowance(), state.bank(), state.ready(), false, state.history()));
    }

    /** The test's row with its bank's counts and the learner's grant, once per attempt of theirs (or once with none). */
    private static Optional<State> state(ResultSet rows) throws SQLException {
        State state = null;
        while (rows.next()) {
            if (state == null) {
                state = new State(new TestSettings(rows.getInt("questions_per_attempt"), rows.getBoolean("shuffle_questions"),
                        rows.getBoolean("shuffle_options"), rows.getInt("time_limit_minutes"),
                        rows.getInt("attempts_allowed"), rows.getInt("pass_mark_percent"),
                        FeedbackTiming.valueOf(rows.getString("feedback"))),
                        new Allowance(rows.getInt("extra_attempts"), rows.getInt("extra_minutes")),
                        rows.getInt("bank"), rows.getInt("ready"), new ArrayList<>());
            }
            Long attemptId = rows.getObject("attempt_id", Long.class);
            if (attemptId != null) {
                state.history().add(summary(attemptId, rows));
            }
        }
        return Optional.ofNullable(state);
    }

    private static TestOverview.AttemptSummary summary(long attemptId, ResultSet rows) throws SQLException {
        BigDecimal score = rows.getBigDecimal("score_points");
        int maxPoints = rows.getInt("max_points");
        return new TestOverview.AttemptSummary(attemptId, rows.getInt("attempt_number"),
                AttemptStatus.valueOf(rows.getString("status")), instant(rows, "started_at"), instant(rows, "closed_at"),
                score, maxPoints, TestAttempt.scorePercent(score, maxPoints),
                rows.getObject("passed", Boolean.class), instant(rows, "deadline"), instant(rows, "reopened_at"));
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record State(TestSettings settings, Allowance allowance, int bank, int ready,
                         List<TestOverview.AttemptSummary> history) {
    }
}
