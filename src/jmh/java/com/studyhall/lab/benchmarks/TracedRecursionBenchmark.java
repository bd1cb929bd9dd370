package com.studyhall.lab.benchmarks;

import com.studyhall.simulation.Limits;
import com.studyhall.simulation.SimulationRequest;

import java.io.IOException;
import java.time.Duration;

/**
 * Issue 12, item 12: a recursive program of about 25,000 steps (bench/programs/ackermann.py)
 * with the trace on and the lab's default limits, as POST /api/simulations runs it; it must finish
 * well inside the 2 s limit. The first run of a cold JVM is not measured here (see
 * bench/TraceTiming.java with no warm-up runs).
 * Run from the project root: {@code ./mvnw -Pbenchmarks -DskipTests compile exec:exec -Djmh.args=TracedRecursionBenchmark}.
 */
public class TracedRecursionBenchmark extends WholeRunBenchmark {

    @Override
    protected SimulationRequest request() throws IOException {
        return new SimulationRequest(program("ackermann"), Limits.defaults(), true);
    }

    /**
     * The check is the fork's first run, before the JIT has compiled the engine: on a loaded
     * machine it can pass the 2 s limit, which says nothing about the program, so it gets a minute.
     */
    @Override
    protected SimulationRequest checkRequest() throws IOException {
        Limits lab = Limits.defaults();
        Limits patient = new Limits(lab.maxSourceChars(), lab.maxSteps(), lab.maxLiveObjects(),
                lab.maxRecursionDepth(), Duration.ofMinutes(1), lab.maxOutputBytes());
        return new SimulationRequest(program("ackermann"), patient, true);
    }
}
