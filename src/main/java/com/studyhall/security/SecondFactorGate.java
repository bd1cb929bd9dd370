package com.studyhall.security;

import com.studyhall.accounts.SecondFactorService;
import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/**
 * After the password: an account with two-factor sign-in gets only a password-only
 * authentication, which the TOTP page completes.
 */
class SecondFactorGate implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SecondFactorService secondFactors;

    SecondFactorGate(AuthenticationProvider passwordCheck, SecondFactorService secondFactors) {
        this.passwordCheck = passwordCheck;
        this.secondFactors = secondFactors;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        Authentication result = passwordCheck.authenticate(attempt);
        if (result != null && result.getPrincipal() instanceof StudyhallUser user && secondFactors.isEnabled(user.getId())) {
            return new PasswordOnlyAuthentication(user, result.getDetails());
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwordCheck.supports(authentication);
    }
}
