package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** dict_keys, dict_values, dict_items: a live view holding its dict. */
public final class PyView extends PyObject {
    public final String kind;
    public PyDict dict;

    public PyView(String kind, PyDict dict) {
        this.kind = kind;
        this.dict = dict;
    }

    @Override
    public String typeName() {
        return kind;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (dict != null) visit.accept(dict);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (dict != null) visit.accept("dict", dict);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyDict d = dict;
        dict = null;
        if (d != null) heap.decref(d);
    }

    @Override
    public long sizeof() {
        return 40;
    }
}
