package com.studyhall.lab;

import com.studyhall.accounts.Role;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.enrollment.EnrollmentService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who may use the lab's API: learners enrolled in at least one course, instructors and admins.
 * Enrollment is not a role, so the filter chain only demands a login and this interceptor does
 * the rest, before the request body is read: a newcomer gets 403 whatever they send.
 */
@Component
class LabAccess implements HandlerInterceptor {

    static final String[] PATHS = {"/api/simulations", "/api/simulations/**", "/api/scenarios", "/api/scenarios/**",
            PresetCodes.PATH + "**"};

    private final EnrollmentService enrollments;

    LabAccess(EnrollmentService enrollments) {
        this.enrollments = enrollments;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StudyhallUser user) || !allows(user)) {
            throw new LabAccessDeniedException();
        }
        return true;
    }

    boolean allows(StudyhallUser user) {
        return user.hasRole(Role.INSTRUCTOR) || user.hasRole(Role.ADMIN) || enrollments.isEnrolledAnywhere(user.getId());
    }
}
