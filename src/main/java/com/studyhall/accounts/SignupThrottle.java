package com.studyhall.accounts;

import com.studyhall.web.SlidingWindows;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Limits sign-ups per client address. "An account with this email already exists" is an honest
 * answer to a person, but in a loop it would list which addresses have accounts; after
 * {@code app.signup.attempts-per-address} complete forms in {@value #WINDOW_MINUTES} minutes, every
 * further form from that address — new email or taken — gets the same "try again later".
 */
@Component
public class SignupThrottle {

    static final int WINDOW_MINUTES = 15;

    private final SlidingWindows attempts;
    private final int limit;

    SignupThrottle(Clock clock, @Value("${app.signup.attempts-per-address:10}") int limit) {
        this.attempts = new SlidingWindows(Duration.ofMinutes(WINDOW_MINUTES), clock);
        this.limit = limit;
    }

    /** How long this address must wait before it may sign up again, or empty when it may go ahead now. */
    public Optional<Duration> waitBefore(String address) {
        return attempts.waitBefore(address, limit);
    }

    /** A complete form from this address reached the account check (whatever its answer). */
    public void record(String address) {
        attempts.record(address);
    }
}
