package com.studyhall.accounts;

/** Thrown when a signup uses an email that already has an account. */
public class EmailTakenException extends RuntimeException {

    public EmailTakenException(String email) {
        super("An account already exists for " + email);
    }
}
