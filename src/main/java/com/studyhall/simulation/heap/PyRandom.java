package com.studyhall.simulation.heap;

import com.studyhall.simulation.library.MersenneTwister;

/**
 * A random.Random instance (Lib/random.py's class over Modules/_randommodule.c): its own
 * Mersenne Twister state and the second value of the last gauss() pair. The module's hidden
 * instance (random._inst, behind the module functions) is one too, never put on the heap.
 */
public final class PyRandom extends PyWeakReferenceable {
    public final MersenneTwister mt = new MersenneTwister();
    /** Random.gauss_next (null: None); seed() clears it. */
    public Double gaussNext;

    @Override
    public String typeName() {
        return "random.Random";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /**
     * RandomObject's 624 state words and index, the subclass's weak-reference slot, and the
     * managed-dict and GC pre-header: 2560 bytes, as python3 3.11 reports.
     */
    @Override
    public long sizeof() {
        return 2560;
    }

    @Override
    public String shortValue() {
        return "Random";
    }
}
