package com.studyhall.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Makes and hashes recovery codes: 16 Base32 characters (80 random bits) shown as four groups.
 * With that much entropy a plain SHA-256 is enough; a slow password hash would make checking ten
 * codes per attempt needlessly slow.
 */
public final class RecoveryCodes {

    public static final int COUNT = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCodes() {
    }

    static List<String> generate() {
        return IntStream.range(0, COUNT).mapToObj(i -> newCode()).toList();
    }

    private static String newCode() {
        byte[] bytes = new byte[10];
        RANDOM.nextBytes(bytes);
        String raw = Base32.encode(bytes).toLowerCase(Locale.ROOT);
        return String.join("-", raw.substring(0, 4), raw.substring(4, 8), raw.substring(8, 12), raw.substring(12, 16));
    }

    /** Case, spaces and dashes do not matter when a person types a code back. */
    static String hash(String code) {
        String normalized = code.replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
