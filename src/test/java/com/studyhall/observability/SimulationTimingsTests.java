package com.studyhall.observability;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SimulationTimingsTests {

    @Test
    void recordsEachRunUnderItsOutcome() {
        var registry = new SimpleMeterRegistry();
        var timings = new SimulationTimings(registry);
        timings.record("ok", 1_000_000);
        timings.record("ok", 2_000_000);
        timings.record("limit", 3_000_000);
        assertThat(count(registry, "ok")).isEqualTo(2);
        assertThat(count(registry, "limit")).isEqualTo(1);
        assertThat(count(registry, "exception")).isZero();
    }

    @Test
    void prometheusScrapesTheTimerAsOneHistogramAfterRunsOfEveryOutcome() {
        var registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var timings = new SimulationTimings(registry);
        SimulationTimings.OUTCOMES.forEach(outcome -> timings.record(outcome, 5_000_000));
        timings.record("a-new-outcome", 5_000_000);

        String scrape = registry.scrape();

        assertThat(scrape).contains("studyhall_simulation_run_seconds_bucket{outcome=")
                .doesNotContain("quantile=");
        assertThat(scrape).contains("outcome=\"a-new-outcome\"");
    }

    private static long count(SimpleMeterRegistry registry, String outcome) {
        return registry.get(SimulationTimings.NAME).tag("outcome", outcome).timer().count();
    }
}
