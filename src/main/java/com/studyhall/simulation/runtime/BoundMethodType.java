package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** method: a function bound to an instance. */
final class BoundMethodType extends BuiltinType {
    BoundMethodType(Interpreter in) {
        super("method", null, in);
    }

    @Override
    String repr(PyObject o) {
        PyBoundMethod m = (PyBoundMethod) o;
        return "<bound method " + ((PyFunction) m.function).qualname + " of " + ops().repr(m.self) + ">";
    }
}
