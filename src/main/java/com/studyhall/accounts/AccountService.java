package com.studyhall.accounts;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;

/** Creates accounts and looks them up. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TotpCredentialRepository totp;
    private final Clock clock;

    public AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder,
                          TotpCredentialRepository totp, Clock clock) {
        this.users = users;
        this.totp = totp;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** Signs up a learner; every account created from the web starts as a learner only. */
    public UserAccount signUpLearner(NewAccount account) {
        return create(account, Set.of(Role.LEARNER));
    }

    /** Not one transaction on purpose: a concurrent signup's duplicate insert is reported, not doomed. */
    public UserAccount create(NewAccount account, Set<Role> roles) {
        String email = UserAccount.normalizeEmail(account.email());
        if (users.existsByEmail(email)) {
            throw new EmailTakenException(email);
        }
        var user = new UserAccount(email, account.displayName(),
                passwordEncoder.encode(account.password()), roles, clock.instant());
        try {
            return users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raceWithAnotherSignup) {
            throw new EmailTakenException(email);
        }
    }

    /** Read on every request of a logged-in person, so a change by an admin counts at once. */
    @Transactional(readOnly = true)
    public Optional<AccountStatus> status(long userId) {
        return AccountStatusRow.status(users.statusRows(userId));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findByEmail(String email) {
        return users.findByEmail(UserAccount.normalizeEmail(email));
    }

    /**
     * An account made by an admin, with a one-time password to hand over; the person must choose
     * their own at first sign-in. The password is returned once and kept nowhere but as a hash.
     */
    public CreatedAccount createWithOneTimePassword(String email, String displayName, Set<Role> roles) {
        String oneTime = OneTimePasswords.next();
        UserAccount user = create(new NewAccount(email, displayName, oneTime), roles);
        user.requirePasswordChange();
        return new CreatedAccount(users.saveAndFlush(user), oneTime);
    }

    public record CreatedAccount(UserAccount account, String oneTimePassword) {
    }

    /** Replaces the password after checking the current one; false when the current one is wrong. */
    @Transactional
    public boolean changePassword(long userId, String current, String replacement) {
        UserAccount user = users.findById(userId).orElseThrow();
        if (!passwordEncoder.matches(current, user.getPasswordHash())) {
            return false;
        }
        user.changePassword(passwordEncoder.encode(replacement));
        return true;
    }
}
