package com.studyhall.accounts;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Set-password links: an alternative to a one-time password when an admin creates an account.
 * A link works once, for {@link #VALIDITY}, and a newer link for the same account replaces it.
 */
@Service
public class PasswordSetLinks {

    public static final Duration VALIDITY = Duration.ofDays(7);

    /** Where a link stands when someone opens it. */
    public enum State { VALID, USED, EXPIRED, UNKNOWN }

    private final PasswordSetTokenRepository tokens;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    PasswordSetLinks(PasswordSetTokenRepository tokens, UserAccountRepository users, PasswordEncoder passwordEncoder,
                     Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** A new link's token for the account; returned once, only its hash is kept. Older links stop working. */
    @Transactional
    public String issue(long userId) {
        Instant now = clock.instant();
        tokens.supersede(userId, now);
        String token = LinkTokens.next();
        tokens.save(new PasswordSetToken(userId, LinkTokens.hash(token), now, now.plus(VALIDITY)));
        return token;
    }

    @Transactional(readOnly = true)
    public State state(String token) {
        return find(token).map(this::state).orElse(State.UNKNOWN);
    }

    /** The email of the account the link is for, to show on the form; empty for an unknown link. */
    @Transactional(readOnly = true)
    public Optional<String> emailFor(String token) {
        return find(token).flatMap(t -> users.findById(t.getUserId())).map(UserAccount::getEmail);
    }

    /**
     * Sets the password if the link still works (the caller checked the policy) and returns the
     * state it was in; the link is used up in the same transaction, so two tabs cannot both use it.
     */
    @Transactional
    public State setPassword(String token, String password) {
        Optional<PasswordSetToken> found = find(token);
        if (found.isEmpty()) {
            return State.UNKNOWN;
        }
        PasswordSetToken link = found.get();
        State state = state(link);
        if (state != State.VALID) {
            return state;
        }
        if (tokens.markUsed(link.getId(), clock.instant()) == 0) {
            return State.USED;
        }
        UserAccount user = users.findById(link.getUserId()).orElseThrow();
        user.changePassword(passwordEncoder.encode(password));
        user.endAllSessions();
        return State.VALID;
    }

    private Optional<PasswordSetToken> find(String token) {
        if (token == null || !token.matches(LinkTokens.PATTERN)) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(LinkTokens.hash(token));
    }

    private State state(PasswordSetToken link) {
        if (link.getUsedAt() != null) {
            return State.USED;
        }
        return clock.instant().isBefore(link.getExpiresAt()) ? State.VALID : State.EXPIRED;
    }
}
