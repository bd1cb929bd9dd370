package com.studyhall.accounts;

import java.util.Arrays;
import java.util.Locale;

/** The letters of an initials avatar: the first letter of the first and the last word of a name. */
public final class Initials {

    private Initials() {
    }

    public static String of(String name) {
        String[] words = name == null ? new String[0] : Arrays.stream(name.strip().split("\\s+"))
                .filter(word -> !word.isEmpty()).toArray(String[]::new);
        if (words.length == 0) {
            return "?";
        }
        String first = firstLetter(words[0]);
        return (words.length == 1 ? first : first + firstLetter(words[words.length - 1])).toUpperCase(Locale.ROOT);
    }

    private static String firstLetter(String word) {
        return new String(Character.toChars(word.codePointAt(0)));
    }
}
