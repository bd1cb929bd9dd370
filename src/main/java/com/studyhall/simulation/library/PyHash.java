package com.studyhall.simulation.library;

import java.math.BigInteger;

/** CPython's deterministic hashes on 64-bit builds: ints and floats modulo 2**61 - 1 ({@code pyhash.c}) and tuples (xxHash-based, 3.8+). */
public final class PyHash {
    private static final long MODULUS = (1L << 61) - 1;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);
    private static final long XXPRIME_1 = 0x9E3779B185EBCA87L;
    private static final long XXPRIME_2 = 0xC2B2AE3D27D4EB4FL;
    private static final long XXPRIME_5 = 0x27D4EB2F165667C5L;

    private PyHash() { }

    /** {@link #ofInt} for a value that fits a long, without a BigInteger. */
    public static long ofLong(long v) {
        if (v == Long.MIN_VALUE) return ofInt(BigInteger.valueOf(v)); // its absolute value does not fit
        long h = Math.abs(v) % MODULUS;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long ofInt(BigInteger v) {
        long h = v.abs().mod(BIG_MODULUS).longValue();
        if (v.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    /** _Py_HashDouble: integral floats hash as the int; inf is 314159; nan needs the object's identity (null). */
    public static Long ofFloat(double d) {
        if (Double.isNaN(d)) return null;
        if (Double.isInfinite(d)) return d > 0 ? 314159L : -314159L;
        double m = Math.abs(d);
        int e = Math.getExponent(m) + 1;
        double mant = m / Math.scalb(1.0, e); // frexp: m = mant * 2**e, 0.5 <= mant < 1
        if (mant >= 1.0) { // subnormals: getExponent reports the minimum exponent
            mant /= 2;
            e++;
        }
        if (m == 0) return 0L;
        long x = 0;
        while (mant != 0) {
            x = ((x << 28) & MODULUS) | (x >>> (61 - 28));
            mant *= 268435456.0;
            e -= 28;
            long y = (long) mant;
            mant -= y;
            x += y;
            if (x >= MODULUS) x -= MODULUS;
        }
        int shift = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << shift) & MODULUS) | (x >>> (61 - shift));
        if (d < 0) x = -x;
        return x == -1 ? -2L : x;
    }

    /** tuplehash over the items' hashes. */
    public static long ofTuple(long[] itemHashes) {
        long acc = XXPRIME_5;
        for (long lane : itemHashes) {
            acc += lane * XXPRIME_2;
            acc = Long.rotateLeft(acc, 31);
            acc *= XXPRIME_1;
        }
        acc += itemHashes.length ^ (XXPRIME_5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }
}
