package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** super: attribute lookup starts after the named class in the object's MRO. */
final class SuperType extends BuiltinType {
    SuperType(Interpreter in) {
        super("super", null, in);
    }

    @Override
    String repr(PyObject o) {
        PySuper s = (PySuper) o;
        return "<super: <class '" + s.type.name + "'>, <" + s.objType.name + " object>>";
    }
}
