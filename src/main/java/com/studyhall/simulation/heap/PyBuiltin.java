package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A builtin function or method. Module-level builtins are shared; a method taken from an object
 * ({@code f = lst.append}) holds its self.
 */
public final class PyBuiltin extends PyObject {
    public final String name;
    public PyObject self;
    public final String owner;

    public PyBuiltin(String name, PyObject self, String owner) {
        this.name = name;
        this.self = self;
        this.owner = owner;
    }

    @Override
    public String typeName() {
        return "builtin_function_or_method";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (self != null) visit.accept(self);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (self != null) visit.accept("__self__", self);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject s = self;
        self = null;
        if (s != null) heap.decref(s);
    }

    @Override
    public long sizeof() {
        return 72;
    }

    @Override
    public String shortValue() {
        return name;
    }
}
