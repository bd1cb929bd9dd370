package com.studyhall.lab;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable share tokens: 24 random bytes (192 bits), URL-safe Base64 without padding. */
final class ShareTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ShareTokens() {
    }

    static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
