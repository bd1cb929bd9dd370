package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** {@code int | None} (types.UnionType): the tuple of its distinct member types. */
public final class PyUnionType extends PyObject {
    public PyTuple args;

    public PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public String typeName() {
        return "types.UnionType";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (args != null) visit.accept(args);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (args != null) visit.accept("__args__", args);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject a = args;
        args = null;
        if (a != null) heap.decref(a);
    }

    @Override
    public long sizeof() {
        return 48;
    }
}
