package com.studyhall.assessment;

/** An attempt cannot be reopened as asked (it is open, or another attempt is); the message says why. */
public class ReopenRefusedException extends RuntimeException {

    public ReopenRefusedException(String reason) {
        super(reason);
    }
}
