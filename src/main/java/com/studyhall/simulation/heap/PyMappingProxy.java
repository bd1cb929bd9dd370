package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * types.MappingProxyType: a read-only view of a mapping it holds, 40 bytes, tracked. Two kinds reach
 * a lab program: a class's {@code __dict__} (a new proxy over the class dict at each read, as
 * CPython's type_dict makes it; {@code cls} set) and a proxy over a plain dict (EnumType's
 * {@code __members__}; {@code cls} null).
 */
public final class PyMappingProxy extends PyObject {
    /** The class whose dict this is, or null for a proxy over a plain mapping. */
    public PyClass cls;
    public PyObject mapping;
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

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
        this.builtinType = null;
    }

    /** A class's {@code __dict__} (of a program's class or a builtin type), not a proxy over a dict. */
    public boolean ofClass() {
        return cls != null || builtinType != null;
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
