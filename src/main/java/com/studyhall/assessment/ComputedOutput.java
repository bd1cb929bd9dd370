package com.studyhall.assessment;

/**
 * What a program printed, and the error that stopped it ({@code null} when it ran to the end).
 */
public record ComputedOutput(String stdout, String error) {

    /** The text a learner predicts: the printed lines, then the error, as a console shows them. */
    public String printed() {
        String out = stdout == null ? "" : stdout;
        if (error == null || error.isEmpty()) {
            return out;
        }
        return out.isEmpty() || out.endsWith("\n") ? out + error : out + "\n" + error;
    }
}
