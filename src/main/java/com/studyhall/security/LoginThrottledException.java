package com.studyhall.security;

import org.springframework.security.core.AuthenticationException;

import java.time.Duration;

/** A login refused before the password is checked, because of too many recent failures. */
public class LoginThrottledException extends AuthenticationException {

    private final Duration wait;

    public LoginThrottledException(Duration wait) {
        super("Too many failed logins; try again in " + wait.toSeconds() + " s");
        this.wait = wait;
    }

    public Duration getWait() {
        return wait;
    }
}
