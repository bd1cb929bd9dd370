package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyRaise;

/** IEEE 754 binary16 as PyFloat_Pack2 and PyFloat_Unpack2 convert it (struct's 'e' code). */
final class HalfFloats {
    private HalfFloats() { }

    /** The 16 bits of x, rounded half to even; OverflowError past 65504 (after rounding). */
    static long pack(double x) {
        int sign;
        int e;
        int bits;
        if (x == 0.0) {
            sign = Math.copySign(1.0, x) < 0 ? 1 : 0;
            e = 0;
            bits = 0;
        } else if (Double.isInfinite(x)) {
            sign = x < 0 ? 1 : 0;
            e = 0x1f;
            bits = 0;
        } else if (Double.isNaN(x)) {
            sign = Math.copySign(1.0, x) < 0 ? 1 : 0;
            e = 0x1f;
            bits = 512;
        } else {
            sign = x < 0 ? 1 : 0;
            x = Math.abs(x);
            // frexp, then f normalized to [1.0, 2.0)
            e = Math.getExponent(x);
            double f = e < Double.MIN_EXPONENT ? 0.0 : x / Math.scalb(1.0, e);
            if (e >= 16) throw overflow();
            if (e < -25) {
                f = 0.0;
                e = 0;
            } else if (e < -14) {
                f = Math.scalb(f, 14 + e);
                e = 0;
            } else {
                e += 15;
                f -= 1.0;
            }
            f *= 1024.0;
            bits = (int) f;
            if (f - bits > 0.5 || (f - bits == 0.5 && bits % 2 == 1)) {
                bits++;
                if (bits == 1024) {
                    bits = 0;
                    e++;
                    if (e == 31) throw overflow();
                }
            }
        }
        return bits | ((long) e << 10) | ((long) sign << 15);
    }

    private static PyRaise overflow() {
        return new PyRaise("OverflowError", "float too large to pack with e format");
    }

    static double unpack(int half) {
        int sign = (half >> 15) & 1;
        int e = (half >> 10) & 0x1f;
        int f = half & 0x3ff;
        double x;
        if (e == 0x1f) {
            x = f == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            x = f / 1024.0;
            if (e == 0) {
                e = -14;
            } else {
                x += 1.0;
                e -= 15;
            }
            x = Math.scalb(x, e);
        }
        return sign == 1 ? -x : x;
    }
}
