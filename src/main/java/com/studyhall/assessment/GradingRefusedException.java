package com.studyhall.assessment;

/** An essay cannot be graded as asked (its attempt is open again, or the score is out of range); says why. */
public class GradingRefusedException extends RuntimeException {

    public GradingRefusedException(String reason) {
        super(reason);
    }
}
