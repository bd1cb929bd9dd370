package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** weakref.KeyedRef: a weak reference that also holds the dictionary key it is stored under (WeakValueDictionary). */
public final class PyKeyedRef extends PyWeakref {
    public PyObject key;

    public PyKeyedRef(PyObject referent, PyObject callback, PyObject key) {
        super(referent, callback);
        this.key = key;
    }

    @Override
    public String typeName() {
        return "weakref.KeyedRef";
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        super.traverse(visit);
        if (key != null) visit.accept(key);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        super.labeledRefs(visit);
        if (key != null) visit.accept(".key", key);
    }

    @Override
    public void releaseContents(Heap heap) {
        super.releaseContents(heap);
        PyObject k = key;
        key = null;
        if (k != null) heap.decref(k);
    }
}
