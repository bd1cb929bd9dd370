package com.studyhall.simulation.heap;

/**
 * What {@code object()} returns: a bare PyObject header (16 bytes) with no attributes, no GC
 * header (the collector never tracks it) and no room for weak references. Programs use it as a
 * unique sentinel.
 */
public final class PyPlainObject extends PyObject {
    @Override
    public String typeName() {
        return "object";
    }

    @Override
    public long sizeof() {
        return 16;
    }

    @Override
    public String shortValue() {
        return "object";
    }
}
