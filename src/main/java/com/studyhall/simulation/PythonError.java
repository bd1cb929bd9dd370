package com.studyhall.simulation;

/**
 * The exception that ended a run: a Python exception type (as CPython names it) or one of the
 * engine's limit errors (StepLimitExceeded, MemoryLimitExceeded, TimeLimitExceeded,
 * OutputLimitExceeded). {@code traceback} is CPython's full report of an uncaught Python
 * exception ("Traceback (most recent call last): ..."), null for limits and engine errors.
 */
public record PythonError(String type, String message, int line, String traceback) {
    public PythonError(String type, String message, int line) {
        this(type, message, line, null);
    }

    /** The line CPython prints last on stderr: "Type: message" (or just "Type"). */
    public String lastStderrLine() {
        // A SystemExit prints no traceback, only its code when that is not an int (the message).
        if (type.equals("SystemExit")) return message.substring(message.lastIndexOf('\n') + 1);
        // An exception group's report ends with the line closing its last sub-exception's box.
        if (traceback != null && traceback.stripTrailing().endsWith("+------------------------------------")) {
            String t = traceback.stripTrailing();
            return t.substring(t.lastIndexOf('\n') + 1);
        }
        String full = message == null || message.isEmpty() ? type : type + ": " + message;
        // A message spanning lines (the MRO error) ends stderr with its last line.
        return full.substring(full.lastIndexOf('\n') + 1);
    }
}
