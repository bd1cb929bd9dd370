package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A class's {@code __dict__} as CPython hands it out: a new read-only mappingproxy over the class
 * dict at each read (type_dict), 40 bytes, tracked, holding the dict.
 */
public final class PyMappingProxy extends PyObject {
    public PyClass cls;
    public PyDict mapping;
    /** For a builtin type ({@code object.__dict__}): its name; its dict is not an object of the lab's. */
    public final String builtinType;

    public PyMappingProxy(PyClass cls, PyDict mapping) {
        this.cls = cls;
        this.mapping = mapping;
        this.builtinType = null;
    }

    public PyMappingProxy(String builtinType) {
        this.builtinType = builtinType;
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
        PyDict m = mapping;
        mapping = null;
        cls = null;
        if (m != null) heap.decref(m);
    }

    @Override
    public long sizeof() {
        return 40;
    }

    @Override
    public String shortValue() {
        return "mappingproxy";
    }
}
