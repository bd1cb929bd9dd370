package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** NotImplementedType: the singleton a slot wrapper returns for an operand its type does not handle. */
final class NotImplementedType extends BuiltinType {
    NotImplementedType(Interpreter in) {
        super("NotImplementedType", null, in);
    }

    @Override
    String repr(PyObject o) {
        return "NotImplemented";
    }
}
