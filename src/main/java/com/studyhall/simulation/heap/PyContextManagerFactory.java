package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What @contextlib.contextmanager returns: CPython's `helper`, a function whose closure cell and
 * __dict__ (__wrapped__) both hold the generator function; calling it makes a
 * _GeneratorContextManager. Its names are the generator function's (functools.wraps).
 */
public final class PyContextManagerFactory extends PyObject {
    public PyObject func;

    public PyContextManagerFactory(PyObject func) {
        this.func = func;
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** The closure cell's and the __dict__'s references to the function. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (func != null) {
            visit.accept(func);
            visit.accept(func);
        }
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (func != null) {
            visit.accept("__closure__[0]", func);
            visit.accept("__wrapped__", func);
        }
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject f = func;
        func = null;
        if (f != null) {
            heap.decref(f);
            heap.decref(f);
        }
    }

    @Override
    public long sizeof() {
        return 152;
    }

    @Override
    public String shortValue() {
        return "contextmanager helper";
    }
}
