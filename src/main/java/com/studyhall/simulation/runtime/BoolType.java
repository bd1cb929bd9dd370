package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** bool: a subtype of int with its own repr. */
final class BoolType extends IntType {
    BoolType(IntType intType, Interpreter in) {
        super("bool", intType, in);
    }

    /** bool_and, bool_or, bool_xor: two bools give a bool; with any other int, int's operator answers. */
    @Override
    PyObject binary(com.studyhall.simulation.syntax.TokenType op, PyObject a, PyObject b) {
        if (a instanceof PyBool x && b instanceof PyBool y) {
            switch (op) {
                case AMPER: return v.bool(x.truth() & y.truth());
                case PIPE: return v.bool(x.truth() | y.truth());
                case CARET: return v.bool(x.truth() ^ y.truth());
                default: break;
            }
        }
        return super.binary(op, a, b);
    }

    @Override
    String repr(PyObject o) {
        return ((PyBool) o).truth() ? "True" : "False";
    }
}
