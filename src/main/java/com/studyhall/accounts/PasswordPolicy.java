package com.studyhall.accounts;

import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Decides whether a new password is acceptable. Length is counted in Unicode code points, so a
 * passphrase of emoji or accented letters is measured as a person would count it.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private final CommonPasswords commonPasswords;

    public PasswordPolicy(CommonPasswords commonPasswords) {
        this.commonPasswords = commonPasswords;
    }

    /** The reason the password is refused, or empty when it is fine. */
    public Optional<String> problemWith(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters.");
        }
        if (commonPasswords.contains(password)) {
            return Optional.of("This password is on a list of common passwords. Choose another one.");
        }
        return Optional.empty();
    }
}
