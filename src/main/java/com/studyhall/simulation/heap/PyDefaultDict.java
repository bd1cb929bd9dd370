package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** collections.defaultdict: a dict with a default_factory pointer (8 bytes more than a dict). */
public final class PyDefaultDict extends PyDict {
    /** null for None. */
    public PyObject factory;

    @Override
    public String typeName() {
        return "collections.defaultdict";
    }

    /** defdict_traverse visits the factory, then the dict. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (factory != null) visit.accept(factory);
        super.traverse(visit);
    }

    @Override
    public void gcTraverse(Consumer<PyObject> visit) {
        if (factory != null) visit.accept(factory);
        dictTraverse(visit);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (factory != null) visit.accept(".default_factory", factory);
        super.labeledRefs(visit);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit, int max) {
        if (factory != null) visit.accept(".default_factory", factory);
        super.labeledRefs(visit, max - 1);
    }

    /** defdict_dealloc drops the factory, then the dict's entries. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject f = factory;
        factory = null;
        if (f != null) heap.decref(f);
        super.releaseContents(heap);
    }

    /** defdict_tp_clear: the factory goes first, then dict_tp_clear. */
    @Override
    public void clear(Heap heap) {
        PyObject f = factory;
        factory = null;
        if (f != null) heap.decref(f);
        super.clear(heap);
    }

    @Override
    public long sizeof() {
        return super.sizeof() + 8;
    }
}
