package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** ellipsis: the type of {@code ...}; true, and its repr is its name. */
final class EllipsisType extends BuiltinType {
    EllipsisType(Interpreter in) {
        super("ellipsis", null, in);
    }

    @Override
    String repr(PyObject o) {
        return "Ellipsis";
    }
}
