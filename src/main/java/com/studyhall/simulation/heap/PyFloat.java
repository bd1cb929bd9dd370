package com.studyhall.simulation.heap;

/** float: a C double. */
public final class PyFloat extends PyObject {
    public final double value;

    public PyFloat(double value) {
        this.value = value;
    }

    @Override
    public String typeName() {
        return "float";
    }

    @Override
    public long sizeof() {
        return 24;
    }

    @Override
    public String shortValue() {
        return Reprs.floatRepr(value);
    }
}
