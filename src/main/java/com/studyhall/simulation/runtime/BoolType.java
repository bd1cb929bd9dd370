package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** bool: a subtype of int with its own repr. */
final class BoolType extends IntType {
    BoolType(IntType intType, Interpreter in) {
        super("bool", intType, in);
    }

    @Override
    String repr(PyObject o) {
        return ((PyBool) o).truth() ? "True" : "False";
    }
}
