package com.studyhall.simulation.heap;

import com.studyhall.simulation.library.PyHash;
import java.math.BigInteger;

/**
 * int: arbitrary precision, stored in 30-bit digits by CPython (which sets its size). A value that
 * fits a long is kept as one, and a BigInteger only past that: a BigInteger and its digit array
 * cost about 60 bytes more per int, which a loop making a million ints paid for in the JVM's
 * young collections. The two forms are never mixed up: a value that fits is always a long.
 */
public class PyInt extends PyObject {
    private final long small;
    /** The value when it does not fit a long; null when {@link #small} holds it. */
    private final BigInteger big;

    public PyInt(long value) {
        this.small = value;
        this.big = null;
    }

    public PyInt(BigInteger value) {
        boolean fits = value.bitLength() < 64;
        this.small = fits ? value.longValue() : 0;
        this.big = fits ? null : value;
    }

    /** True when {@link #longValue()} is the value (the fast path's test). */
    public boolean fitsLong() {
        return big == null;
    }

    /** The value, when {@link #fitsLong()}; otherwise meaningless. */
    public long longValue() {
        return small;
    }

    /** The value at full precision (a new BigInteger for a long outside BigInteger's own cache). */
    public BigInteger value() {
        return big != null ? big : BigInteger.valueOf(small);
    }

    public int signum() {
        return big != null ? big.signum() : Long.signum(small);
    }

    /** BigInteger.bitLength(): bits of the two's complement form, sign bit excluded. */
    public int bitLength() {
        return big != null ? big.bitLength() : 64 - Long.numberOfLeadingZeros(small < 0 ? ~small : small);
    }

    /** hash(): the value modulo 2**61 - 1, as CPython's long_hash. */
    public long pyHash() {
        return big != null ? PyHash.ofInt(big) : PyHash.ofLong(small);
    }

    /** Numeric order of two ints (Long.compare when both fit). */
    public static int compare(PyInt a, PyInt b) {
        if (a.big == null && b.big == null) return Long.compare(a.small, b.small);
        return a.value().compareTo(b.value());
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public long sizeof() {
        // Math.abs(Long.MIN_VALUE) stays negative, which numberOfLeadingZeros reads as 2**63: 64 bits, as wanted.
        int bits = big != null ? big.abs().bitLength() : 64 - Long.numberOfLeadingZeros(Math.abs(small));
        int digits = Math.max(1, (bits + 29) / 30);
        return 24 + 4L * digits;
    }

    /** The value in decimal, as str() prints it. */
    public String decimal() {
        return big != null ? big.toString() : Long.toString(small);
    }

    @Override
    public String shortValue() {
        String s = decimal();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
