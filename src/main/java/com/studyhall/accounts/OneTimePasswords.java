package com.studyhall.accounts;

import java.security.SecureRandom;

/**
 * One-time passwords an admin reads out or sends: 20 characters from an alphabet without look-alikes
 * (no 0/O, 1/l/I), in groups of five — about 100 bits, far past the password policy's minimum.
 */
final class OneTimePasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimePasswords() {
    }

    static String next() {
        var out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                out.append('-');
            }
            out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return out.toString();
    }
}
