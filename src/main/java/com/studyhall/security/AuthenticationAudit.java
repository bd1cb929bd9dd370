package com.studyhall.security;

import com.studyhall.accounts.StudyhallUser;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** Writes every sign-in, its failures and its half-way state (password right, code still due) to the audit log. */
@Component
class AuthenticationAudit {

    private final AuditLog audit;

    AuthenticationAudit(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        Authentication done = event.getAuthentication();
        if (!(done.getPrincipal() instanceof StudyhallUser user)) {
            return;
        }
        AuditKind kind = done instanceof PasswordOnlyAuthentication ? AuditKind.SIGN_IN_PASSWORD_ONLY : AuditKind.SIGN_IN;
        audit.recordBy(kind, user.getId(), user.getUsername(), null, "password");
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        audit.recordBy(AuditKind.SIGN_IN_FAILED, null, event.getAuthentication().getName(), null,
                reason(event.getException()));
    }

    /** In words for the admin; the sign-in page itself says the same generic thing for all of these. */
    private static String reason(Exception problem) {
        if (problem instanceof LoginThrottledException) return "too many failures: throttled";
        if (problem instanceof DisabledException) return "right password, account disabled";
        if (problem instanceof BadCredentialsException) return "wrong email or password";
        return problem.getClass().getSimpleName();
    }
}
