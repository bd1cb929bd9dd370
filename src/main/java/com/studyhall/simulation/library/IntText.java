package com.studyhall.simulation.library;

import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.Reprs;
import java.math.BigInteger;

/** int(str, base) as {@code PyLong_FromUnicodeObject} reads it, and the prefixed bin/oct/hex texts. */
public final class IntText {
    private IntText() { }

    /** Parses Python's int literal grammar for {@code base} (0: the prefix decides, leading zeros refused). */
    public static BigInteger parse(String text, int base) {
        if (base != 0 && (base < 2 || base > 36)) throw new PyRaise("ValueError", "int() base must be >= 2 and <= 36, or 0");
        BigInteger r = tryParse(Text.strip(text, null, true, true), base);
        if (r == null) {
            String shown = text.length() > 200 ? text.substring(0, 200) : text;
            throw new PyRaise("ValueError", "invalid literal for int() with base " + base + ": " + Reprs.strRepr(shown));
        }
        return r;
    }

    private static BigInteger tryParse(String s, int base) {
        boolean negative = false;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            negative = s.charAt(0) == '-';
            s = s.substring(1);
        }
        int effective = base;
        boolean prefixed = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            int prefixBase = switch (Character.toLowerCase(s.charAt(1))) {
                case 'x' -> 16;
                case 'o' -> 8;
                case 'b' -> 2;
                default -> 0;
            };
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                effective = prefixBase;
                s = s.substring(2);
                prefixed = true;
            }
        }
        if (effective == 0) {
            effective = 10;
            // Base 0 reads like source code: "010" is an error, "000" is zero.
            if (s.length() > 1 && s.charAt(0) == '0' && !s.replace("_", "").matches("0+")) return null;
        }
        if (prefixed && s.startsWith("_")) s = s.substring(1);
        if (s.isEmpty() || s.startsWith("_") || s.endsWith("_") || s.contains("__")) return null;
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') continue;
            int d = Character.digit(c, effective);
            if (d < 0) return null;
            digits.append(Character.forDigit(d, effective));
        }
        BigInteger v = new BigInteger(digits.toString(), effective);
        return negative ? v.negate() : v;
    }

    /** bin(), oct() and hex(): a sign, the prefix, then the digits. */
    public static String prefixed(BigInteger v, int radix) {
        String prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        return (v.signum() < 0 ? "-" : "") + prefix + v.abs().toString(radix);
    }
}
