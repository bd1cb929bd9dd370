package com.studyhall.simulation;

/** A program to run; {@code limits} may be null for {@link Limits#defaults()}. */
public record SimulationRequest(String code, Limits limits, boolean trace) {
    public SimulationRequest {
        if (limits == null) limits = Limits.defaults();
        if (code == null) code = "";
    }

    public static SimulationRequest of(String code) {
        return new SimulationRequest(code, Limits.defaults(), false);
    }
}
