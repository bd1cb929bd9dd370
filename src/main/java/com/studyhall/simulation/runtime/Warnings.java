package com.studyhall.simulation.runtime;

import java.util.HashSet;
import java.util.Set;

/**
 * The warnings CPython's C code raises for the program (PyErr_WarnFormat with stacklevel 1), as
 * 3.11's default filters treat them: a DeprecationWarning raised by code of {@code __main__} is
 * shown once per message and line ({@code __warningregistry__}), on stderr, as
 * {@code file:line: DeprecationWarning: message} followed by the line's source, stripped. The
 * warning machinery's own objects (the registry dict and its keys, the warning instance, linecache
 * reading the script on the first warning) are not modelled (docs, "Known approximations").
 */
final class Warnings {
    private final Interpreter in;
    /** The registry's keys: message and line. */
    private final Set<String> shown = new HashSet<>();

    Warnings(Interpreter in) {
        this.in = in;
    }

    /** A DeprecationWarning at the line of the instruction the program is running. */
    void deprecation(String message) {
        int line = in.operationLine();
        if (!shown.add(line + ":" + message)) return;
        StringBuilder text = new StringBuilder();
        text.append(in.scriptName).append(':').append(line).append(": DeprecationWarning: ").append(message).append('\n');
        String[] lines = in.source == null ? new String[0] : in.source.split("\n", -1);
        if (line >= 1 && line <= lines.length && !lines[line - 1].isBlank()) text.append("  ").append(lines[line - 1].strip()).append('\n');
        in.writeError(text.toString());
    }

    /** Issue #17576's warning for __index__, __int__ (and __float__) returning a strict subclass's instance. */
    void strictSubclassResult(String method, String type) {
        deprecation(method + " returned non-" + (method.equals("__float__") ? "float" : "int") + " (type " + type
                + ").  The ability to return an instance of a strict subclass of " + (method.equals("__float__") ? "float" : "int")
                + " is deprecated, and may be removed in a future version of Python.");
    }
}
