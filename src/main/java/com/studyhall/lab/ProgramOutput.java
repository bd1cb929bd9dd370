package com.studyhall.lab;

/**
 * What a program printed and how it ended, as CPython would show it.
 *
 * @param stdout everything printed (up to the output limit)
 * @param error  the last line CPython prints on stderr ("Type: message"), or null if it ran to the end
 * @param ran    false when the engine refused the program before running it (a syntax error or a
 *               construct outside the lab's subset); {@code error} then says why
 */
public record ProgramOutput(String stdout, String error, boolean ran) {

    /** True when the program ran to its end or stopped at a Python exception: CPython would agree. */
    public boolean faithful() {
        return ran && (error == null || !error.contains("LimitExceeded"));
    }
}
