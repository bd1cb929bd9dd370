package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** types.MappingProxyType: a read-only view of a dict it holds (EnumType's __members__). */
public final class PyMappingProxy extends PyObject {
    public PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public String typeName() {
        return "mappingproxy";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (mapping != null) visit.accept(mapping);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (mapping != null) visit.accept("mapping", mapping);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject m = mapping;
        mapping = null;
        if (m != null) heap.decref(m);
    }

    @Override
    public long sizeof() {
        return 40;
    }
}
