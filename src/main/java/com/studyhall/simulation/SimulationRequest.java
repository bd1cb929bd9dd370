package com.studyhall.simulation;

/**
 * A program to run; {@code limits} may be null for {@link Limits#defaults()}. {@code stdin} is
 * the text input() reads (null for none); it may be as long as a program may be.
 */
public record SimulationRequest(String code, Limits limits, boolean trace, String stdin) {
    public SimulationRequest {
        if (limits == null) limits = Limits.defaults();
        if (code == null) code = "";
        if (stdin == null) stdin = "";
    }

    public SimulationRequest(String code, Limits limits, boolean trace) {
        this(code, limits, trace, "");
    }

    public static SimulationRequest of(String code) {
        return new SimulationRequest(code, Limits.defaults(), false);
    }
}
