package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** type: the type of the classes a class statement makes. */
final class ClassType extends BuiltinType {
    ClassType(Interpreter in) {
        super("type", null, in);
    }

    @Override
    String repr(PyObject o) {
        PyClass c = (PyClass) o;
        return "<class '" + (c.builtin ? "" : "__main__.") + c.qualname + "'>";
    }
}
