package com.studyhall.catalog;

import com.studyhall.accounts.Role;
import com.studyhall.accounts.StudyhallUser;

/**
 * Who is looking at a page, reduced to what access decisions need. Anonymous visitors have no
 * user id.
 */
public record Viewer(Long userId, boolean instructor, boolean admin) {

    public static final Viewer ANONYMOUS = new Viewer(null, false, false);

    public static Viewer of(StudyhallUser user) {
        return user == null ? ANONYMOUS
                : new Viewer(user.getId(), user.hasRole(Role.INSTRUCTOR), user.hasRole(Role.ADMIN));
    }

    public boolean isLoggedIn() {
        return userId != null;
    }

    /** Owners and admins edit a course, and so may see it before it is published. */
    public boolean canEdit(Course course) {
        return admin || (instructor && userId != null && course.isOwnedBy(userId));
    }
}
