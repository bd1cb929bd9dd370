package com.studyhall.lab.benchmarks;

import com.studyhall.simulation.Limits;
import com.studyhall.simulation.SimulationRequest;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.simulation.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * The engine with the trace off on the loop-heavy programs of bench/programs, the same files
 * bench/engine-vs-cpython.sh gives CPython. Limits are lifted so the whole program runs.
 * Run from the project root: {@code ./mvnw -Pbenchmarks -DskipTests compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx2g"})
public class EngineBenchmark {

    static final Limits UNLIMITED = new Limits(20_000, Long.MAX_VALUE, 10_000_000, 1_000,
            Duration.ofMinutes(10), 64 * 1024);

    @Param({"appends", "cycles"})
    public String program;

    private final Simulator simulator = new Simulator();
    private SimulationRequest request;

    @Setup
    public void load() throws IOException {
        String code = Files.readString(Path.of("bench/programs", program + ".py"));
        request = new SimulationRequest(code, UNLIMITED, false);
        SimulationResult check = simulator.run(request);
        if (check.rejected() || check.error() != null) {
            throw new IllegalStateException(program + " did not run cleanly: " + check.diagnostics() + " " + check.error());
        }
    }

    @Benchmark
    public SimulationResult run() {
        return simulator.run(request);
    }
}
