package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A method bound to its instance (obj.method without calling it). */
public final class PyBoundMethod extends PyWeakReferenceable {
    public PyObject self;
    public PyObject function;

    public PyBoundMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
    }

    @Override
    public String typeName() {
        return "method";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (function != null) visit.accept(function);
        if (self != null) visit.accept(self);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (function != null) visit.accept("__func__", function);
        if (self != null) visit.accept("__self__", self);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject s = self;
        PyObject f = function;
        self = null;
        function = null;
        if (f != null) heap.decref(f);
        if (s != null) heap.decref(s);
    }

    @Override
    public long sizeof() {
        return 64;
    }
}
