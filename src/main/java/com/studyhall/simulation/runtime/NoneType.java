package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** NoneType: always false, repr None. */
final class NoneType extends BuiltinType {
    NoneType(Interpreter in) {
        super("NoneType", null, in);
    }

    @Override
    boolean truthy(PyObject o) {
        return false;
    }

    @Override
    String repr(PyObject o) {
        return "None";
    }
}
