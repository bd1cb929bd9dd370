package com.studyhall.security;

import com.studyhall.web.SlidingWindows;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Counts failed logins in a sliding window and says when a login must wait.
 *
 * <p>Three counters guard three attacks: one address guessing one account, one address guessing
 * many accounts, and many addresses guessing one account. The first limit is the tightest and
 * touches only the guesser's own address, so a stranger cannot keep the owner out. Every block
 * ends by itself when the window slides past the failures: no lockout is permanent.
 */
@Component
public class LoginThrottle {

    static final int ACCOUNT_FROM_ONE_ADDRESS_LIMIT = 5;
    static final int ADDRESS_LIMIT = 20;
    static final int ACCOUNT_LIMIT = 50;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final SlidingWindows failures;

    public LoginThrottle(Clock clock) {
        this.failures = new SlidingWindows(WINDOW, clock);
    }

    /** How long this login must wait, or empty when it may go ahead. */
    public Optional<Duration> waitBefore(String account, String address) {
        return longest(
                failures.waitBefore(accountAtAddress(account, address), ACCOUNT_FROM_ONE_ADDRESS_LIMIT),
                failures.waitBefore("address:" + address, ADDRESS_LIMIT),
                failures.waitBefore("account:" + account, ACCOUNT_LIMIT));
    }

    public void recordFailure(String account, String address) {
        for (String key : new String[] {accountAtAddress(account, address), "address:" + address, "account:" + account}) {
            failures.record(key);
        }
    }

    /** A correct password from an address clears what that address did to that account. */
    public void recordSuccess(String account, String address) {
        failures.forget(accountAtAddress(account, address));
    }

    @SafeVarargs
    private static Optional<Duration> longest(Optional<Duration>... waits) {
        Duration longest = null;
        for (Optional<Duration> wait : waits) {
            if (wait.isPresent() && (longest == null || wait.get().compareTo(longest) > 0)) {
                longest = wait.get();
            }
        }
        return Optional.ofNullable(longest);
    }

    private static String accountAtAddress(String account, String address) {
        return "account-at:" + account + "@" + address;
    }
}
