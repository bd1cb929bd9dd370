package com.studyhall.simulation;

/**
 * A program to run; {@code limits} may be null for {@link Limits#defaults()}. {@code stdin} is
 * the text input() reads (null for none); it may be as long as a program may be. {@code scriptName}
 * is the file name the program runs as, {@code python3 <scriptName>} with no arguments: sys.argv
 * is {@code [scriptName]} (null: {@link #DEFAULT_SCRIPT}, the name the lab's tracebacks show).
 */
public record SimulationRequest(String code, Limits limits, boolean trace, String stdin, String scriptName) {
    /** The lab runs every program as main.py. */
    public static final String DEFAULT_SCRIPT = "main.py";

    public SimulationRequest {
        if (limits == null) limits = Limits.defaults();
        if (code == null) code = "";
        if (stdin == null) stdin = "";
        if (scriptName == null) scriptName = DEFAULT_SCRIPT;
    }

    public SimulationRequest(String code, Limits limits, boolean trace, String stdin) {
        this(code, limits, trace, stdin, DEFAULT_SCRIPT);
    }

    public SimulationRequest(String code, Limits limits, boolean trace) {
        this(code, limits, trace, "");
    }

    public static SimulationRequest of(String code) {
        return new SimulationRequest(code, Limits.defaults(), false);
    }
}
