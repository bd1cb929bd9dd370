package com.studyhall.enrollment;

import com.studyhall.accounts.LearnerRowsChanges;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Enrolls learners in courses and answers who is enrolled where. */
@Service
public class EnrollmentService {

    private final EnrollmentRepository enrollments;
    private final EnrollmentChecks checks;
    private final Clock clock;
    private final LearnerRowsChanges learnerRows;

    EnrollmentService(EnrollmentRepository enrollments, EnrollmentChecks checks, Clock clock, LearnerRowsChanges learnerRows) {
        this.enrollments = enrollments;
        this.checks = checks;
        this.clock = clock;
        this.learnerRows = learnerRows;
    }

    /**
     * Enrolls the learner; enrolling twice is harmless and keeps the first enrollment. Not one
     * transaction on purpose: a duplicate insert from a concurrent request fails on its own and
     * is absorbed here instead of dooming an outer transaction.
     */
    public void enroll(long userId, long courseId) {
        if (checks.isEnrolled(userId, courseId)) {
            return;
        }
        try {
            enrollments.saveAndFlush(new Enrollment(userId, courseId, clock.instant()));
        } catch (DataIntegrityViolationException sameEnrollmentFromAnotherRequest) {
            // The unique key kept the learner enrolled once; nothing is lost.
        }
    }

    @Transactional
    public void leave(long userId, long courseId) {
        enrollments.deleteByUserIdAndCourseId(userId, courseId);
        // A bulk delete, which Hibernate does not report: the learner's kept course ids must go.
        learnerRows.changed(userId);
    }

    public boolean isEnrolled(long userId, long courseId) {
        return checks.isEnrolled(userId, courseId);
    }

    public boolean isEnrolledAnywhere(long userId) {
        return checks.isEnrolledAnywhere(userId);
    }

    /** Course ids the learner is enrolled in, most recent first. */
    public List<Long> enrolledCourseIds(long userId) {
        return checks.courseIds(userId);
    }

    /** Everyone enrolled in a course, first enrolled first. */
    public List<Enrollment> enrollmentsIn(long courseId) {
        return enrollments.findByCourseIdOrderByEnrolledAt(courseId);
    }
}
