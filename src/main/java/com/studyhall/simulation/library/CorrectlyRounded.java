package com.studyhall.simulation.library;

/**
 * exp, log, log2, exp2 and pow rounded once from a double-double (about 104 bits) value. glibc
 * 2.28+'s exp, log, log2, exp2 and pow (what CPython calls on Linux) are within 0.52 ulp, which
 * makes them the correctly rounded result except where the exact value lies within a hair of a
 * half-way point; Java's fdlibm (StrictMath) and its intrinsics (Math) round differently far more
 * often (measured against python3 in MathFunctionsTest). Arithmetic on pairs (hi, lo) with
 * hi + lo exact, using fma for exact products.
 */
public final class CorrectlyRounded {
    private CorrectlyRounded() { }

    private static final double LN2_HI = 0.6931471805599453;
    private static final double LN2_LO = 2.3190468138462996e-17;

    /** The double-double value of exp(x) scaled by 2**-k, with k returned in the third slot. */
    private static double[] expParts(double xh, double xl) {
        double k = Math.rint(xh / LN2_HI);
        // r = x - k*ln2, exactly enough: k*LN2_HI as an exact pair, k*LN2_LO rounded (|k| < 1100).
        double ph = k * LN2_HI;
        double pl = Math.fma(k, LN2_HI, -ph);
        double[] r = add(xh, xl, -ph, -pl);
        r = add(r[0], r[1], -k * LN2_LO, -Math.fma(k, LN2_LO, -(k * LN2_LO)));
        // exp(r) = exp(r / 256)**256: a short Taylor series, then eight squarings.
        double sh = r[0] / 256.0;
        double sl = r[1] / 256.0;
        double[] sum = {1.0, 0.0};
        double[] term = {1.0, 0.0};
        for (int n = 1; n <= 14; n++) {
            term = mul(term[0], term[1], sh, sl);
            term = divide(term[0], term[1], n);
            sum = add(sum[0], sum[1], term[0], term[1]);
        }
        for (int i = 0; i < 8; i++) sum = mul(sum[0], sum[1], sum[0], sum[1]);
        return new double[] {sum[0], sum[1], k};
    }

    private static double scaled(double h, double l, double k) {
        int e = (int) k;
        double hi = Math.scalb(h, e);
        if (Math.abs(hi) >= Double.MIN_NORMAL || hi == 0) return hi + Math.scalb(l, e);
        // A subnormal result: round the exact value once, at its own precision.
        java.math.BigDecimal exact = new java.math.BigDecimal(h).add(new java.math.BigDecimal(l));
        return exact.divide(new java.math.BigDecimal(java.math.BigInteger.ONE.shiftLeft(-e))).doubleValue();
    }

    public static double exp(double x) {
        if (Double.isNaN(x)) return x;
        if (x > 709.8) return Double.POSITIVE_INFINITY;
        if (x < -745.2) return 0.0;
        double[] p = expParts(x, 0.0);
        return scaled(p[0], p[1], p[2]);
    }

    /** exp of a double-double argument (for exp2 and pow). */
    private static double exp(double xh, double xl) {
        if (Double.isNaN(xh)) return xh;
        if (xh > 709.8) return Double.POSITIVE_INFINITY;
        if (xh < -745.2) return 0.0;
        double[] p = expParts(xh, xl);
        return scaled(p[0], p[1], p[2]);
    }

    public static double exp2(double x) {
        if (Double.isNaN(x)) return x;
        if (x == Math.rint(x) && Math.abs(x) < 2000) return Math.scalb(1.0, (int) x) ;
        if (x > 1024) return Double.POSITIVE_INFINITY;
        if (x < -1080) return 0.0;
        double h = x * LN2_HI;
        double l = Math.fma(x, LN2_HI, -h) + x * LN2_LO;
        return exp(h, l);
    }

    /** log(x) for finite x > 0 as a double-double. */
    private static double[] logParts(double x) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            double[] sub = logParts(x * 0x1p54);
            double[] k = mul(54, 0, LN2_HI, LN2_LO);
            return add(sub[0], sub[1], -k[0], -k[1]);
        }
        // x = m * 2**e with m in [sqrt(1/2), sqrt(2)).
        double m = Math.scalb(x, -e);
        if (m > 1.4142135623730951) {
            m /= 2;
            e++;
        }
        // log(m) = 2 atanh(f / (2 + f)), f = m - 1 exact.
        double f = m - 1.0;
        double[] twoPlusF = add(2.0, 0.0, f, 0.0);
        double[] s = divide2(f, 0.0, twoPlusF[0], twoPlusF[1]);
        double[] s2 = mul(s[0], s[1], s[0], s[1]);
        double[] sum = {0.0, 0.0};
        for (int n = 41; n >= 1; n -= 2) {
            sum = mul(sum[0], sum[1], s2[0], s2[1]);
            sum = add(sum[0], sum[1], 1.0 / n, Math.fma(-1.0 / n, n, 1.0) / n);
        }
        double[] logm = mul(sum[0], sum[1], s[0], s[1]);
        logm = add(logm[0], logm[1], logm[0], logm[1]);
        double[] k = mul(e, 0, LN2_HI, LN2_LO);
        return add(k[0], k[1], logm[0], logm[1]);
    }

    public static double log(double x) {
        if (Double.isNaN(x) || x < 0) return Double.NaN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        double[] p = logParts(x);
        return p[0] + p[1];
    }

    public static double log2(double x) {
        if (Double.isNaN(x) || x < 0) return Double.NaN;
        if (x == 0) return Double.NEGATIVE_INFINITY;
        if (Double.isInfinite(x)) return x;
        int e = Math.getExponent(x);
        if (e >= Double.MIN_EXPONENT && x == Math.scalb(1.0, e)) return e;
        double[] p = logParts(x);
        double[] q = divide2(p[0], p[1], LN2_HI, LN2_LO);
        return q[0] + q[1];
    }

    /** C99's pow for finite x and y: signs of zero and of negative bases with integer exponents; NaN for a negative base and a fraction. */
    public static double pow(double x, double y) {
        boolean integer = y == Math.rint(y);
        boolean odd = integer && Math.abs(y) < 0x1p53 && (long) y % 2 != 0;
        if (x == 0) {
            if (y == 0) return 1.0;
            if (y < 0) return odd ? Math.copySign(Double.POSITIVE_INFINITY, x) : Double.POSITIVE_INFINITY;
            return odd ? x : 0.0;
        }
        if (x < 0) {
            if (!integer) return Double.NaN;
            double r = powPositive(-x, y);
            return odd ? -r : r;
        }
        return powPositive(x, y);
    }

    /** pow for finite x > 0 and finite y. */
    public static double powPositive(double x, double y) {
        if (x == 1.0 || y == 0.0) return 1.0;
        if (y == 1.0) return x;
        double[] l = logParts(x);
        double[] t = mul(l[0], l[1], y, 0.0);
        return exp(t[0], t[1]);
    }

    // ---- the inverse trigonometric functions (glibc's are IBM's correctly rounded routines) ----

    private static final double PIO2_HI = 1.5707963267948966;
    private static final double PIO2_LO = 6.123233995736766e-17;
    private static final double PI_HI = 3.141592653589793;
    private static final double PI_LO = 1.2246467991473532e-16;

    /** atan of a non-negative double-double: 1/t above 1, halvings t/(1+sqrt(1+t*t)) below 0.1, then the series. */
    private static double[] atanParts(double th, double tl) {
        double[] t = {th, tl};
        boolean inverted = false;
        if (th > 1.0) {
            t = divide2(1.0, 0.0, th, tl);
            inverted = true;
        }
        int halvings = 0;
        while (t[0] > 0.1) {
            double[] t2 = mul(t[0], t[1], t[0], t[1]);
            double[] root = sqrt(add(1.0, 0.0, t2[0], t2[1]));
            double[] d = add(1.0, 0.0, root[0], root[1]);
            t = divide2(t[0], t[1], d[0], d[1]);
            halvings++;
        }
        double[] z = mul(t[0], t[1], t[0], t[1]);
        double[] sum = {1.0 / 41, Math.fma(-1.0 / 41, 41, 1.0) / 41};
        for (int n = 19; n >= 0; n--) {
            double c = 1.0 / (2 * n + 1);
            double cl = Math.fma(-c, 2 * n + 1, 1.0) / (2 * n + 1);
            double[] zs = mul(z[0], z[1], sum[0], sum[1]);
            sum = add(c, cl, -zs[0], -zs[1]);
        }
        double[] r = mul(t[0], t[1], sum[0], sum[1]);
        r = new double[] {Math.scalb(r[0], halvings), Math.scalb(r[1], halvings)};
        return inverted ? add(PIO2_HI, PIO2_LO, -r[0], -r[1]) : r;
    }

    private static double[] sqrt(double[] a) {
        double s = Math.sqrt(a[0]);
        if (s == 0) return new double[] {0.0, 0.0};
        double sl = Math.fma(s, s, -(s * s));
        double[] r = add(a[0], a[1], -(s * s), -sl);
        double e = r[0] / (2 * s);
        double h = s + e;
        return new double[] {h, e - (h - s)};
    }

    public static double atan(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Math.copySign(PIO2_HI, x);
        double a = Math.abs(x);
        if (a < 0x1p-27) return x;
        double[] r = atanParts(a, 0.0);
        return Math.copySign(r[0] + r[1], x);
    }

    /** atan2 for finite non-zero arguments (CPython's m_atan2 deals with the special values first). */
    public static double atan2(double y, double x) {
        double ay = Math.abs(y);
        double ax = Math.abs(x);
        double[] r;
        if (ay <= ax) {
            double q = ay / ax;
            if (q < 0x1p-27 && x > 0) return y / x;
            double[] t = divide2(ay, 0.0, ax, 0.0);
            r = atanParts(t[0], t[1]);
        } else {
            double[] t = divide2(ax, 0.0, ay, 0.0);
            double[] a = atanParts(t[0], t[1]);
            r = add(PIO2_HI, PIO2_LO, -a[0], -a[1]);
        }
        if (x < 0) r = add(PI_HI, PI_LO, -r[0], -r[1]);
        return Math.copySign(r[0] + r[1], y);
    }

    /** asin of |x| < 1 as a double-double: atan(x / sqrt(1 - x*x)). */
    private static double[] asinParts(double x) {
        double a = Math.abs(x);
        double[] x2 = mul(a, 0.0, a, 0.0);
        double[] root = sqrt(add(1.0, 0.0, -x2[0], -x2[1]));
        double[] t = divide2(a, 0.0, root[0], root[1]);
        double[] r = atanParts(t[0], t[1]);
        return x < 0 ? new double[] {-r[0], -r[1]} : r;
    }

    public static double asin(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) return Double.NaN;
        if (Math.abs(x) == 1) return Math.copySign(PIO2_HI, x);
        if (Math.abs(x) < 0x1p-26) return x;
        double[] r = asinParts(x);
        return r[0] + r[1];
    }

    public static double acos(double x) {
        if (Double.isNaN(x) || Math.abs(x) > 1) return Double.NaN;
        if (x == 1) return 0.0;
        if (x == -1) return PI_HI;
        if (Math.abs(x) < 0x1p-57) return PIO2_HI;
        double[] a = asinParts(x);
        double[] r = add(PIO2_HI, PIO2_LO, -a[0], -a[1]);
        return r[0] + r[1];
    }

    // ---- double-double arithmetic ----

    private static double[] add(double ah, double al, double bh, double bl) {
        double s = ah + bh;
        double v = s - ah;
        double e = (ah - (s - v)) + (bh - v);
        e += al + bl;
        double h = s + e;
        return new double[] {h, e - (h - s)};
    }

    private static double[] mul(double ah, double al, double bh, double bl) {
        double p = ah * bh;
        double e = Math.fma(ah, bh, -p);
        e += ah * bl + al * bh;
        double h = p + e;
        return new double[] {h, e - (h - p)};
    }

    private static double[] divide(double ah, double al, double b) {
        double q = ah / b;
        double r = Math.fma(-q, b, ah) + al;
        double q2 = r / b;
        double h = q + q2;
        return new double[] {h, q2 - (h - q)};
    }

    private static double[] divide2(double ah, double al, double bh, double bl) {
        double q = ah / bh;
        double[] qb = mul(q, 0.0, bh, bl);
        double[] r = add(ah, al, -qb[0], -qb[1]);
        double q2 = r[0] / bh;
        double h = q + q2;
        return new double[] {h, q2 - (h - q)};
    }
}
