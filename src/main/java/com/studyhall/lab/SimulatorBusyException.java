package com.studyhall.lab;

/** Every run permit is taken. Answered with 429 and a Retry-After header. */
class SimulatorBusyException extends RuntimeException {

    static final int RETRY_AFTER_SECONDS = 1;

    SimulatorBusyException(int capacity) {
        super("The lab is running " + capacity + " programs already. Try again in a moment.");
    }
}
