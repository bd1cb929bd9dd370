package com.studyhall.simulation.heap;

import java.math.BigInteger;

/** int: arbitrary precision, stored in 30-bit digits by CPython (which sets its size). */
public class PyInt extends PyObject {
    public final BigInteger value;

    public PyInt(BigInteger value) {
        this.value = value;
    }

    @Override
    public String typeName() {
        return "int";
    }

    @Override
    public long sizeof() {
        int bits = value.abs().bitLength();
        int digits = Math.max(1, (bits + 29) / 30);
        return 24 + 4L * digits;
    }

    @Override
    public String shortValue() {
        String s = value.toString();
        return s.length() > 40 ? s.substring(0, 37) + "..." : s;
    }
}
