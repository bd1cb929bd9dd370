package com.studyhall.simulation.heap;

import java.math.BigInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A fractions.Fraction: an instance of Lib/fractions.py's class, whose two slots (_numerator,
 * _denominator) hold int objects in lowest terms with a positive denominator. 48 bytes (an object
 * with two slots and the GC header), tracked.
 */
public final class PyFraction extends PyObject {
    public PyObject numerator;
    public PyObject denominator;

    public PyFraction(PyObject numerator, PyObject denominator) {
        this.numerator = numerator;
        this.denominator = denominator;
    }

    public BigInteger num() {
        return ((PyInt) numerator).value();
    }

    public BigInteger den() {
        return ((PyInt) denominator).value();
    }

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    /**
     * Fraction.__hash__: |numerator| times the inverse of the denominator modulo 2**61 - 1 (314159
     * when there is none), with the numerator's sign: equal to the hash of the equal int or float.
     */
    public long pyHash() {
        BigInteger den = den().mod(MODULUS);
        BigInteger h = den.signum() == 0 ? BigInteger.valueOf(314159)
                : num().abs().mod(MODULUS).multiply(den.modInverse(MODULUS)).mod(MODULUS);
        long r = num().signum() < 0 ? -h.longValue() : h.longValue();
        return r == -1 ? -2 : r;
    }

    /** The class's tp_name, which CPython's error messages show. */
    @Override
    public String typeName() {
        return "Fraction";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (numerator != null) visit.accept(numerator);
        if (denominator != null) visit.accept(denominator);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (numerator != null) visit.accept("_numerator", numerator);
        if (denominator != null) visit.accept("_denominator", denominator);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject n = numerator;
        PyObject d = denominator;
        numerator = null;
        denominator = null;
        if (n != null) heap.decref(n);
        if (d != null) heap.decref(d);
    }

    @Override
    public long sizeof() {
        return 48;
    }

    @Override
    public String shortValue() {
        return numerator == null ? "Fraction" : den().equals(BigInteger.ONE) ? num().toString() : num() + "/" + den();
    }
}
