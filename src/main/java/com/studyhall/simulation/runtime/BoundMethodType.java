package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** method: a function bound to an instance. */
final class BoundMethodType extends BuiltinType {
    BoundMethodType(Interpreter in) {
        super("method", null, in);
    }

    /**
     * A bound method holds its instance and its function (what keeps an object alive through a stored
     * callback); its name and documentation are the function's.
     */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyBoundMethod m = (PyBoundMethod) o;
        return switch (attr) {
            case "__self__" -> heap.newRef(m.self);
            case "__func__" -> heap.newRef(m.function);
            // method_getattro passes what the method type lacks on to the function (abc.abstractmethod's mark too).
            case "__name__", "__qualname__", "__doc__", "__module__", "__isabstractmethod__", "__code__", "__annotations__" -> in.getAttr(m.function, attr);
            // A bound lru_cache wrapper: r.render.cache_info() is the wrapper's own method.
            default -> m.function instanceof PyLruCache ? in.getAttr(m.function, attr) : null;
        };
    }

    @Override
    String repr(PyObject o) {
        PyBoundMethod m = (PyBoundMethod) o;
        String qualname;
        if (m.function instanceof PyFunction f) {
            qualname = f.funcQualname;
        } else {
            PyObject name = in.getAttr(m.function, "__qualname__");
            qualname = ops().str(name);
            heap.decref(name);
        }
        return "<bound method " + qualname + " of " + ops().repr(m.self) + ">";
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
