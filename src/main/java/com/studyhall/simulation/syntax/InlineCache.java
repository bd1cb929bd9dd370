package com.studyhall.simulation.syntax;

/**
 * The inline cache of one adaptive instruction (PRECALL of a call, BINARY_SUBSCR of a subscript):
 * CPython 3.11 keeps it in the code object after the instruction, so it lives as long as the node.
 * runtime.Specializer reads and writes it; the parser only makes an empty one.
 */
public final class InlineCache {
    /** What the instruction specialized into; null while it is adaptive (or not quickened yet). */
    public Object specialization;
    /** While adaptive: the back-off counter (value << 4 | exponent); while specialized: the misses left. */
    public int counter;
    /** A specialization's cached operand: the callable PRECALL last hit with, BINARY_SUBSCR_GETITEM's class and function. */
    public Object guard;
    /**
     * A builtin method call's site: the receiver's type name (or its module) the kind below was
     * worked out for, and that kind (runtime.RecursionCounter), so a loop asks the tables once.
     */
    public Object methodKindFor;
    public Object methodKind;

    @Override
    public boolean equals(Object o) {
        return o instanceof InlineCache; // state, not syntax: nodes compare as their source does
    }

    @Override
    public int hashCode() {
        return 0;
    }

    @Override
    public String toString() {
        return "InlineCache";
    }
}
