package com.studyhall.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

import java.io.IOException;

/**
 * Sends a failed login back to the form. An unknown email and a wrong password take the same
 * path, so the answer never tells which accounts exist.
 */
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException failure) throws IOException {
        if (failure instanceof LoginThrottledException throttled) {
            long minutes = Math.max(1, (throttled.getWait().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + minutes);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
