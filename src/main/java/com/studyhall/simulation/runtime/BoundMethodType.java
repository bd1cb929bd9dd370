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

    /**
     * method_richcompare: two bindings of one function to the same object are equal (each
     * {@code obj.meth} is a new method object), so {@code callbacks.remove(self.on_update)} finds it.
     */
    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyBoundMethod y && ((PyBoundMethod) a).self == y.self
                && ops().sameOrEqual(((PyBoundMethod) a).function, y.function);
    }
}
