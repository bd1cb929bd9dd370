package com.studyhall.accounts;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

import java.util.Collection;

/**
 * The logged-in principal: Spring Security's user plus our id, display name and the session
 * generation the login started in (see {@link UserAccount#endAllSessions()}).
 */
public class StudyhallUser extends User {

    private final long id;
    private final String displayName;
    private final long sessionGeneration;

    public StudyhallUser(long id, String email, String displayName, String passwordHash, boolean enabled,
                         Collection<? extends GrantedAuthority> authorities) {
        this(id, email, displayName, passwordHash, enabled, authorities, 0);
    }

    public StudyhallUser(long id, String email, String displayName, String passwordHash, boolean enabled,
                         Collection<? extends GrantedAuthority> authorities, long sessionGeneration) {
        super(email, passwordHash, enabled, true, true, true, authorities);
        this.id = id;
        this.displayName = displayName;
        this.sessionGeneration = sessionGeneration;
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public long getSessionGeneration() {
        return sessionGeneration;
    }

    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    /** The same person in a session that has moved on: other roles or a new generation. */
    public StudyhallUser with(Collection<? extends GrantedAuthority> authorities, long generation) {
        return new StudyhallUser(id, getUsername(), displayName, "", isEnabled(), authorities, generation);
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
