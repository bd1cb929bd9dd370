package com.studyhall.simulation;

import java.util.List;

/** Runs a program through the engine with the default limits, and the refusal messages of a result. */
final class EngineRuns {
    private static final Simulator SIMULATOR = new Simulator();

    private EngineRuns() { }

    static SimulationResult run(String code) {
        return SIMULATOR.run(new SimulationRequest(code, Limits.defaults(), false));
    }

    static List<String> messages(SimulationResult r) {
        return r.diagnostics().stream().map(Diagnostic::message).toList();
    }
}
