package com.studyhall.simulation.heap;

import java.math.BigInteger;

/** bool: a subclass of int with two shared instances. */
public final class PyBool extends PyInt {
    public PyBool(boolean b) {
        super(b ? BigInteger.ONE : BigInteger.ZERO);
        shared = true;
    }

    public boolean truth() {
        return value.signum() != 0;
    }

    @Override
    public String typeName() {
        return "bool";
    }

    @Override
    public long sizeof() {
        return 28;
    }

    @Override
    public String shortValue() {
        return truth() ? "True" : "False";
    }
}
