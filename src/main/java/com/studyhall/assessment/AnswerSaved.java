package com.studyhall.assessment;

/**
 * What became of an answer: saved; superseded (a newer answer to the question was saved already, so
 * this older one was dropped); or refused because time is up or the attempt was submitted.
 */
public record AnswerSaved(Outcome outcome, long remainingSeconds) {

    public enum Outcome { SAVED, SUPERSEDED, LATE, CLOSED }

    /** The attempt took the request: the answer is saved, or a newer one already was. */
    public boolean saved() {
        return outcome == Outcome.SAVED || outcome == Outcome.SUPERSEDED;
    }
}
