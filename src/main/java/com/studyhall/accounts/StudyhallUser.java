package com.studyhall.accounts;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/** The logged-in principal: Spring Security's user plus our id and display name. */
public class StudyhallUser extends User {

    private final long id;
    private final String displayName;

    public StudyhallUser(long id, String email, String displayName, String passwordHash, boolean enabled,
                         Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.id = id;
        this.displayName = displayName;
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    // User.equals compares user names only, which is what the session registry needs.
    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
