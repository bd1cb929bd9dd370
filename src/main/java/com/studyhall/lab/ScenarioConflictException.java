package com.studyhall.lab;

/** A save that would lose a concurrent edit, or one scenario too many. Answered with 409. */
class ScenarioConflictException extends RuntimeException {

    ScenarioConflictException(String message) {
        super(message);
    }
}
