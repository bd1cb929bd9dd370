package com.studyhall.security;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this login must wait, or empty when it may go ahead. */
    public Optional<Duration> waitBefore(String account, String address) {
        Instant now = clock.instant();
        return longest(
                waitFor(accountAtAddress(account, address), ACCOUNT_FROM_ONE_ADDRESS_LIMIT, now),
                waitFor("address:" + address, ADDRESS_LIMIT, now),
                waitFor("account:" + account, ACCOUNT_LIMIT, now));
    }

    public void recordFailure(String account, String address) {
        if (failures.size() > MAX_TRACKED_KEYS) {
            forgetExpired(clock.instant());
        }
        Instant now = clock.instant();
        for (String key : new String[] {accountAtAddress(account, address), "address:" + address, "account:" + account}) {
            Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(now);
            }
        }
    }

    /** A correct password from an address clears what that address did to that account. */
    public void recordSuccess(String account, String address) {
        failures.remove(accountAtAddress(account, address));
    }

    private Optional<Duration> waitFor(String key, int limit, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Optional.empty();
        }
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.removeFirst();
            }
            if (times.size() < limit) {
                return Optional.empty();
            }
            // The block lifts once enough of the oldest failures leave the window.
            Instant freedAt = times.stream().skip(times.size() - limit).findFirst().orElseThrow().plus(WINDOW);
            return Optional.of(Duration.between(now, freedAt));
        }
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

    private void forgetExpired(Instant now) {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                return entry.getValue().isEmpty() || !entry.getValue().peekLast().isAfter(now.minus(WINDOW));
            }
        });
    }

    private static String accountAtAddress(String account, String address) {
        return "account-at:" + account + "@" + address;
    }
}
