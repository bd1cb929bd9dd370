package com.studyhall.simulation;

import java.util.List;

/** What a run produced. When {@link #rejected()} nothing ran and only diagnostics are set. */
public record SimulationResult(String stdout, PythonError error, List<Diagnostic> diagnostics,
                               List<TraceStep> steps, Stats stats) {
    public boolean rejected() {
        return !diagnostics.isEmpty();
    }
}
