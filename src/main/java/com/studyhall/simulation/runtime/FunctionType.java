package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** function: a def or lambda; calls go through the interpreter's frames. */
final class FunctionType extends BuiltinType {
    FunctionType(Interpreter in) {
        super("function", null, in);
    }

    @Override
    String repr(PyObject o) {
        PyFunction f = (PyFunction) o;
        return "<function " + f.qualname + " at " + Reprs.address(f) + ">";
    }
}
