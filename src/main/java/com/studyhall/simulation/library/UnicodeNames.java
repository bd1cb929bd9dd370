package com.studyhall.simulation.library;

import java.util.Locale;

/**
 * A code point's name as CPython 3.11's unicodedata.name gives it (what the namereplace error
 * handler writes), from Java's Character.getName: Java names the characters of ideograph and
 * syllable ranges by their block ("CJK UNIFIED IDEOGRAPHS EXTENSION A 3400"), where
 * unicodedata.c names CJK unified ideographs "CJK UNIFIED IDEOGRAPH-3400" and Hangul syllables by
 * their jamo (_getucname), and has no name for the other ranges it does not list (Tangut).
 * Java 17 has Unicode 13's table, CPython 3.11 Unicode 14's: the characters Unicode 14 added have
 * no name here.
 */
final class UnicodeNames {
    private UnicodeNames() { }

    private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO",
        "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT",
        "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    /** The name, or null where unicodedata has none (controls, unassigned, private use, surrogates). */
    static String name(int cp) {
        int type = Character.getType(cp);
        if (type == Character.CONTROL || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE) return null;
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + LEADS[s / (21 * 28)] + VOWELS[s % (21 * 28) / 28] + TAILS[s % 28];
        }
        String name = Character.getName(cp);
        if (name == null) return null;
        String hex = String.format(Locale.ROOT, "%04X", cp);
        if (!name.endsWith(" " + hex)) return name;
        return name.startsWith("CJK UNIFIED IDEOGRAPHS") ? "CJK UNIFIED IDEOGRAPH-" + hex : null;
    }
}
