package com.studyhall.accounts;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * The time TOTP codes are checked against. Its own bean so that tests, which log the demo admin
 * in many times a minute, can move it a step ahead instead of waiting for the next code.
 */
@Component
public class TotpClock {

    private final Clock clock;

    public TotpClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }
}
