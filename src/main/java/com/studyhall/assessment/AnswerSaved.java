package com.studyhall.assessment;

/** What became of an answer: saved, or refused because time is up or the attempt was submitted. */
public record AnswerSaved(Outcome outcome, long remainingSeconds) {

    public enum Outcome { SAVED, LATE, CLOSED }

    public boolean saved() {
        return outcome == Outcome.SAVED;
    }
}
