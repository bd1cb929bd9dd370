package com.studyhall.lab;

import com.studyhall.simulation.PythonError;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.simulation.Stats;
import com.studyhall.simulation.TraceStep;

import java.util.List;

/**
 * The JSON of a finished run. A Python exception or a limit hit is a normal result: {@code error}
 * says which, and everything before it is kept. {@code stderr} is what the program wrote to
 * sys.stderr; an uncaught exception's report, which CPython writes after it, is {@code error.traceback}. {@code steps} follow docs/simulation-trace.md.
 *
 * <p>Only the first {@value #MAX_TRACE_STEPS} steps are sent ({@code traceTruncated} says so): a
 * step costs a few hundred bytes of JSON, and a learner cannot step through more anyway, while
 * an endless loop would otherwise answer with tens of megabytes.
 */
record SimulationResponse(String stdout, String stderr, ErrorView error, List<TraceStep> steps, Stats stats, boolean traceTruncated) {

    static final int MAX_TRACE_STEPS = 10_000;

    /**
     * The exception that ended the run; {@code line} is null when no line is known, {@code traceback}
     * is CPython's full report of an uncaught exception (null for limits).
     */
    record ErrorView(String type, String message, Integer line, String traceback) {
        static ErrorView of(PythonError error) {
            return error == null ? null
                    : new ErrorView(error.type(), error.message(), error.line() > 0 ? error.line() : null, error.traceback());
        }
    }

    static SimulationResponse of(SimulationResult result) {
        List<TraceStep> steps = result.steps();
        boolean truncated = steps.size() > MAX_TRACE_STEPS;
        return new SimulationResponse(result.stdout(), result.stderr(), ErrorView.of(result.error()),
                truncated ? steps.subList(0, MAX_TRACE_STEPS) : steps, result.stats(), truncated);
    }
}
