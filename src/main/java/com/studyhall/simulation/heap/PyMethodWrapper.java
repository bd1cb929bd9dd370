package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A slot wrapper bound to an object ({@code [1, 2].__len__}): CPython's method-wrapper, holding its self. */
public final class PyMethodWrapper extends PyObject {
    public PyMethodDescriptor descriptor;
    public PyObject self;

    public PyMethodWrapper(PyMethodDescriptor descriptor, PyObject self) {
        this.descriptor = descriptor;
        this.self = self;
    }

    @Override
    public String typeName() {
        return "method-wrapper";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (descriptor != null) visit.accept(descriptor);
        if (self != null) visit.accept(self);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (descriptor != null) visit.accept("descriptor", descriptor);
        if (self != null) visit.accept("__self__", self);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject s = self;
        PyObject d = descriptor;
        self = null;
        descriptor = null;
        if (d != null) heap.decref(d);
        if (s != null) heap.decref(s);
    }

    @Override
    public long sizeof() {
        return 48;
    }

    @Override
    public String shortValue() {
        return descriptor == null ? "method-wrapper" : descriptor.name;
    }
}
