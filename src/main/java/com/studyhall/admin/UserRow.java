package com.studyhall.admin;

import com.studyhall.accounts.Role;

import java.time.Instant;
import java.util.Set;

/** One person as the admin pages show them. */
record UserRow(long id, String email, String displayName, Set<Role> roles, boolean enabled,
               boolean twoFactor, Instant createdAt) {

    boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
