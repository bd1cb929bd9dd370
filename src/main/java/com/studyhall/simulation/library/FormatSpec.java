package com.studyhall.simulation.library;

import com.studyhall.simulation.heap.PyRaise;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The format-spec mini-language of {@code format()}, f-strings and {@code str.format}:
 * {@code [[fill]align][sign][z][#][0][width][grouping][.precision][type]}, applied to int, float
 * and str as CPython's {@code formatter_unicode.c} does, errors included.
 */
public final class FormatSpec {
    private static final Pattern SPEC = Pattern.compile(
            "(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\\d+)?([,_])?(?:\\.(\\d+))?(.)?", Pattern.DOTALL);

    private final char fill;
    private final Character align;
    private final char sign;
    /** The sign character as written ('-' too), or 0: str.__format__ refuses any written sign. */
    private final char writtenSign;
    /** Whether the spec names an alignment (a leading '0' alone aligns numbers with '=', not strings). */
    private final boolean alignWritten;
    private final boolean noNegativeZero;
    private final boolean alternate;
    private final int width;
    private final Character grouping;
    private final Integer precision;
    private final char type;
    private final boolean zeroPad;

    private FormatSpec(Matcher m) {
        zeroPad = m.group(6) != null;
        fill = m.group(1) != null ? m.group(1).charAt(0) : zeroPad ? '0' : ' ';
        if (m.group(2) != null) align = m.group(2).charAt(0);
        else align = zeroPad ? Character.valueOf('=') : null;
        sign = m.group(3) != null ? m.group(3).charAt(0) : '-';
        writtenSign = m.group(3) != null ? m.group(3).charAt(0) : 0;
        alignWritten = m.group(2) != null;
        noNegativeZero = m.group(4) != null;
        alternate = m.group(5) != null;
        width = m.group(7) != null ? Integer.parseInt(m.group(7)) : -1;
        grouping = m.group(8) != null ? Character.valueOf(m.group(8).charAt(0)) : null;
        precision = m.group(9) != null ? Integer.valueOf(m.group(9)) : null;
        type = m.group(10) != null ? m.group(10).charAt(0) : 0;
    }

    /** Parses a spec; {@code typeName} is the formatted object's type, for the error message. */
    public static FormatSpec parse(String spec, String typeName) {
        Matcher m = SPEC.matcher(spec);
        if (!m.matches() || (m.group(10) != null && m.group(7) == null && m.group(10).matches("\\d"))) {
            throw new PyRaise("ValueError", "Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        return new FormatSpec(m);
    }

    private PyRaise unknown(String typeName) {
        return new PyRaise("ValueError", "Unknown format code '" + type + "' for object of type '" + typeName + "'");
    }

    // ---- str ----

    public String formatStr(String s) {
        checkStr();
        // Precision and width count characters (code points), not UTF-16 units: '😀' is one.
        int chars = s.codePointCount(0, s.length());
        String body = precision != null && chars > precision ? s.substring(0, s.offsetByCodePoints(0, precision)) : s;
        // A leading '0' fills with zeros but keeps str's default alignment, '<' (3.10's parse).
        return pad("", body, alignWritten ? align : '<');
    }

    /**
     * Whether str.__format__ writes {@code s} whole (format_string_internal's fast path: a width not
     * above its length and a precision not below it), so the unicode writer may keep the str object
     * itself. The spec's errors are raised first, as for {@link #formatStr}.
     */
    public boolean keepsWhole(String s) {
        checkStr();
        int chars = s.codePointCount(0, s.length());
        return width <= chars && (precision == null || precision >= chars);
    }

    /** The spec's errors for a str, in CPython's order: the parser's grouping check, the type, then format_string_internal's. */
    private void checkStr() {
        char t = type == 0 ? 's' : type;
        boolean groupingAllowed = "defgEG%F".indexOf(t) >= 0 || (grouping != null && grouping == '_' && "boxX".indexOf(t) >= 0);
        if (grouping != null && !groupingAllowed) throw new PyRaise("ValueError", "Cannot specify '" + grouping + "' with '" + t + "'.");
        if (t != 's') throw unknown("str");
        if (writtenSign == ' ') throw new PyRaise("ValueError", "Space not allowed in string format specifier");
        if (writtenSign != 0) throw new PyRaise("ValueError", "Sign not allowed in string format specifier");
        if (noNegativeZero) throw new PyRaise("ValueError", "Negative zero coercion (z) not allowed in string format specifier");
        if (alternate) throw new PyRaise("ValueError", "Alternate form (#) not allowed in string format specifier");
        if (alignWritten && align == '=') throw new PyRaise("ValueError", "'=' alignment not allowed in string format specifier");
    }

    // ---- int ----

    public String formatInt(BigInteger v, String typeName) {
        if ("eEfFgG%".indexOf(type) >= 0 && type != 0) return formatFloat(v.doubleValue(), typeName);
        if (type != 0 && "bcdoxXn".indexOf(type) < 0) throw unknown(typeName);
        if (precision != null) throw new PyRaise("ValueError", "Precision not allowed in integer format specifier");
        if (grouping != null && grouping == ',' && type != 0 && type != 'd') {
            throw new PyRaise("ValueError", "Cannot specify ',' with '" + type + "'.");
        }
        if (type == 'c') {
            if (sign != '-') throw new PyRaise("ValueError", "Sign not allowed with integer format specifier 'c'");
            if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
                throw new PyRaise("OverflowError", "%c arg not in range(0x110000)");
            }
            return pad("", new String(Character.toChars(v.intValue())), align == null ? '>' : align);
        }
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = v.abs().toString(radix);
        if (type == 'X') digits = digits.toUpperCase();
        String prefix = alternate && radix != 10 ? "0" + (type == 'X' ? "X" : String.valueOf(type)) : "";
        return number(v.signum() < 0, prefix, digits, "", radix == 10 ? 3 : 4);
    }

    // ---- float ----

    public String formatFloat(double v, String typeName) {
        if (type != 0 && "eEfFgGn%".indexOf(type) < 0) throw unknown(typeName);
        char t = type;
        int p;
        if (t == 0 && precision == null) {
            t = 'r';
            p = 0;
        } else {
            p = precision != null ? precision : 6;
        }
        String body = FloatText.format(v, t, p, alternate);
        boolean negative = body.startsWith("-");
        if (negative) body = body.substring(1);
        if (negative && noNegativeZero && body.matches("[0.]*(e[+-]0+)?%?")) negative = false;
        int cut = firstNonDigit(body);
        return number(negative, "", body.substring(0, cut), body.substring(cut), 3);
    }

    private static int firstNonDigit(String s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) i++;
        return i;
    }

    /** Sign, prefix, grouped integer digits and the rest, padded; zero padding also groups the zeros. */
    private String number(boolean negative, String prefix, String intDigits, String rest, int groupSize) {
        String signText = negative ? "-" : sign == '+' ? "+" : sign == ' ' ? " " : "";
        char a = align == null ? '>' : align;
        String grouped = group(intDigits, groupSize);
        if (grouping != null && a == '=' && fill == '0') {
            int target = width - signText.length() - prefix.length() - rest.length();
            while (grouped.length() < target) {
                intDigits = "0" + intDigits;
                grouped = group(intDigits, groupSize);
            }
        }
        return pad(signText + prefix, grouped + rest, a);
    }

    private String group(String digits, int size) {
        if (grouping == null || digits.isEmpty()) return digits;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % size == 0) b.append(grouping);
            b.append(digits.charAt(i));
        }
        return b.toString();
    }

    private String pad(String head, String body, char a) {
        int n = head.codePointCount(0, head.length()) + body.codePointCount(0, body.length());
        if (n >= width) return head + body;
        String f = String.valueOf(fill);
        int total = width - n;
        return switch (a) {
            case '<' -> head + body + f.repeat(total);
            case '^' -> f.repeat(total / 2) + head + body + f.repeat(total - total / 2);
            case '=' -> head + f.repeat(total) + body;
            default -> f.repeat(total) + head + body;
        };
    }

    // ---- complex ----

    /**
     * complex.__format__ (format_complex_internal of 3.11): both parts formatted as floats without
     * an added ".0"; no type is repr-like ('r', or 'g' with a precision) and puts the number in
     * parentheses unless the real part is +0 (then it is left out); the imaginary part always shows
     * its sign after a real part; fill, alignment (default right) and width apply to the whole.
     */
    public String formatComplex(double re, double im) {
        if (type != 0 && "eEfFgGn".indexOf(type) < 0) throw unknown("complex");
        if (zeroPad) throw new PyRaise("ValueError", "Zero padding is not allowed in complex format specifier");
        if (align != null && align == '=') throw new PyRaise("ValueError", "'=' alignment flag is not allowed in complex format specifier");
        char t = type == 'n' ? 'g' : type;
        boolean skipRe = false, parens = false;
        int p = precision != null ? precision : 6;
        if (t == 0) {
            t = precision != null ? 'g' : 'r';
            p = precision != null ? precision : 0;
            skipRe = re == 0.0 && Math.copySign(1.0, re) == 1.0;
            parens = !skipRe;
        }
        String real = skipRe ? "" : part(re, t, p, sign == '+' ? "+" : sign == ' ' ? " " : "");
        String imag = part(im, t, p, skipRe ? (sign == '+' ? "+" : sign == ' ' ? " " : "") : "+");
        String body = (parens ? "(" : "") + real + imag + "j" + (parens ? ")" : "");
        return pad("", body, align == null ? '>' : align);
    }

    private String part(double v, char t, int p, String positiveSign) {
        String body = FloatText.format(v, t, p, alternate && t != 'r');
        if (t == 'r') {
            if (body.endsWith(".0")) body = body.substring(0, body.length() - 2);
            // '#' keeps a decimal point in every finite number: 3. and 1.e+20.
            int e = body.indexOf('e');
            if (alternate && !body.contains(".") && Double.isFinite(v)) body = e < 0 ? body + "." : body.substring(0, e) + "." + body.substring(e);
        }
        boolean negative = body.startsWith("-");
        if (negative) body = body.substring(1);
        if (negative && noNegativeZero && body.matches("[0.]*(e[+-]0+)?")) negative = false;
        int cut = firstNonDigit(body);
        return (negative ? "-" : positiveSign) + group(body.substring(0, cut), 3) + body.substring(cut);
    }
}
