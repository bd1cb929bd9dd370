package com.studyhall.assessment;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in engine with known outputs, and a clock the test moves, for tests that need both.
 * The real engine is plugged in by {@code lab}; this one prints a fingerprint of the code, or the
 * exact lines for a few programs the tests write themselves.
 */
@TestConfiguration
class EngineAndClock {

    static class KnownOutputs implements OutputOracle {
        private final AtomicReference<String> version = new AtomicReference<>("test-engine-1");

        @Override
        public String engineVersion() {
            return version.get();
        }

        void upgradeTo(String newVersion) {
            version.set(newVersion);
        }

        @Override
        public ComputedOutput run(String code) {
            return switch (code) {
                case "print(1)\nprint(2)\n" -> new ComputedOutput("1\n2\n", null);
                case "print(1)\nprint(x)\n" -> new ComputedOutput("1\n", "NameError: name 'x' is not defined");
                default -> new ComputedOutput("engine " + version.get() + " ran " + Integer.toHexString(code.hashCode()) + "\n", null);
            };
        }
    }

    static class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now().truncatedTo(ChronoUnit.SECONDS));

        void advance(Duration by) {
            now.updateAndGet(instant -> instant.plus(by));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Bean
    @Primary
    KnownOutputs knownOutputs() {
        return new KnownOutputs();
    }

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
