package com.studyhall.simulation.library;

/**
 * The float algorithms of CPython 3.11's math module that are not one libm call, written after
 * Modules/mathmodule.c (gamma, lgamma, the vector norm of hypot and dist, fsum, remainder, ulp) and
 * after the glibc 2.36 routines CPython calls on Linux where Java has none (erf, erfc, cbrt). Each
 * keeps the C code's order of floating-point operations: a reordered sum rounds differently.
 * A result that C reports through errno comes back as NaN or an infinity; {@link #gammaError}
 * tells the caller which error CPython raises.
 */
public final class MathFunctions {
    private MathFunctions() { }

    private static final double PI = 3.141592653589793238462643383279502884197;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;

    /** glibc's exp, log and pow: correctly rounded (see {@link CorrectlyRounded}). */
    public static double exp(double x) {
        return CorrectlyRounded.exp(x);
    }

    public static double log(double x) {
        return CorrectlyRounded.log(x);
    }

    static double pow(double x, double y) {
        return CorrectlyRounded.pow(x, y);
    }

    /** sin(pi * x) for finite x, exact at the integers (m_sinpi). */
    static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        // C's round(): halves away from zero (2*y is in [0, 4), so v - n is exact).
        double v = 2.0 * y;
        int n = (int) v;
        if (v - n >= 0.5) n++;
        double r = switch (n) {
            case 0 -> Math.sin(PI * y);
            case 1 -> Math.cos(PI * (y - 0.5));
            case 2 -> Math.sin(PI * (1.0 - y));
            case 3 -> -Math.cos(PI * (y - 1.5));
            default -> Math.sin(PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    /** x*(x+1)*...*(x+11) expanded. */
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    /** Lanczos' sum as a rational function, in 1/x for large x so it cannot overflow. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** What math.gamma/lgamma raise for x, or null (m_tgamma and m_lgamma set errno). */
    public static String gammaError(double x, boolean logarithm) {
        if (Double.isNaN(x)) return null;
        if (logarithm) {
            if (Double.isInfinite(x)) return null;
            if (x == Math.floor(x) && x <= 0) return "ValueError";
            return Double.isInfinite(lgamma(x)) ? "OverflowError" : null;
        }
        if (Double.isInfinite(x)) return x < 0 ? "ValueError" : null;
        if (x == 0.0 || (x == Math.floor(x) && x < 0)) return "ValueError";
        return Double.isInfinite(gamma(x)) ? "OverflowError" : null;
    }

    /** m_tgamma: exact table for small integers, Lanczos with the error correction, reflection below 0. */
    public static double gamma(double x) {
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x == Double.NEGATIVE_INFINITY) return Double.NaN;
        if (x == 0.0) return Math.copySign(Double.POSITIVE_INFINITY, x);
        if (x == Math.floor(x)) {
            if (x < 0.0) return Double.NaN;
            if (x <= 23) {
                double f = 1.0;
                for (int i = 2; i < (int) x; i++) f *= i;
                return f;
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) return 1.0 / x;
        if (absx > 200.0) return x < 0.0 ? 0.0 / sinpi(x) : Double.POSITIVE_INFINITY;
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -PI / sinpi(absx) / absx * exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= pow(y, absx - 0.5);
            } else {
                double sqrtpow = pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        return r;
    }

    /** m_lgamma: log|gamma(x)|, Lanczos for all x with the reflection formula below 0. */
    public static double lgamma(double x) {
        if (Double.isNaN(x)) return x;
        if (Double.isInfinite(x)) return Double.POSITIVE_INFINITY;
        if (x == Math.floor(x) && x <= 2.0) return x <= 0.0 ? Double.POSITIVE_INFINITY : 0.0;
        double absx = Math.abs(x);
        if (absx < 1e-20) return -log(absx);
        double r = log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) r = LOG_PI - log(Math.abs(sinpi(absx))) - log(absx) - r;
        return r;
    }

    // glibc's s_erf.c (fdlibm's rational approximations, evaluated in Shimizu's pipelined order).
    private static final double ERX = 8.45062911510467529297e-01;
    private static final double EFX = 1.28379167095512586316e-01;
    private static final double[] PP = {1.28379167095512558561e-01, -3.25042107247001499370e-01,
        -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
    private static final double[] QQ = {0.0, 3.97917223959155352819e-01, 6.50222499887672944485e-02,
        5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
    private static final double[] PA = {-2.36211856075265944077e-03, 4.14856118683748331666e-01,
        -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01,
        3.54783043256182359371e-02, -2.16637559486879084300e-03};
    private static final double[] QA = {0.0, 1.06420880400844228286e-01, 5.40397917702171048937e-01,
        7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02,
        1.19844998467991074170e-02};
    private static final double[] RA = {-9.86494403484714822705e-03, -6.93858572707181764372e-01,
        -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02,
        -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
    private static final double[] SA = {0.0, 1.96512716674392571292e+01, 1.37657754143519042600e+02,
        4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02,
        1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
    private static final double[] RB = {-9.86494292470009928597e-03, -7.99283237680523006574e-01,
        -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02,
        -1.02509513161107724954e+03, -4.83519191608651397019e+02};
    private static final double[] SB = {0.0, 3.03380607434824582924e+01, 3.25792512996573918826e+02,
        1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03,
        4.74528541206955367215e+02, -2.24409524465858183362e+01};

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** (erf(x) - x) / x on |x| < 0.84375. */
    private static double smallRatio(double x) {
        double z = x * x;
        double r1 = PP[0] + z * PP[1];
        double z2 = z * z;
        double r2 = PP[2] + z * PP[3];
        double z4 = z2 * z2;
        double s1 = 1.0 + z * QQ[1];
        double s2 = QQ[2] + z * QQ[3];
        double s3 = QQ[4] + z * QQ[5];
        double r = r1 + z2 * r2 + z4 * PP[4];
        double s = s1 + z2 * s2 + z4 * s3;
        return r / s;
    }

    /** P/Q of erf(1 + s) - erx on 0.84375 <= |x| < 1.25, as {P, Q}. */
    private static double[] nearOne(double x) {
        double s = Math.abs(x) - 1.0;
        double p1 = PA[0] + s * PA[1];
        double s2 = s * s;
        double q1 = 1.0 + s * QA[1];
        double s4 = s2 * s2;
        double p2 = PA[2] + s * PA[3];
        double s6 = s4 * s2;
        double q2 = QA[2] + s * QA[3];
        double p3 = PA[4] + s * PA[5];
        double q3 = QA[4] + s * QA[5];
        double p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
        double q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
        return new double[] {p, q};
    }

    /** exp(-x*x - 0.5625 + R/S) for 1.25 <= x, the asymptotic part of erfc (x positive). */
    private static double tail(double x, boolean nearRange) {
        double s = 1.0 / (x * x);
        double bigR;
        double bigS;
        if (nearRange) {
            double r1 = RA[0] + s * RA[1];
            double s2 = s * s;
            double q1 = 1.0 + s * SA[1];
            double s4 = s2 * s2;
            double r2 = RA[2] + s * RA[3];
            double s6 = s4 * s2;
            double q2 = SA[2] + s * SA[3];
            double s8 = s4 * s4;
            double r3 = RA[4] + s * RA[5];
            double q3 = SA[4] + s * SA[5];
            double r4 = RA[6] + s * RA[7];
            double q4 = SA[6] + s * SA[7];
            bigR = r1 + s2 * r2 + s4 * r3 + s6 * r4;
            bigS = q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8];
        } else {
            double r1 = RB[0] + s * RB[1];
            double s2 = s * s;
            double q1 = 1.0 + s * SB[1];
            double s4 = s2 * s2;
            double r2 = RB[2] + s * RB[3];
            double s6 = s4 * s2;
            double q2 = SB[2] + s * SB[3];
            double r3 = RB[4] + s * RB[5];
            double q3 = SB[4] + s * SB[5];
            double q4 = SB[6] + s * SB[7];
            bigR = r1 + s2 * r2 + s4 * r3 + s6 * RB[6];
            bigS = q1 + s2 * q2 + s4 * q3 + s6 * q4;
        }
        double z = Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffffffff00000000L);
        return exp(-z * z - 0.5625) * exp((z - x) * (z + x) + bigR / bigS);
    }

    public static double erf(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return Double.isNaN(x) ? x : Math.copySign(1.0, x);
        if (ix < 0x3feb0000) {
            if (ix < 0x3e300000) {
                if (ix < 0x00800000) return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
                return x + EFX * x;
            }
            return x + x * smallRatio(x);
        }
        if (ix < 0x3ff40000) {
            double[] pq = nearOne(x);
            return hx >= 0 ? ERX + pq[0] / pq[1] : -ERX - pq[0] / pq[1];
        }
        if (ix >= 0x40180000) return hx >= 0 ? 1.0 - 1e-300 : 1e-300 - 1.0;
        double ax = Math.abs(x);
        double r = tail(ax, ix < 0x4006DB6E);
        return hx >= 0 ? 1.0 - r / ax : r / ax - 1.0;
    }

    public static double erfc(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fffffff;
        if (ix >= 0x7ff00000) return Double.isNaN(x) ? x : x > 0 ? 0.0 : 2.0;
        if (ix < 0x3feb0000) {
            if (ix < 0x3c700000) return 1.0 - x;
            double y = smallRatio(x);
            if (hx < 0x3fd00000) return 1.0 - (x + x * y);
            double r = x * y;
            r += x - 0.5;
            return 0.5 - r;
        }
        if (ix < 0x3ff40000) {
            double[] pq = nearOne(x);
            if (hx >= 0) return (1.0 - ERX) - pq[0] / pq[1];
            return 1.0 + (ERX + pq[0] / pq[1]);
        }
        if (ix < 0x403c0000) {
            double ax = Math.abs(x);
            if (ix >= 0x4006DB6D && hx < 0 && ix >= 0x40180000) return 2.0 - 1e-300;
            double r = tail(ax, ix < 0x4006DB6D);
            return hx > 0 ? r / ax : 2.0 - r / ax;
        }
        return hx > 0 ? 0.0 : 2.0 - 1e-300;
    }

    /** glibc's cbrt: a polynomial guess refined by one Halley step, scaled by 2**(e/3). */
    public static double cbrt(double x) {
        if (x == 0 || Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        int xe = Math.getExponent(x) + 1;
        double ax = Math.abs(x);
        if (Math.getExponent(x) < Double.MIN_EXPONENT) { // subnormal: frexp normalizes first
            double scaled = ax * 0x1p54;
            xe = Math.getExponent(scaled) + 1 - 54;
        }
        double xm = Math.scalb(ax, -xe);
        double u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430
                + ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
        double t2 = u * u * u;
        double ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + xe % 3];
        return Math.scalb(x > 0.0 ? ym : -ym, xe / 3);
    }

    private static final double CBRT2 = 1.2599210498948731648;
    private static final double SQR_CBRT2 = 1.5874010519681994748;
    private static final double[] CBRT_FACTOR = {1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2};

    /**
     * vector_norm of hypot and dist: power-of-two scaling, Veltkamp-Dekker squares, compensated
     * sums and one differential correction of the square root. vec holds the absolute values.
     */
    public static double vectorNorm(double[] vec, double max, boolean foundNan) {
        final double t27 = 134217729.0;
        int n = vec.length;
        if (Double.isInfinite(max)) return max;
        if (foundNan) return Double.NaN;
        if (max == 0.0 || n <= 1) return max;
        int maxE = Math.getExponent(max) + 1;
        double csum = 1.0;
        double frac1 = 0.0;
        double frac2 = 0.0;
        double frac3 = 0.0;
        if (maxE >= -1023) {
            double scale = Math.scalb(1.0, -maxE);
            for (double v : vec) {
                double x = v * scale;
                double t = x * t27;
                double hi = t - (t - x);
                double lo = x - hi;
                x = hi * hi;
                double old = csum;
                csum += x;
                frac1 += (old - csum) + x;
                x = 2.0 * hi * lo;
                old = csum;
                csum += x;
                frac2 += (old - csum) + x;
                frac3 += lo * lo;
            }
            double h = Math.sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
            double x = h;
            double t = x * t27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = -hi * hi;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            x = -2.0 * hi * lo;
            old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            x = -lo * lo;
            old = csum;
            csum += x;
            frac3 += (old - csum) + x;
            x = csum - 1.0 + (frac1 + frac2 + frac3);
            return (h + x / (2.0 * h)) / scale;
        }
        for (double v : vec) {
            double x = v / max;
            x = x * x;
            double old = csum;
            csum += x;
            frac1 += (old - csum) + x;
        }
        return max * Math.sqrt(csum - 1.0 + frac1);
    }

    /** glibc's e_sinh.c (fdlibm's): expm1 below 22, half of exp above, split near overflow. */
    public static double sinh(double x) {
        int jx = highWord(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;
        double h = jx < 0 ? -0.5 : 0.5;
        double ax = Math.abs(x);
        if (ix < 0x40360000) {
            if (ix < 0x3e300000) return x;
            double t = StrictMath.expm1(ax);
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862e42) return h * exp(ax);
        if (belowOverflowThreshold(ix, x)) {
            double w = exp(0.5 * ax);
            double t = h * w;
            return t * w;
        }
        return x * 1.0e307;
    }

    /** glibc's e_cosh.c (fdlibm's). */
    public static double cosh(double x) {
        int ix = highWord(x) & 0x7fffffff;
        double ax = Math.abs(x);
        if (ix < 0x40360000) {
            if (ix < 0x3fd62e43) {
                if (ix < 0x3c800000) return 1.0;
                double t = StrictMath.expm1(ax);
                double w = 1.0 + t;
                return 1.0 + (t * t) / (w + w);
            }
            double t = exp(ax);
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862e42) return 0.5 * exp(ax);
        if (belowOverflowThreshold(ix, x)) {
            double w = exp(0.5 * ax);
            double t = 0.5 * w;
            return t * w;
        }
        if (ix >= 0x7ff00000) return x * x;
        return Double.POSITIVE_INFINITY;
    }

    private static boolean belowOverflowThreshold(int ix, double x) {
        long lx = Double.doubleToRawLongBits(x) & 0xffffffffL;
        return ix < 0x408633ce || (ix == 0x408633ce && lx <= 0x8fb9f87dL);
    }

    /** fdlibm's inverse hyperbolic functions, as glibc's e_acosh.c, s_asinh.c and e_atanh.c compute them. */
    public static double asinh(double x) {
        int ix = highWord(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;
        if (ix < 0x3e300000) return x;
        double ax = Math.abs(x);
        double w;
        if (ix > 0x41b00000) w = log(ax) + LN2;
        else if (ix > 0x40000000) w = log(2.0 * ax + 1.0 / (Math.sqrt(ax * ax + 1.0) + ax));
        else {
            double t = ax * ax;
            w = StrictMath.log1p(ax + t / (1.0 + Math.sqrt(1.0 + t)));
        }
        return Math.copySign(w, x);
    }

    public static double acosh(double x) {
        int hx = highWord(x);
        if (hx < 0x3ff00000) return Double.NaN;
        if (hx >= 0x41b00000) return hx >= 0x7ff00000 ? x + x : log(x) + LN2;
        if (x == 1.0) return 0.0;
        if (hx > 0x40000000) {
            double t = x * x;
            return log(2.0 * x - 1.0 / (x + Math.sqrt(t - 1.0)));
        }
        double t = x - 1.0;
        return StrictMath.log1p(t + Math.sqrt(2.0 * t + t * t));
    }

    public static double atanh(double x) {
        double ax = Math.abs(x);
        if (ax > 1.0 || Double.isNaN(x)) return Double.NaN;
        if (ax == 1.0) return x / 0.0;
        if (ax < 0x1p-28) return x;
        double t;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * StrictMath.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * StrictMath.log1p((ax + ax) / (1.0 - ax));
        }
        return Math.copySign(t, x);
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    /** glibc's e_log10.c (fdlibm's): log10(x) = n*log10(2) + log(m)/ln(10) in two parts. */
    public static double log10(double x) {
        int k = MathFunctions.frexpExponent(x) - 1;
        double m = Math.scalb(x, -k);
        // fdlibm moves m into [sqrt(2)/2, sqrt(2)) only by the sign of k: i = 1 when k < 0.
        int i = k < 0 ? 1 : 0;
        double y = k + i;
        m = Math.scalb(m, -i);
        double z = y * 3.69423907715893078616e-13 + 4.34294481903251816668e-01 * log(m);
        return z + y * 3.01029995663611771306e-01;
    }

    /** IEEE 754 remainder, exact (m_remainder). */
    public static double remainder(double x, double y) {
        if (Double.isFinite(x) && Double.isFinite(y)) {
            if (y == 0.0) return Double.NaN;
            double absx = Math.abs(x);
            double absy = Math.abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            return Math.copySign(1.0, x) * r;
        }
        if (Double.isNaN(x)) return x;
        if (Double.isNaN(y)) return y;
        if (Double.isInfinite(x)) return Double.NaN;
        return x;
    }

    /** math.ulp. */
    public static double ulp(double x) {
        if (Double.isNaN(x)) return x;
        x = Math.abs(x);
        if (Double.isInfinite(x)) return x;
        double up = Math.nextUp(x);
        if (Double.isInfinite(up)) return x - Math.nextDown(x);
        return up - x;
    }

    /** C's frexp for finite non-zero x: m in [0.5, 1) with x = m * 2**e. */
    public static int frexpExponent(double x) {
        double ax = Math.abs(x);
        if (Math.getExponent(ax) < Double.MIN_EXPONENT) return Math.getExponent(ax * 0x1p54) + 1 - 54;
        return Math.getExponent(ax) + 1;
    }

    /**
     * math.fsum: Shewchuk's exact partials, then the half-even fix-up across partials; an infinite
     * partial from finite items is intermediate overflow. Returns the sum or throws
     * ArithmeticException with CPython's message ("OverflowError:..." or "ValueError:...").
     */
    public static double fsum(double[] items) {
        double[] p = new double[Math.max(8, items.length + 1)];
        int n = 0;
        double specialSum = 0.0;
        double infSum = 0.0;
        for (double item : items) {
            double x = item;
            int i = 0;
            for (int j = 0; j < n; j++) {
                double y = p[j];
                if (Math.abs(x) < Math.abs(y)) {
                    double t = x;
                    x = y;
                    y = t;
                }
                double hi = x + y;
                double yr = hi - x;
                double lo = y - yr;
                if (lo != 0.0) p[i++] = lo;
                x = hi;
            }
            n = i;
            if (x != 0.0) {
                if (!Double.isFinite(x)) {
                    if (Double.isFinite(item)) throw new ArithmeticException("OverflowError:intermediate overflow in fsum");
                    if (Double.isInfinite(item)) infSum += item;
                    specialSum += item;
                    n = 0;
                } else {
                    if (n >= p.length) p = java.util.Arrays.copyOf(p, p.length * 2);
                    p[n++] = x;
                }
            }
        }
        if (specialSum != 0.0 || Double.isNaN(specialSum)) {
            if (Double.isNaN(infSum)) throw new ArithmeticException("ValueError:-inf + inf in fsum");
            return specialSum;
        }
        double hi = 0.0;
        if (n > 0) {
            hi = p[--n];
            double lo = 0.0;
            while (n > 0) {
                double x = hi;
                double y = p[--n];
                hi = x + y;
                double yr = hi - x;
                lo = y - yr;
                if (lo != 0.0) break;
            }
            if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
                double y = lo * 2.0;
                double x = hi + y;
                double yr = x - hi;
                if (y == yr) hi = x;
            }
        }
        return hi;
    }
}
