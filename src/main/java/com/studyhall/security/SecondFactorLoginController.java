package com.studyhall.security;

import com.studyhall.accounts.SecondFactorService;
import com.studyhall.accounts.StudyhallUser;
import com.studyhall.audit.AuditKind;
import com.studyhall.audit.AuditLog;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The second step of logging in: a TOTP code or a recovery code, throttled like passwords. */
@Controller
class SecondFactorLoginController {



    private final SecondFactorService secondFactors;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    SecondFactorLoginController(SecondFactorService secondFactors, LoginThrottle throttle, AuditLog audit) {
        this.secondFactors = secondFactors;
        this.throttle = throttle;
        this.audit = audit;
        onward.setDefaultTargetUrl("/my");
    }

    @GetMapping(LoginSuccessHandler.TOTP_PAGE)
    String codePage(Authentication authentication) {
        return authentication instanceof PasswordOnlyAuthentication ? "security/login-totp" : "redirect:/my";
    }

    @PostMapping(LoginSuccessHandler.TOTP_PAGE)
    void checkCode(@RequestParam(defaultValue = "") String code, Authentication authentication,
                   HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!(authentication instanceof PasswordOnlyAuthentication passwordOnly)) {
            response.sendRedirect(request.getContextPath() + "/my");
            return;
        }
        StudyhallUser user = passwordOnly.getPrincipal();
        String account = "totp:" + user.getUsername();
        String address = request.getRemoteAddr();
        var wait = throttle.waitBefore(account, address);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            response.sendRedirect(request.getContextPath() + LoginSuccessHandler.TOTP_PAGE + "?throttled=" + minutes);
            return;
        }
        if (!secondFactors.verify(user.getId(), code)) {
            throttle.recordFailure(account, address);
            audit.recordBy(AuditKind.SECOND_FACTOR_FAILED, user.getId(), user.getUsername(), null, "wrong code");
            response.sendRedirect(request.getContextPath() + LoginSuccessHandler.TOTP_PAGE + "?error");
            return;
        }
        throttle.recordSuccess(account, address);
        complete(passwordOnly, user, request, response);
        audit.recordBy(AuditKind.SIGN_IN, user.getId(), user.getUsername(), null, "password and second factor");
        onward.onAuthenticationSuccess(request, response, SecurityContextHolder.getContext().getAuthentication());
    }

    /** Both factors done: the roles join the session, under a new session id. */
    private void complete(PasswordOnlyAuthentication passwordOnly, StudyhallUser user,
                          HttpServletRequest request, HttpServletResponse response) {
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.addAll(passwordOnly.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(SecondFactorService.TOTP_FACTOR));
        var full = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        full.setDetails(passwordOnly.getDetails());
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
