package com.studyhall.assessment;

/** A new attempt cannot start: the attempts are used up, or no question is ready. Says why. */
public class CannotStartException extends RuntimeException {

    public CannotStartException(String reason) {
        super(reason);
    }
}
