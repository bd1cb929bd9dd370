package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A types.SimpleNamespace (Objects/namespaceobject.c): an object header and the dict its
 * attributes live in, made empty by tp_new (so even SimpleNamespace() owns one). Tracked by the
 * collector from birth, as every Py_TPFLAGS_HAVE_GC object.
 */
public final class PyNamespace extends PyObject {
    public PyDict dict;

    public PyNamespace(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public String typeName() {
        return "types.SimpleNamespace";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** namespace_traverse: the dict. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (dict != null) visit.accept(dict);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (dict != null) visit.accept("__dict__", dict);
    }

    /** namespace_clear and namespace_dealloc: Py_CLEAR of the dict. */
    @Override
    public void releaseContents(Heap heap) {
        PyDict d = dict;
        dict = null;
        if (d != null) heap.decref(d);
    }

    /** sizeof(_PyNamespaceObject): the header and one pointer, 24 bytes, plus the 16-byte GC header. */
    @Override
    public long sizeof() {
        return 40;
    }

    @Override
    public String shortValue() {
        return "namespace";
    }
}
