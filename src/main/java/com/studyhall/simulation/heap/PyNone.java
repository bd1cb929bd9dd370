package com.studyhall.simulation.heap;

/** The None singleton. */
public final class PyNone extends PyObject {
    public PyNone() {
        shared = true;
    }

    @Override
    public String typeName() {
        return "NoneType";
    }

    @Override
    public long sizeof() {
        return 16;
    }

    @Override
    public String shortValue() {
        return "None";
    }
}
