package com.studyhall.lab.benchmarks;

import com.studyhall.simulation.SimulationRequest;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.simulation.Simulator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Whole {@code Simulator.run} calls of one request, as the lab's API makes them (scan, check, run,
 * and the trace when it is on); the subclasses say which request. JMH applies these settings to
 * each subclass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx2g"})
public abstract class WholeRunBenchmark {

    private final Simulator simulator = new Simulator();
    private SimulationRequest request;

    /** The request every run sends. */
    protected abstract SimulationRequest request() throws IOException;

    /** The request of the check that the program runs cleanly, the fork's first run. */
    protected SimulationRequest checkRequest() throws IOException {
        return request();
    }

    static String program(String name) throws IOException {
        return Files.readString(Path.of("bench/programs", name + ".py"));
    }

    @Setup
    public void load() throws IOException {
        request = request();
        SimulationResult check = simulator.run(checkRequest());
        if (check.rejected() || check.error() != null) {
            throw new IllegalStateException("the program did not run cleanly: " + check.diagnostics() + " " + check.error());
        }
    }

    @Benchmark
    public SimulationResult run() {
        return simulator.run(request);
    }
}
