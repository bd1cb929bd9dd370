package com.studyhall.simulation.heap;

import java.math.BigDecimal;

/** Python's repr rules for the atoms (containers are rendered by the interpreter). */
public final class Reprs {
    private Reprs() { }

    /** repr(float): the shortest string that round-trips, in Python's layout. */
    public static String floatRepr(double v) {
        if (Double.isNaN(v)) return "nan";
        if (Double.isInfinite(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
        String digits = null;
        int exp10 = 0;
        for (int p = 1; p <= 17; p++) {
            String s = String.format("%." + (p - 1) + "e", Math.abs(v));
            if (Double.parseDouble(s) == Math.abs(v)) {
                int e = s.indexOf('e');
                digits = s.substring(0, e).replace(".", "");
                exp10 = Integer.parseInt(s.substring(e + 1));
                break;
            }
        }
        if (digits == null) digits = new BigDecimal(Math.abs(v)).toString();
        while (digits.length() > 1 && digits.endsWith("0")) digits = digits.substring(0, digits.length() - 1);
        int decpt = exp10 + 1;
        String sign = v < 0 ? "-" : "";
        if (decpt > 16 || decpt < -3) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int e = decpt - 1;
            return sign + mant + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
        }
        if (decpt <= 0) return sign + "0." + "0".repeat(-decpt) + digits;
        if (decpt >= digits.length()) return sign + digits + "0".repeat(decpt - digits.length()) + ".0";
        return sign + digits.substring(0, decpt) + "." + digits.substring(decpt);
    }

    /** repr(bytes) of chars 0-255 (bytes_repr): b'...', double quotes only for a ' without a ". */
    public static String bytesRepr(String s) {
        return bytesRepr(s, false);
    }

    /** bytearray_repr escapes every ' (even between double quotes); bytes_repr only the quote it uses. */
    public static String bytesRepr(String s, boolean bytearray) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\' || (bytearray && c == '\'')) b.append('\\').append(c);
            else if (c == '\t') b.append("\\t");
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c < 32 || c >= 127) b.append(String.format("\\x%02x", (int) c));
            else b.append(c);
        }
        return b.append(quote).toString();
    }

    /** repr(str): single quotes unless the text has ' and no ". */
    public static String strRepr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') b.append('\\').appendCodePoint(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r') b.append("\\r");
            else if (c == '\t') b.append("\\t");
            else if (c < 0x20 || c == 0x7f) b.append(String.format("\\x%02x", c));
            else if (c >= 0x80 && !printable(c)) {
                if (c < 0x100) b.append(String.format("\\x%02x", c));
                else if (c < 0x10000) b.append(String.format("\\u%04x", c));
                else b.append(String.format("\\U%08x", c));
            } else b.appendCodePoint(c);
        }
        return b.append(quote).toString();
    }

    private static boolean printable(int c) {
        int t = Character.getType(c);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.UNASSIGNED
                || t == Character.SURROGATE || t == Character.PRIVATE_USE || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR || (t == Character.SPACE_SEPARATOR && c != ' '));
    }

    public static String rangeRepr(PyRange r) {
        if (r.step.equals(java.math.BigInteger.ONE)) return "range(" + r.start + ", " + r.stop + ")";
        return "range(" + r.start + ", " + r.stop + ", " + r.step + ")";
    }

    /** A fake but stable address for reprs that show one. */
    public static String address(PyObject o) {
        return String.format("0x7f%010x", 0x4a000000L + o.id * 0x40L);
    }

    public static String shortKey(PyObject key) {
        if (key instanceof PyStr s) return strRepr(s.value);
        if (key instanceof PyInt || key instanceof PyFloat || key instanceof PyNone) return key.shortValue();
        return "#" + key.id;
    }
}
