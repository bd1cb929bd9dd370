package com.studyhall.simulation.heap;

/** A Python exception being raised (type name and message), without a Java stack trace. */
public final class PyRaise extends RuntimeException {
    public final String type;
    public final String pyMessage;

    public PyRaise(String type, String message) {
        super(type + ": " + message, null, false, false);
        this.type = type;
        this.pyMessage = message;
    }
}
