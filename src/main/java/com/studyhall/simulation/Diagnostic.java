package com.studyhall.simulation;

/** A syntax error or an unsupported construct, found before anything runs. */
public record Diagnostic(int line, int column, String message) { }
