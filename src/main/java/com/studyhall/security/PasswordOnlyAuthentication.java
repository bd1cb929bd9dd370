package com.studyhall.security;

import com.studyhall.accounts.StudyhallUser;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;

import java.util.List;

/**
 * A password checked for an account that also needs a TOTP code. It carries no role, only the
 * password factor, so nothing but the code page lets it through ({@link AccountSessionFilter}).
 */
final class PasswordOnlyAuthentication extends AbstractAuthenticationToken {

    private final StudyhallUser user;

    PasswordOnlyAuthentication(StudyhallUser user, Object details) {
        super(List.<GrantedAuthority>of(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)));
        this.user = user;
        setDetails(details);
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public StudyhallUser getPrincipal() {
        return user;
    }
}
