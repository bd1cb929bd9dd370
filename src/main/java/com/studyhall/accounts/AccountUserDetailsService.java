package com.studyhall.accounts;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lets Spring Security log in with the email as the user name. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;

    AccountUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = users.findByEmail(UserAccount.normalizeEmail(username))
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
        return new StudyhallUser(account.getId(), account.getEmail(), account.getDisplayName(),
                account.getPasswordHash(), account.isEnabled(),
                account.getRoles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
                account.getSessionGeneration());
    }
}
