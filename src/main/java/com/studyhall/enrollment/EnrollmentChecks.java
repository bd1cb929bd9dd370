package com.studyhall.enrollment;

import com.studyhall.accounts.LearnerRowsSnapshots;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Where a learner is enrolled: asked by nearly every learner page (the catalog's featured course, a
 * course, a section, the lab's door, "My learning", the review page). The learner's course ids are
 * read once per version of their rows and kept with them ({@link LearnerRowsSnapshots}): enrolling
 * and leaving move that version ({@link Enrollment} is a learner's own row), on any node. The read
 * is plain SQL, on the transaction's connection when there is one: through JPA each read also began
 * a transaction and an entity manager, which cost more than the read (docs/benchmarks.md).
 */
@Component
class EnrollmentChecks {

    private final JdbcClient jdbc;
    private final LearnerRowsSnapshots kept;

    EnrollmentChecks(JdbcClient jdbc, LearnerRowsSnapshots kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    boolean isEnrolled(long userId, long courseId) {
        return courseIds(userId).contains(courseId);
    }

    boolean isEnrolledAnywhere(long userId) {
        return !courseIds(userId).isEmpty();
    }

    /** The learner's course ids, most recent enrollment first. */
    List<Long> courseIds(long userId) {
        return kept.part(userId, Part.COURSE_IDS, () -> List.copyOf(jdbc.sql(
                        "select course_id from enrollment where user_id = ? order by enrolled_at desc, id desc")
                .param(userId).query(Long.class).list()));
    }

    /** The key of this package's part of a learner's kept rows. */
    private enum Part { COURSE_IDS }
}
