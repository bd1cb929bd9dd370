package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * WeakMethod's {@code _cb}: a function whose closure holds two cells, {@code self_wr} (a weak
 * reference to the WeakMethod) and the user's {@code callback} (or None).
 */
public final class PyWeakMethodCallback extends PyObject {
    public PyTuple closure;

    public PyWeakMethodCallback(PyTuple closure) {
        this.closure = closure;
    }

    public PyCell selfCell() {
        return (PyCell) closure.items[0];
    }

    public PyCell callbackCell() {
        return (PyCell) closure.items[1];
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (closure != null) visit.accept(closure);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (closure != null) visit.accept("__closure__", closure);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyTuple c = closure;
        closure = null;
        if (c != null) heap.decref(c);
    }

    @Override
    public long sizeof() {
        return 152;
    }

    @Override
    public String shortValue() {
        return "WeakMethod.__new__.<locals>._cb";
    }
}
