package com.studyhall.security;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void fiveFailuresFromOneAddressPauseThatAddressForThatAccount() {
        fail("ann@example.com", "10.0.0.1", 4);
        assertThat(throttle.waitBefore("ann@example.com", "10.0.0.1")).isEmpty();
        fail("ann@example.com", "10.0.0.1", 1);
        assertThat(throttle.waitBefore("ann@example.com", "10.0.0.1")).contains(Duration.ofMinutes(15));
    }

    @Test
    void aStrangersFailuresDoNotLockTheOwnerOut() {
        fail("ann@example.com", "10.6.6.6", 10);
        assertThat(throttle.waitBefore("ann@example.com", "192.168.1.20")).isEmpty();
    }

    @Test
    void everyBlockLiftsByItself() {
        fail("ann@example.com", "10.0.0.1", 5);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(throttle.waitBefore("ann@example.com", "10.0.0.1")).isEmpty();
    }

    @Test
    void oneAddressGuessingManyAccountsIsPaused() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i + "@example.com", "10.0.0.9", 1);
        }
        assertThat(throttle.waitBefore("someone-else@example.com", "10.0.0.9")).isPresent();
    }

    @Test
    void manyAddressesGuessingOneAccountArePaused() {
        for (int i = 0; i < 50; i++) {
            fail("ann@example.com", "10.1.0." + i, 1);
        }
        assertThat(throttle.waitBefore("ann@example.com", "10.2.0.1")).isPresent();
    }

    @Test
    void successClearsTheAddressesFailuresForThatAccount() {
        fail("ann@example.com", "10.0.0.1", 4);
        throttle.recordSuccess("ann@example.com", "10.0.0.1");
        fail("ann@example.com", "10.0.0.1", 1);
        assertThat(throttle.waitBefore("ann@example.com", "10.0.0.1")).isEmpty();
    }

    private void fail(String account, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(account, address);
        }
    }

    static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
