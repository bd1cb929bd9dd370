package com.studyhall.simulation.heap;

/** frozenset: a set that cannot change, so it can be hashed (a dict key, a member of a set). */
public final class PyFrozenSet extends PySet {
    /**
     * A stand-in for a frozenset the lab keeps hidden and counted elsewhere (a class's
     * __abstractmethods__): made and freed without touching generation 0's count.
     */
    public boolean standIn;

    @Override
    public String typeName() {
        return "frozenset";
    }
}
