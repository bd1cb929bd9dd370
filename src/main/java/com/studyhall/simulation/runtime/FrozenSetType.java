package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * frozenset: set's operators and queries without the methods that change it; hashable, so it can
 * be a dict key or a member of a set. An augmented assignment ({@code fs |= other}) makes a new one.
 */
final class FrozenSetType extends SetLikeType {
    FrozenSetType(Interpreter in) {
        super("frozenset", in);
    }
}
