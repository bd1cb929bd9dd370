package com.studyhall.simulation;

import java.time.Duration;

/** Resource limits of one run; a program that reaches one stops with a limit error. */
public record Limits(int maxSourceChars, long maxSteps, int maxLiveObjects, int maxRecursionDepth,
                     Duration timeout, int maxOutputBytes) {
    public static Limits defaults() {
        return new Limits(20_000, 100_000, 100_000, 1_000, Duration.ofSeconds(2), 64 * 1024);
    }
}
