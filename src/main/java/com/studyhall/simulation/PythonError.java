package com.studyhall.simulation;

/**
 * The exception that ended a run: a Python exception type (as CPython names it) or one of the
 * engine's limit errors (StepLimitExceeded, MemoryLimitExceeded, TimeLimitExceeded,
 * OutputLimitExceeded).
 */
public record PythonError(String type, String message, int line) {
    /** The line CPython prints last on stderr: "Type: message" (or just "Type"). */
    public String lastStderrLine() {
        return message == null || message.isEmpty() ? type : type + ": " + message;
    }
}
