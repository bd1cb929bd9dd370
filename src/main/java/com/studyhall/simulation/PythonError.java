package com.studyhall.simulation;

/**
 * The exception that ended a run: a Python exception type (as CPython names it) or one of the
 * engine's limit errors (StepLimitExceeded, MemoryLimitExceeded, TimeLimitExceeded,
 * OutputLimitExceeded).
 */
public record PythonError(String type, String message, int line) {
    /** The line CPython prints last on stderr: "Type: message" (or just "Type"). */
    public String lastStderrLine() {
        String full = message == null || message.isEmpty() ? type : type + ": " + message;
        // A message spanning lines (the MRO error) ends stderr with its last line.
        return full.substring(full.lastIndexOf('\n') + 1);
    }
}
