package com.studyhall.accounts;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a visitor goes back to after signing up: a path on this site, never another site's address.
 * Only a plain absolute path of letters, digits, dashes, underscores and slashes passes, so neither
 * {@code //evil.example}, {@code /\evil.example}, a scheme nor an encoded character can turn it into
 * a redirect elsewhere.
 */
public final class ReturnPath {

    private static final Pattern LOCAL_PATH = Pattern.compile("/(?!/)[A-Za-z0-9/_-]{0,199}");

    private ReturnPath() {
    }

    public static Optional<String> of(String candidate) {
        if (candidate == null || !LOCAL_PATH.matcher(candidate).matches()) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
