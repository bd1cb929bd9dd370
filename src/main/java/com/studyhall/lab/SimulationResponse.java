package com.studyhall.lab;

import com.studyhall.simulation.PythonError;
import com.studyhall.simulation.SimulationResult;
import com.studyhall.simulation.Stats;
import com.studyhall.simulation.TraceStep;

import java.util.List;

/**
 * The JSON of a finished run. A Python exception or a limit hit is a normal result: {@code error}
 * says which, and everything before it is kept. {@code steps} follow docs/simulation-trace.md.
 */
record SimulationResponse(String stdout, ErrorView error, List<TraceStep> steps, Stats stats) {

    /** The exception that ended the run; {@code line} is null when no line is known. */
    record ErrorView(String type, String message, Integer line) {
        static ErrorView of(PythonError error) {
            return error == null ? null
                    : new ErrorView(error.type(), error.message(), error.line() > 0 ? error.line() : null);
        }
    }

    static SimulationResponse of(SimulationResult result) {
        return new SimulationResponse(result.stdout(), ErrorView.of(result.error()), result.steps(), result.stats());
    }
}
