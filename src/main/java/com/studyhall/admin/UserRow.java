package com.studyhall.admin;

import com.studyhall.accounts.Role;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One person as the admin pages show them. */
record UserRow(long id, String email, String displayName, List<Role> roles, boolean enabled,
               boolean twoFactor, Instant createdAt, Instant lastSignIn) {

    /** "Learner, Instructor", in the order the roles build on each other. */
    public String roleNames() {
        return roles.stream().map(role -> role.name().charAt(0) + role.name().substring(1).toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }
}
