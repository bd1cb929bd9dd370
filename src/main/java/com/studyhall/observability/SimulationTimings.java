package com.studyhall.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The one owner of the Micrometer timer {@value #NAME}: every run of the memory lab is recorded
 * here, tagged with its outcome. In Prometheus it reads
 * {@code studyhall_simulation_run_seconds_bucket|count|sum}.
 *
 * <p>Prometheus refuses a name that is registered once as a histogram and once as a summary (the
 * scrape then fails with a 500), so no other class may build a timer of this name.
 */
@Component
public class SimulationTimings {

    public static final String NAME = "studyhall.simulation.run";

    /** The outcomes a run can have; each is registered up front so dashboards show zero, not nothing. */
    public static final List<String> OUTCOMES = List.of("ok", "exception", "limit", "rejected", "engine-error");

    private final MeterRegistry registry;

    public SimulationTimings(MeterRegistry registry) {
        this.registry = registry;
        OUTCOMES.forEach(this::timer);
    }

    /** Records one run that took {@code nanos} and ended with {@code outcome}. */
    public void record(String outcome, long nanos) {
        timer(outcome).record(nanos, TimeUnit.NANOSECONDS);
    }

    private Timer timer(String outcome) {
        return Timer.builder(NAME)
                .description("One program run by the memory lab's engine, from permit to result")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }
}
