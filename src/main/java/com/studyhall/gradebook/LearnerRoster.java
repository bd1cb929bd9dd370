package com.studyhall.gradebook;

import com.studyhall.accounts.UserAccount;
import com.studyhall.accounts.UserAccountRepository;
import com.studyhall.catalog.CatalogService;
import com.studyhall.catalog.Course;
import com.studyhall.catalog.Viewer;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who is enrolled in a course, as its owner and admins manage it. */
@Service
class LearnerRoster {

    private final CatalogService catalog;
    private final EnrollmentService enrollments;
    private final UserAccountRepository users;

    LearnerRoster(CatalogService catalog, EnrollmentService enrollments, UserAccountRepository users) {
        this.catalog = catalog;
        this.enrollments = enrollments;
        this.users = users;
    }

    /** Unenrolls one learner and returns their name; study marks, cards and attempts are not touched. */
    @Transactional
    String unenroll(String courseSlug, long learnerId, Viewer viewer) {
        Course course = withLearner(courseSlug, learnerId, viewer);
        enrollments.leave(learnerId, course.getId());
        return users.findById(learnerId).map(u -> u.getDisplayName()).orElse("The learner");
    }

    /**
     * The course, if the viewer manages it (403 otherwise) and the learner is enrolled in it (404
     * otherwise): the check before anything is done to one learner.
     */
    @Transactional(readOnly = true)
    Course withLearner(String courseSlug, long learnerId, Viewer viewer) {
        Course course = managed(courseSlug, viewer);
        if (!enrollments.isEnrolled(learnerId, course.getId())) {
            throw new LearnerNotEnrolledException(learnerId);
        }
        return course;
    }

    /** The course, if the viewer manages it: its owner or an admin (403 for everyone else). */
    @Transactional(readOnly = true)
    Course managed(String courseSlug, Viewer viewer) {
        Course course = catalog.visibleCourse(courseSlug, viewer);
        if (!viewer.canEdit(course)) {
            throw new AccessDeniedException("Only the course's owner and admins manage its learners");
        }
        return course;
    }

    /** The learner's account; present for every enrolled learner. */
    UserAccount learner(long learnerId) {
        return users.findById(learnerId).orElseThrow(() -> new LearnerNotEnrolledException(learnerId));
    }
}
