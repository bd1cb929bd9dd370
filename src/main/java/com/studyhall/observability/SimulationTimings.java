package com.studyhall.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/**
 * Times simulation runs as the Micrometer timer {@value #NAME}, tagged {@code outcome=completed}
 * or {@code outcome=failed} (the run threw). In Prometheus it reads
 * {@code studyhall_simulation_run_seconds_bucket|count|sum}.
 *
 * <p>Use it where the web side calls the engine: {@code timings.time(() -> simulator.run(request))}.
 */
@Component
public class SimulationTimings {

    public static final String NAME = "studyhall.simulation.run";

    private final Timer completed;
    private final Timer failed;

    public SimulationTimings(MeterRegistry registry) {
        // Registered up front so dashboards show zero runs rather than no series at all.
        this.completed = timer(registry, "completed");
        this.failed = timer(registry, "failed");
    }

    /** Runs the simulation and records how long it took, whether it returned or threw. */
    public <T> T time(Supplier<T> run) {
        long start = System.nanoTime();
        try {
            T result = run.get();
            completed.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            return result;
        } catch (RuntimeException | Error problem) {
            failed.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
            throw problem;
        }
    }

    private static Timer timer(MeterRegistry registry, String outcome) {
        return Timer.builder(NAME)
                .description("Time to run one program in the memory model, from request to result")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(registry);
    }
}
