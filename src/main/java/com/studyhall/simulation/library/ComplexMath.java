package com.studyhall.simulation.library;

/**
 * complex arithmetic as CPython 3.11's Objects/complexobject.c computes it, step for step (so the
 * doubles are the same): the product, Smith's quotient, integer powers by repeated squaring
 * (c_powi, exact like the product), the general power through polar form, abs as hypot, the hash
 * and the repr. EDOM and ERANGE are reported as {@link Domain} and {@link Range}.
 */
public final class ComplexMath {
    private ComplexMath() { }

    public record C(double re, double im) { }

    /** errno EDOM: a division by zero or 0 to a negative or complex power. */
    public static final class Domain extends RuntimeException {
        public Domain() {
            super(null, null, false, false);
        }
    }

    /** errno ERANGE: a power or abs that overflowed. */
    public static final class Range extends RuntimeException {
        public Range() {
            super(null, null, false, false);
        }
    }

    private static final C ONE = new C(1.0, 0.0);

    public static C sum(C a, C b) {
        return new C(a.re + b.re, a.im + b.im);
    }

    public static C diff(C a, C b) {
        return new C(a.re - b.re, a.im - b.im);
    }

    public static C prod(C a, C b) {
        return new C(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
    }

    /** _Py_c_quot: divide top and bottom by the larger of b's parts. */
    public static C quot(C a, C b) {
        double absRe = b.re < 0 ? -b.re : b.re;
        double absIm = b.im < 0 ? -b.im : b.im;
        if (absRe >= absIm) {
            if (absRe == 0.0) throw new Domain();
            double ratio = b.im / b.re;
            double denom = b.re + b.im * ratio;
            return new C((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
        }
        if (absIm >= absRe) {
            double ratio = b.re / b.im;
            double denom = b.re * ratio + b.im;
            return new C((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
        }
        return new C(Double.NaN, Double.NaN); // a NaN part
    }

    /** complex_pow: a small integral exponent by c_powi, any other by _Py_c_pow; an infinite part is ERANGE. */
    public static C pow(C a, C b) {
        C p = b.im == 0.0 && b.re == Math.floor(b.re) && Math.abs(b.re) <= 100.0 ? powi(a, (long) b.re) : powGeneral(a, b);
        if (Double.isInfinite(p.re) || Double.isInfinite(p.im)) throw new Range();
        return p;
    }

    private static C powi(C x, long n) {
        return n > 0 ? powu(x, n) : quot(ONE, powu(x, -n));
    }

    private static C powu(C x, long n) {
        C r = ONE;
        C p = x;
        for (long mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) r = prod(r, p);
            p = prod(p, p);
        }
        return r;
    }

    /** _Py_c_pow (libm's pow, atan2, exp, log, cos and sin; Java's may differ from glibc's in the last bit). */
    private static C powGeneral(C a, C b) {
        if (b.re == 0.0 && b.im == 0.0) return ONE;
        if (a.re == 0.0 && a.im == 0.0) {
            if (b.im != 0.0 || b.re < 0.0) throw new Domain();
            return new C(0.0, 0.0);
        }
        double vabs = Math.hypot(a.re, a.im);
        double len = Math.pow(vabs, b.re);
        double at = Math.atan2(a.im, a.re);
        double phase = at * b.re;
        if (b.im != 0.0) {
            len /= Math.exp(at * b.im);
            phase += b.im * Math.log(vabs);
        }
        return new C(len * Math.cos(phase), len * Math.sin(phase));
    }

    /** _Py_c_abs: inf when a part is infinite (even with a NaN), NaN when a part is NaN, else hypot. */
    public static double abs(C z) {
        if (Double.isInfinite(z.re) || Double.isInfinite(z.im)) return Double.POSITIVE_INFINITY;
        if (Double.isNaN(z.re) || Double.isNaN(z.im)) return Double.NaN;
        double r = Math.hypot(z.re, z.im);
        if (Double.isInfinite(r)) throw new Range();
        return r;
    }

    /** complex_hash: hash(real) + 1000003 * hash(imag) in unsigned arithmetic, -1 becoming -2; null for a NaN part. */
    public static Long hash(C z) {
        Long re = PyHash.ofFloat(z.re);
        Long im = PyHash.ofFloat(z.im);
        if (re == null || im == null) return null;
        long h = re + 1000003L * im;
        return h == -1 ? -2 : h;
    }

    /**
     * complex_repr: repr-style doubles without a ".0" added; a +0 real part is left out (no
     * parentheses), otherwise "(re+imj)" with the imaginary part's sign always shown.
     */
    public static String repr(C z) {
        if (z.re == 0.0 && Math.copySign(1.0, z.re) == 1.0) return plain(z.im) + "j";
        String im = plain(z.im);
        if (!im.startsWith("-")) im = "+" + im;
        return "(" + plain(z.re) + im + "j)";
    }

    /** PyOS_double_to_string(x, 'r', 0, 0): the float's repr without the ".0" float_repr adds. */
    private static String plain(double d) {
        String s = FloatText.repr(d);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
