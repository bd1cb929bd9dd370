package com.studyhall.simulation.heap;

/**
 * collections.Counter: a Python subclass of dict, so each instance also has the managed-dict
 * pre-header and a weak-reference slot (24 bytes more than a dict).
 */
public final class PyCounter extends PyDict {
    @Override
    public String typeName() {
        return "Counter";
    }

    @Override
    public long sizeof() {
        return super.sizeof() + 24;
    }
}
