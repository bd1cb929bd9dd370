package com.studyhall.security;

import com.studyhall.accounts.AccountService;
import com.studyhall.accounts.AccountStatus;
import com.studyhall.accounts.Role;
import com.studyhall.accounts.StudyhallUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks each logged-in request against the account as the database has it now, so what an admin
 * changes counts on the next request, on every node:
 * <ul>
 *   <li>a disabled account, or one whose session generation moved on, is logged out;</li>
 *   <li>a password-only login reaches nothing but the code page;</li>
 *   <li>changed roles replace the ones the session started with;</li>
 *   <li>an admin without two-factor sign-in is sent to set it up before any admin page;</li>
 *   <li>a one-time password (an admin made the account) must be replaced before any other page.</li>
 * </ul>
 * Runs just before authorization. Not a bean, so the servlet container does not run it twice.
 */
class AccountSessionFilter extends OncePerRequestFilter {

    static final String SETUP_PAGE = "/account/security?required";
    private static final List<String> UNCHECKED = List.of("/css/", "/js/", "/images/", "/webjars/", "/favicon.ico");
    private static final Set<String> OPEN_BEFORE_SECOND_FACTOR = Set.of("/login", LoginSuccessHandler.TOTP_PAGE,
            "/logout", "/error");

    /** Where a one-time password is replaced; nothing else opens until it is. */
    static final String PASSWORD_PAGE = "/account/password";
    private static final Set<String> OPEN_BEFORE_PASSWORD_CHANGE = Set.of(PASSWORD_PAGE, "/logout", "/error");

    private final AccountService accounts;
    private final SecurityContextRepository contexts;

    AccountSessionFilter(AccountService accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = path(request);
        return UNCHECKED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof StudyhallUser user)) {
            chain.doFilter(request, response);
            return;
        }
        AccountStatus status = accounts.status(user.getId()).orElse(null);
        if (status == null || !status.enabled() || status.sessionGeneration() != user.getSessionGeneration()) {
            endSession(request);
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(AccountStatus.OF_THIS_REQUEST, status);
        String path = path(request);
        if (authentication instanceof PasswordOnlyAuthentication) {
            if (OPEN_BEFORE_SECOND_FACTOR.contains(path)) {
                chain.doFilter(request, response);
            } else if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(request.getContextPath() + LoginSuccessHandler.TOTP_PAGE);
            }
            return;
        }
        if (status.passwordChangeRequired() && !OPEN_BEFORE_PASSWORD_CHANGE.contains(path)) {
            if (path.startsWith("/api/")) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
            }
            return;
        }
        if (!roleAuthorities(authentication.getAuthorities()).equals(roleAuthorities(status.roles()))) {
            useCurrentRoles(authentication, user, status, request, response);
        }
        if (path.startsWith("/admin") && status.roles().contains(Role.ADMIN) && !status.secondFactor()) {
            response.sendRedirect(request.getContextPath() + SETUP_PAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private void useCurrentRoles(Authentication old, StudyhallUser user, AccountStatus status,
                                 HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        status.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        old.getAuthorities().stream().filter(a -> !a.getAuthority().startsWith("ROLE_")).forEach(authorities::add);
        var principal = user.with(authorities, status.sessionGeneration());
        var current = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        current.setDetails(old.getDetails());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(current);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private static void endSession(HttpServletRequest request) {
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new AnonymousAuthenticationToken("session-ended", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        SecurityContextHolder.setContext(context);
    }

    private static Set<String> roleAuthorities(java.util.Collection<? extends GrantedAuthority> authorities) {
        return authorities.stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_"))
                .collect(Collectors.toSet());
    }

    private static Set<String> roleAuthorities(Set<Role> roles) {
        return roles.stream().map(Role::authority).collect(Collectors.toSet());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
