package com.studyhall.simulation;

import java.util.List;

/** Runs a program through the engine with the default limits, and the refusal messages of a result. */
final class EngineRuns {
    private static final Simulator SIMULATOR = new Simulator();

    private EngineRuns() { }

    static SimulationResult run(String code) {
        return SIMULATOR.run(new SimulationRequest(code, Limits.defaults(), false));
    }

    /** The default limits with a generous time limit: the machine running the tests may be busy. */
    static Limits patient(java.time.Duration wall) {
        return new Limits(20_000, 100_000, 100_000, 1_000, wall, 64 * 1024);
    }

    /** With a generous time limit: the machine running the tests may be busy. */
    static SimulationResult runPatiently(String code) {
        return runPatiently(code, "");
    }

    /** With a generous time limit, reading stdin as the run's standard input. */
    static SimulationResult runPatiently(String code, String stdin) {
        return SIMULATOR.run(new SimulationRequest(code, patient(java.time.Duration.ofSeconds(30)), false, stdin));
    }

    /** The output of a program that must run to its end without refusals or an uncaught error. */
    static String stdoutPatiently(String code) {
        SimulationResult r = runPatiently(code);
        org.assertj.core.api.Assertions.assertThat(r.diagnostics()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(r.error()).isNull();
        return r.stdout();
    }

    static List<String> messages(SimulationResult r) {
        return r.diagnostics().stream().map(Diagnostic::message).toList();
    }
}
