package com.studyhall.simulation.runtime;

/** A limit was reached: the run stops with this error type and message. */
public final class StopRun extends RuntimeException {
    public final String type;

    public StopRun(String type, String message) {
        super(message, null, false, false);
        this.type = type;
    }
}
