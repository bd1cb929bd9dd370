package com.studyhall;

import com.studyhall.accounts.TotpClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The TOTP clock of the test contexts: real time plus an offset that each demo-admin login moves
 * one 30-second step ahead, so the shared admin account always has a fresh, unused code.
 */
public class TestTotpClock extends TotpClock {

    private Duration offset = Duration.ZERO;

    public TestTotpClock() {
        super(Clock.systemUTC());
    }

    @Override
    public synchronized Instant now() {
        return super.now().plus(offset);
    }

    public synchronized void nextStep() {
        offset = offset.plusSeconds(30);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestTotpClock testTotpClock() {
            return new TestTotpClock();
        }
    }
}
