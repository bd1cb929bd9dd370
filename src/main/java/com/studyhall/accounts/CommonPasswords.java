package com.studyhall.accounts;

import com.nulabinc.zxcvbn.StandardDictionaries;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The 30,000 most common passwords shipped with zxcvbn4j. Lookups ignore case because a list
 * entry in capitals is just as easy to guess.
 */
@Component
public class CommonPasswords {

    private final Set<String> passwords;

    public CommonPasswords() {
        try {
            passwords = new HashSet<>(StandardDictionaries.PASSWORDS_LOADER.load().getFrequencies());
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list could not be read", e);
        }
    }

    public boolean contains(String password) {
        return password != null && passwords.contains(password.toLowerCase(Locale.ROOT));
    }

    public int size() {
        return passwords.size();
    }
}
