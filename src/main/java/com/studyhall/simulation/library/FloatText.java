package com.studyhall.simulation.library;

import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.Reprs;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Floats as text the way CPython's {@code pystrtod.c} and {@code dtoa.c} write and read them:
 * shortest round-trip repr, correctly rounded fixed, exponent and general presentations, and
 * {@code float(str)}.
 */
public final class FloatText {
    private FloatText() { }

    /** Decimal digits without leading or trailing zeros and the decimal point's position (0.d1d2... × 10^decpt). */
    record Digits(String digits, int decpt) { }

    /** repr(float) and str(float): the shortest digits that read back as the same double. */
    public static String repr(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return special(v, false);
        if (v == 0) return (1 / v < 0) ? "-0.0" : "0.0";
        Digits d = shortest(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        if (d.decpt > 16 || d.decpt < -3) return sign + exponent(d, d.digits.length() - 1, false, 2);
        return sign + positional(d, Math.max(1, d.digits.length() - d.decpt), false);
    }

    static Digits shortest(double a) {
        BigDecimal exact = new BigDecimal(a);
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == a) return digits(r);
            // The nearest p-digit number may fall outside the round-trip interval on the
            // narrow side of a power of two while its neighbour lies inside.
            BigDecimal ulp = r.ulp();
            for (BigDecimal other : new BigDecimal[] {r.add(ulp), r.subtract(ulp)}) {
                if (other.signum() > 0 && other.doubleValue() == a) return digits(other.round(new MathContext(p)));
            }
        }
        return digits(exact.round(new MathContext(17, RoundingMode.HALF_EVEN)));
    }

    /** The value rounded half-even to {@code sig} significant digits (sig ≥ 1). */
    static Digits significant(double a, int sig) {
        if (a == 0) return new Digits("0", 1);
        return digits(new BigDecimal(a).round(new MathContext(sig, RoundingMode.HALF_EVEN)));
    }

    private static Digits digits(BigDecimal r) {
        String u = r.unscaledValue().abs().toString();
        int decpt = u.length() - r.scale();
        String stripped = u.replaceFirst("0+$", "");
        return new Digits(stripped.isEmpty() ? "0" : stripped, decpt);
    }

    /** d.ddd e±XX with exactly {@code decimals} digits after the point (zeros appended). */
    private static String exponent(Digits d, int decimals, boolean keepPoint, int expDigits) {
        String all = d.digits + "0".repeat(Math.max(0, decimals + 1 - d.digits.length()));
        String mant = all.substring(0, 1) + (decimals > 0 ? "." + all.substring(1, decimals + 1) : keepPoint ? "." : "");
        int e = d.digits.equals("0") ? 0 : d.decpt - 1;
        String ev = String.valueOf(Math.abs(e));
        return mant + "e" + (e < 0 ? "-" : "+") + "0".repeat(Math.max(0, expDigits - ev.length())) + ev;
    }

    /** Positional notation with exactly {@code decimals} digits after the point. */
    private static String positional(Digits d, int decimals, boolean keepPoint) {
        StringBuilder b = new StringBuilder();
        String digits = d.digits;
        int decpt = d.digits.equals("0") ? 1 : d.decpt;
        if (decpt <= 0) {
            b.append('0');
        } else {
            b.append(digits, 0, Math.min(decpt, digits.length()));
            b.append("0".repeat(Math.max(0, decpt - digits.length())));
        }
        if (decimals > 0 || keepPoint) b.append('.');
        StringBuilder frac = new StringBuilder();
        if (decpt < 0) frac.append("0".repeat(-decpt));
        if (decpt < digits.length()) frac.append(digits.substring(Math.max(0, decpt)));
        while (frac.length() < decimals) frac.append('0');
        frac.setLength(decimals);
        return b.append(frac).toString();
    }

    private static String special(double v, boolean upper) {
        String s = Double.isNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        return upper ? s.toUpperCase() : s;
    }

    /**
     * The body of a float in one presentation type ('e', 'f', 'g', '%', 'r' for repr, or 0 for
     * "no type with a precision"), with a leading '-' for negatives and no other sign.
     */
    public static String format(double v, char type, int precision, boolean alternate) {
        boolean upper = Character.isUpperCase(type);
        char t = Character.toLowerCase(type);
        if (t == 'n') t = 'g';
        if (Double.isNaN(v) || Double.isInfinite(v)) return special(v, upper) + (t == '%' ? "%" : "");
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        double a = Math.abs(v);
        String body;
        switch (t) {
            case 'r' -> {
                String r = repr(a);
                body = alternate && !r.contains(".") && !r.contains("e") ? r + "." : r;
            }
            case 'f' -> body = fixed(a, precision, alternate);
            case '%' -> body = fixed(a * 100, precision, alternate) + "%";
            case 'e' -> body = exponent(significant(a, precision + 1), precision, alternate, 2);
            default -> body = general(a, precision, alternate, t == 0);
        }
        if (upper) body = body.toUpperCase();
        return negative ? "-" + body : body;
    }

    private static String fixed(double a, int decimals, boolean keepPoint) {
        String s = new BigDecimal(a).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return keepPoint && decimals == 0 ? s + "." : s;
    }

    /** 'g': exponent when the exponent is < -4 or ≥ precision (one earlier with the '.0' flag of no type). */
    private static String general(double a, int precision, boolean alternate, boolean addDotZero) {
        int p = Math.max(1, precision);
        Digits d = significant(a, p);
        int decpt = d.digits.equals("0") ? 1 : d.decpt;
        boolean useExp = decpt <= -4 || decpt > (addDotZero ? p - 1 : p);
        String out;
        if (useExp) {
            out = exponent(d, alternate ? p - 1 : d.digits.length() - 1, alternate, 2);
        } else {
            int decimals = alternate ? p - decpt : Math.max(0, d.digits.length() - decpt);
            out = positional(d, decimals, alternate);
            if (addDotZero && !out.contains(".")) out += ".0";
        }
        return out;
    }

    /** float(str): Python's grammar (underscores between digits, inf/nan words), whitespace stripped. */
    public static double parse(String text) {
        String t = Text.strip(text, null, true, true);
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        String unsigned = lower.startsWith("+") || lower.startsWith("-") ? lower.substring(1) : lower;
        boolean negative = lower.startsWith("-");
        if (unsigned.equals("inf") || unsigned.equals("infinity")) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (unsigned.equals("nan")) return Double.NaN;
        if (unsigned.matches("(\\d(_?\\d)*)?(\\.(\\d(_?\\d)*)?)?(e[+-]?\\d(_?\\d)*)?") && unsigned.matches("\\.?\\d.*")) {
            return Double.parseDouble(lower.replace("_", ""));
        }
        throw new PyRaise("ValueError", "could not convert string to float: " + Reprs.strRepr(text));
    }
}
