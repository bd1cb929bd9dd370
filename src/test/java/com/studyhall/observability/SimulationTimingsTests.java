package com.studyhall.observability;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulationTimingsTests {

    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final SimulationTimings timings = new SimulationTimings(registry);

    @Test
    void recordsACompletedRunAndReturnsItsResult() {
        assertThat(timings.time(() -> "result")).isEqualTo("result");
        assertThat(count("completed")).isEqualTo(1);
        assertThat(count("failed")).isZero();
    }

    @Test
    void recordsAFailedRunAndRethrows() {
        assertThatThrownBy(() -> timings.time(() -> {
            throw new IllegalStateException("engine broke");
        })).hasMessage("engine broke");
        assertThat(count("failed")).isEqualTo(1);
    }

    private long count(String outcome) {
        return registry.get(SimulationTimings.NAME).tag("outcome", outcome).timer().count();
    }
}
