package com.studyhall.simulation.heap;

import com.studyhall.simulation.library.PyHash;
import java.math.BigInteger;

/**
 * int: arbitrary precision, stored in 30-bit digits by CPython (which sets its size). A value that
 * fits a long is a PyInt holding that long; a larger one is a {@link PyBigInt}. A BigInteger and
 * its digit array in every int cost about 60 bytes, and a field for one 8 more, which a loop
 * making a million ints paid for in the JVM's young collections. A value that fits is never a
 * PyBigInt: {@link #of} picks the form.
 */
public class PyInt extends PyObject {
    private final long small;

    public PyInt(long value) {
        this.small = value;
    }

    /** The int of any value: a PyInt when it fits a long, else a PyBigInt. */
    public static PyInt of(BigInteger value) {
        return value.bitLength() < 64 ? new PyInt(value.longValue()) : new PyBigInt(value);
    }

    /** True when {@link #longValue()} is the value (the fast path's test). */
    public boolean fitsLong() {
        return true;
    }

    /** The value, when {@link #fitsLong()}; otherwise meaningless. */
    public long longValue() {
        return small;
    }

    /** The value at full precision (a new BigInteger for a long outside BigInteger's own cache). */
    public BigInteger value() {
        return BigInteger.valueOf(small);
    }

    public int signum() {
        return Long.signum(small);
    }

    /** BigInteger.bitLength(): bits of the two's complement form, sign bit excluded. */
    public int bitLength() {
        return 64 - Long.numberOfLeadingZeros(small < 0 ? ~small : small);
    }

    /** hash(): the value modulo 2**61 - 1, as CPython's long_hash. */
    public long pyHash() {
        return PyHash.ofLong(small);
    }

    /** Numeric order of two ints (Long.compare when both fit). */
    public static int compare(PyInt a, PyInt b) {
        if (a.fitsLong() && b.fitsLong()) return Long.compare(a.small, b.small);
        return a.value().compareTo(b.value());
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public long sizeof() {
        // Math.abs(Long.MIN_VALUE) stays negative, which numberOfLeadingZeros reads as 2**63: 64 bits, as wanted.
        return sizeForBits(64 - Long.numberOfLeadingZeros(Math.abs(small)));
    }

    /** CPython's size of an int whose absolute value has this many bits: 30-bit digits, at least one. */
    static long sizeForBits(int bits) {
        int digits = Math.max(1, (bits + 29) / 30);
        return 24 + 4L * digits;
    }

    /** The value in decimal, as str() prints it. */
    public String decimal() {
        return Long.toString(small);
    }

    @Override
    public String shortValue() {
        String s = decimal();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
