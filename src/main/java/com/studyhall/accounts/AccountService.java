package com.studyhall.accounts;

import org.springframework.context.ApplicationEventPublisher;
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
    private final PasswordSetLinks setPasswordLinks;
    private final ApplicationEventPublisher events;
    private final AccountStatusQuery statusQuery;

    public AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder,
                          TotpCredentialRepository totp, Clock clock, PasswordSetLinks setPasswordLinks,
                          ApplicationEventPublisher events, AccountStatusQuery statusQuery) {
        this.users = users;
        this.statusQuery = statusQuery;
        this.setPasswordLinks = setPasswordLinks;
        this.events = events;
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
        UserAccount saved;
        try {
            saved = users.saveAndFlush(user);
        } catch (DataIntegrityViolationException raceWithAnotherSignup) {
            throw new EmailTakenException(email);
        }
        events.publishEvent(new AccountCreated(saved.getId(), saved.getEmail()));
        return saved;
    }

    /** Read on every request of a logged-in person, so a change by an admin counts at once. */
    public Optional<AccountStatus> status(long userId) {
        return statusQuery.status(userId);
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
        return new CreatedAccount(users.saveAndFlush(user), oneTime, null);
    }

    /**
     * An account made by an admin whose owner chooses the password through a set-password link.
     * Until then its password is a random one nobody knows, so nobody can sign in.
     */
    public CreatedAccount createWithSetPasswordLink(String email, String displayName, Set<Role> roles) {
        UserAccount user = create(new NewAccount(email, displayName, LinkTokens.next()), roles);
        return new CreatedAccount(user, null, setPasswordLinks.issue(user.getId()));
    }

    /** A created account with either its one-time password or its set-password link's token. */
    public record CreatedAccount(UserAccount account, String oneTimePassword, String setPasswordToken) {

        public String setPasswordPath() {
            return setPasswordToken == null ? null : "/password/set/" + setPasswordToken;
        }
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
