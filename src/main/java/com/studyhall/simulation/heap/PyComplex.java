package com.studyhall.simulation.heap;

/** A complex number: two doubles in a 32-byte object the collector never tracks (PyComplexObject). */
public final class PyComplex extends PyObject {
    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public String typeName() {
        return "complex";
    }

    @Override
    public long sizeof() {
        return 32;
    }

    @Override
    public String shortValue() {
        return com.studyhall.simulation.library.ComplexMath.repr(new com.studyhall.simulation.library.ComplexMath.C(real, imag));
    }
}
