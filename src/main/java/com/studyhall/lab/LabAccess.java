package com.studyhall.lab;

import com.studyhall.accounts.Role;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.enrollment.EnrollmentService;
import org.springframework.stereotype.Component;

/**
 * Who may use the lab: learners enrolled in at least one course, instructors and admins.
 * Enrollment is not a role, so this is checked here rather than in the security filter chain.
 */
@Component
class LabAccess {

    private final EnrollmentService enrollments;

    LabAccess(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    /** Returns the user's id, or throws {@link LabAccessDeniedException}. */
    long require(StudyhallUser user) {
        if (user.hasRole(Role.INSTRUCTOR) || user.hasRole(Role.ADMIN) || enrollments.isEnrolledAnywhere(user.getId())) {
            return user.getId();
        }
        throw new LabAccessDeniedException();
    }
}
