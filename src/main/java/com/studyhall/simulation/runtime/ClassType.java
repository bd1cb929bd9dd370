package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** type: the type of the classes a class statement makes. */
final class ClassType extends BuiltinType {
    ClassType(Interpreter in) {
        super("type", null, in);
        method("mro", (self, args, kw) -> {
            Args.count("mro", args, 0, 0);
            return in.classAttributes.mroList((PyClass) self);
        });
    }

    @Override
    String repr(PyObject o) {
        PyClass c = (PyClass) o;
        return "<class '" + (c.module != null ? c.module + "." : c.builtin ? "" : "__main__.") + c.qualname + "'>";
    }
}
