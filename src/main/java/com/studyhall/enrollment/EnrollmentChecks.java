package com.studyhall.enrollment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a learner is enrolled: asked by nearly every learner page (the catalog's featured
 * course, a course, a section, the lab's door). One indexed lookup in plain SQL, on the
 * transaction's connection when there is one: through JPA each check also began a transaction
 * and an entity manager, which cost more than the lookup (docs/benchmarks.md).
 */
@Component
class EnrollmentChecks {

    private final JdbcClient jdbc;

    EnrollmentChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isEnrolled(long userId, long courseId) {
        return jdbc.sql("select 1 from enrollment where user_id = ? and course_id = ? fetch first 1 rows only")
                .params(userId, courseId).query(Integer.class).optional().isPresent();
    }

    boolean isEnrolledAnywhere(long userId) {
        return jdbc.sql("select 1 from enrollment where user_id = ? fetch first 1 rows only")
                .param(userId).query(Integer.class).optional().isPresent();
    }
}
