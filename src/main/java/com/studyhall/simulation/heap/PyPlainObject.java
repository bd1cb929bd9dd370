package com.studyhall.simulation.heap;

/**
 * What {@code object()} returns: a bare PyObject header (16 bytes) with no attributes, no GC
 * header (the collector never tracks it) and no room for weak references. Programs use it as a
 * unique sentinel.
 */
public final class PyPlainObject extends PyObject {
    /** An instance of a plain class the lab does not show (dataclasses.MISSING, KW_ONLY): a GC object. */
    private final boolean gcObject;

    public PyPlainObject() {
        this(false);
    }

    public PyPlainObject(boolean gcObject) {
        this.gcObject = gcObject;
    }

    @Override
    public boolean isGcType() {
        return gcObject;
    }

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
