package com.studyhall.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

import java.io.IOException;

/** A password-only login goes on to the code page; a complete one to where the person was going. */
class LoginSuccessHandler implements AuthenticationSuccessHandler {

    static final String TOTP_PAGE = "/login/totp";

    private final SavedRequestAwareAuthenticationSuccessHandler complete = new SavedRequestAwareAuthenticationSuccessHandler();

    LoginSuccessHandler() {
        complete.setDefaultTargetUrl("/my");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication instanceof PasswordOnlyAuthentication) {
            response.sendRedirect(request.getContextPath() + TOTP_PAGE);
        } else {
            complete.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
