package com.studyhall.security;

import com.studyhall.accounts.UserAccount;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Wraps the password check with the login throttle. A throttled login is refused before the
 * password is even compared, so guessing on does not reveal whether a guess was right.
 */
class ThrottlingAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;

    ThrottlingAuthenticationProvider(AuthenticationProvider passwordCheck, LoginThrottle throttle) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String account = UserAccount.normalizeEmail(attempt.getName());
        String address = clientAddress(attempt);
        throttle.waitBefore(account, address).ifPresent(wait -> {
            throw new LoginThrottledException(wait);
        });
        try {
            Authentication result = passwordCheck.authenticate(attempt);
            throttle.recordSuccess(account, address);
            return result;
        } catch (BadCredentialsException | DisabledException wrongPasswordUnknownOrDisabledAccount) {
            throttle.recordFailure(account, address);
            throw wrongPasswordUnknownOrDisabledAccount;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
    }
}
