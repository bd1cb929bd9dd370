package com.studyhall.simulation;

import java.util.List;

/**
 * What a run produced. When {@link #rejected()} nothing ran and only diagnostics are set.
 * {@code stderr} is what the program wrote to sys.stderr; the report of an uncaught exception,
 * which CPython writes there after it, is the error's {@link PythonError#traceback()}.
 */
public record SimulationResult(String stdout, String stderr, PythonError error, List<Diagnostic> diagnostics,
                               List<TraceStep> steps, Stats stats) {
    /** A run that wrote nothing to standard error. */
    public SimulationResult(String stdout, PythonError error, List<Diagnostic> diagnostics, List<TraceStep> steps, Stats stats) {
        this(stdout, "", error, diagnostics, steps, stats);
    }

    public boolean rejected() {
        return !diagnostics.isEmpty();
    }
}
