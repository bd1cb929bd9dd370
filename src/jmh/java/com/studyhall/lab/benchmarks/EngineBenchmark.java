package com.studyhall.lab.benchmarks;

import com.studyhall.simulation.Limits;
import com.studyhall.simulation.SimulationRequest;
import org.openjdk.jmh.annotations.Param;

import java.io.IOException;
import java.time.Duration;

/**
 * The engine with the trace off on the loop-heavy programs of bench/programs, the same files
 * bench/engine-vs-cpython.sh gives CPython. Limits are lifted so the whole program runs.
 * Run from the project root: {@code ./mvnw -Pbenchmarks -DskipTests compile exec:exec}.
 */
public class EngineBenchmark extends WholeRunBenchmark {

    static final Limits UNLIMITED = new Limits(20_000, Long.MAX_VALUE, 10_000_000, 1_000,
            Duration.ofMinutes(10), 64 * 1024);

    @Param({"appends", "cycles"})
    public String program;

    @Override
    protected SimulationRequest request() throws IOException {
        return new SimulationRequest(program(program), UNLIMITED, false);
    }
}
