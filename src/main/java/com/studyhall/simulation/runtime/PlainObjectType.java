package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** object: the type of object() instances; equality and hashing are identity, which BuiltinType gives. */
final class PlainObjectType extends BuiltinType {
    PlainObjectType(Interpreter in) {
        super("object", null, in);
    }

    @Override
    String repr(PyObject o) {
        return "<object object at " + Reprs.address(o) + ">";
    }
}
