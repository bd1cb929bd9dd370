package com.studyhall.assessment;

import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.CourseOverview;
import com.studyhall.catalog.Viewer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sheet of an attempt still open, in one statement: its questions as asked never change, so
 * each attempt's {@link SheetFrame} is kept on the node, and only what the learner, an instructor
 * and the clock change (the answers and flags, the deadline, the place the learner left off, the
 * attempts allowed) is read on each page. Before, the sheet read the attempt, its questions, the
 * test, section, course and grant in eight statements in a read-write transaction
 * (docs/benchmarks.md). The course's and section's titles come from the catalog's kept outline, so
 * an editor's new title shows as it does on every other page.
 *
 * <p>Anything else is left to {@link TestPages}'s transaction: an attempt that is closed or overdue
 * (which is closed and graded first), someone else's attempt (not found), a course the reader edits
 * or that is no longer published.
 */
@Component
class OpenSheets {

    /** Frames kept, least recently used first out; one is a few kilobytes (the attempt's questions). */
    static final int KEPT_ATTEMPTS = 2_000;

    private static final String STATE = """
            select a.learner_id, a.status, a.started_at, a.deadline, a.last_position,
                   t.attempts_allowed + coalesce(o.extra_attempts, 0) as attempts_allowed,
                   q.position, q.answer, q.flagged, q.answer_seq
            from test_attempt a
            join mock_test t on t.id = a.mock_test_id
            left join learner_override o on o.mock_test_id = a.mock_test_id and o.learner_id = a.learner_id
            left join attempt_question q on q.attempt_id = a.id
            where a.id = ?
            order by q.position""";

    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final TestAttemptRepository attempts;
    private final AttemptQuestionRepository attemptQuestions;
    private final TransactionTemplate readOnly;
    private final Map<Long, SheetFrame> frames = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, SheetFrame> eldest) {
            return size() > KEPT_ATTEMPTS;
        }
    };

    OpenSheets(JdbcClient jdbc, CatalogService catalog, TestAttemptRepository attempts,
               AttemptQuestionRepository attemptQuestions, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.attempts = attempts;
        this.attemptQuestions = attemptQuestions;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The reader's own open attempt as its sheet at {@code now}; empty when the transactional path must answer. */
    Optional<AttemptSheet> sheet(long attemptId, Viewer viewer, Instant now) {
        if (!viewer.isLoggedIn()) {
            return Optional.empty();
        }
        State state = jdbc.sql(STATE).param(attemptId).query(OpenSheets::state).orElse(null);
        if (state == null || state.learnerId() != viewer.userId() || state.status() != AttemptStatus.IN_PROGRESS
                || !now.isBefore(state.deadline())) {
            return Optional.empty();
        }
        SheetFrame frame = frame(attemptId);
        CourseOverview course = catalog.publishedFor(frame.courseSlug(), viewer);
        if (course == null) {
            return Optional.empty();
        }
        return course.sections().stream().filter(s -> s.id() == frame.sectionId()).findFirst()
                .map(section -> frame.sheet(frame.heading(course.title(), section.title(), state.attemptsAllowed()),
                        state.answers(), state.startedAt(), state.deadline(), state.resumePosition(), now));
    }

    private SheetFrame frame(long attemptId) {
        synchronized (frames) {
            SheetFrame kept = frames.get(attemptId);
            if (kept != null) {
                return kept;
            }
        }
        // Read outside the lock: two first readers of one attempt only read it twice.
        SheetFrame read = readOnly.execute(status -> SheetFrame.of(attempts.findById(attemptId).orElseThrow(),
                attemptQuestions.findByAttempt(attemptId)));
        synchronized (frames) {
            frames.put(attemptId, read);
        }
        return read;
    }

    /** The attempt's row joined with its test, the learner's grant and each of its questions' saved state. */
    private static Optional<State> state(ResultSet rows) throws SQLException {
        State state = null;
        while (rows.next()) {
            if (state == null) {
                Integer last = rows.getObject("last_position", Integer.class);
                state = new State(rows.getLong("learner_id"), AttemptStatus.valueOf(rows.getString("status")),
                        instant(rows, "started_at"), instant(rows, "deadline"),
                        last == null ? 1 : last, rows.getInt("attempts_allowed"), new ArrayList<>());
            }
            Integer position = rows.getObject("position", Integer.class);
            if (position != null) {
                Long seq = rows.getObject("answer_seq", Long.class);
                state.answers().add(new SheetFrame.Answered(position, rows.getString("answer"), rows.getBoolean("flagged"),
                        seq == null ? 0 : seq));
            }
        }
        return Optional.ofNullable(state);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    private record State(long learnerId, AttemptStatus status, Instant startedAt, Instant deadline, int resumePosition,
                         int attemptsAllowed, List<SheetFrame.Answered> answers) {
    }
}
