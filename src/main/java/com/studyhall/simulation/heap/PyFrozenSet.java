package com.studyhall.simulation.heap;

/** frozenset: a set that cannot change, so it can be hashed (a dict key, a member of a set). */
public final class PyFrozenSet extends PySet {
    @Override
    public String typeName() {
        return "frozenset";
    }
}
