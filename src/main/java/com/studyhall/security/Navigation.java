package com.studyhall.security;

import com.studyhall.accounts.Role;
import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the page header shows for the current visitor, read once per page as
 * {@code ${@navigation.current()}}. Templates use it instead of {@code sec:authorize}, which parses
 * and evaluates a security expression for every link; the answers are the same as
 * {@code isAuthenticated()}, {@code isAnonymous()} and {@code hasRole(..)} would give.
 */
@Component("navigation")
public class Navigation {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();
    private static final State ANONYMOUS = new State(false, Set.of(), "");

    /** The header's view of the visitor. */
    public record State(boolean signedIn, Set<Role> roles, String displayName) {

        public boolean anonymous() {
            return !signedIn;
        }

        /** Has any account role: a password-only login waiting for its code has none. */
        public boolean member() {
            return !roles.isEmpty();
        }

        public boolean editor() {
            return roles.contains(Role.INSTRUCTOR) || roles.contains(Role.ADMIN);
        }

        public boolean admin() {
            return roles.contains(Role.ADMIN);
        }
    }

    public State current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || TRUST.isAnonymous(authentication) || !authentication.isAuthenticated()) {
            return ANONYMOUS;
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains(role.authority())) {
                roles.add(role);
            }
        }
        String name = authentication.getPrincipal() instanceof StudyhallUser user ? user.getDisplayName()
                : authentication.getName();
        return new State(true, Set.copyOf(roles), name);
    }
}
