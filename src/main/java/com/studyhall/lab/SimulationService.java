package com.studyhall.lab;

import com.studyhall.simulation.PythonError;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.observability.SimulationTimings;
import org.springframework.stereotype.Service;

/**
 * Runs a learner's program: size check, then a run permit, then the engine. Every run is timed
 * by {@link SimulationTimings}, tagged with its outcome.
 */
@Service
class SimulationService {

    private final LabEngine engine;
    private final RunLimiter limiter;
    private final SimulationTimings timings;

    SimulationService(LabEngine engine, RunLimiter limiter, SimulationTimings timings) {
        this.engine = engine;
        this.limiter = limiter;
        this.timings = timings;
    }

    /** The result of a traced run; throws for oversized, rejected or refused (busy) programs. */
    SimulationResult simulate(String code, boolean trace) {
        return simulate(code, "", trace);
    }

    /** As {@link #simulate(String, boolean)}, with the text input() reads (at most as long as a program). */
    SimulationResult simulate(String code, String stdin, boolean trace) {
        if (code.length() > engine.maxSourceChars()) {
            throw new SourceTooLargeException("The program has " + code.length()
                    + " characters; the lab runs programs of at most " + engine.maxSourceChars() + ".");
        }
        if (stdin.length() > engine.maxSourceChars()) {
            throw new SourceTooLargeException("The input has " + stdin.length()
                    + " characters; the lab reads at most " + engine.maxSourceChars() + ".");
        }
        SimulationResult result = limiter.run(() -> timed(code, stdin, trace));
        if (result.rejected()) {
            throw new ProgramRejectedException(result.diagnostics());
        }
        return result;
    }

    private SimulationResult timed(String code, String stdin, boolean trace) {
        long start = System.nanoTime();
        SimulationResult result = engine.run(code, stdin, trace);
        timings.record(outcome(result), System.nanoTime() - start);
        return result;
    }

    static String outcome(SimulationResult result) {
        if (result.rejected()) return "rejected";
        PythonError error = result.error();
        if (error == null) return "ok";
        if (error.type().endsWith("LimitExceeded")) return "limit";
        if (error.type().equals("InternalError")) return "engine-error";
        return "exception";
    }
}
