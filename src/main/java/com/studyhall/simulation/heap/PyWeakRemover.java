package com.studyhall.simulation.heap;

/**
 * The {@code _remove} function a weak container gives its weak references as their callback: it
 * reaches its container through a weak reference (selfref in Lib/weakref.py), so it holds nothing.
 */
public final class PyWeakRemover extends PyObject {
    /** The container, or null once it is gone. */
    public PyWeakContainer owner;

    public PyWeakRemover(PyWeakContainer owner) {
        this.owner = owner;
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public long sizeof() {
        return 152;
    }

    @Override
    public String shortValue() {
        return "_remove";
    }
}
