package com.studyhall.simulation.heap;

/** bool: a subclass of int with two shared instances. */
public final class PyBool extends PyInt {
    public PyBool(boolean b) {
        super(b ? 1 : 0);
        shared = true;
    }

    public boolean truth() {
        return longValue() != 0;
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
