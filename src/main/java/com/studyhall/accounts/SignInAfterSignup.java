package com.studyhall.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a learner in right after their account is made, so signing up is one step, not two.
 *
 * <p>It goes through the same authentication manager as the login form with the password just
 * typed: the same checks run, the sign-in lands in the audit log like any other, and an account
 * that needs a second factor still meets the code page. The session id changes here, as the login
 * form's session-fixation protection does, so an id planted before the sign-up is worth nothing.
 */
@Component
class SignInAfterSignup {

    private final AuthenticationManager authentication;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    SignInAfterSignup(AuthenticationManager authentication) {
        this.authentication = authentication;
    }

    void signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        // The client's address, as the login form records it: the throttle and the audit log read it.
        attempt.setDetails(details.buildDetails(request));
        Authentication signedIn = authentication.authenticate(attempt);
        if (request.getSession(false) != null) {
            request.changeSessionId();
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
