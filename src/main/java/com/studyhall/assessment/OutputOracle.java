package com.studyhall.assessment;

/**
 * What the simulation engine prints for a program: the port through which predict-the-output
 * questions get their expected answer. Only {@code lab} may talk to the engine, so {@code lab}
 * implements this; without an implementation those questions wait for the engine and are left
 * out of attempts. Implementations must be deterministic for one engine version.
 */
public interface OutputOracle {

    /** Identifies the engine's behaviour; an answer computed by another version is recomputed. */
    String engineVersion();

    /** Runs the program under the engine's usual limits. */
    ComputedOutput run(String code);
}
