package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A link of a bounded lru_cache's recency list (lru_list_elem, not tracked by gc): one key and its result. */
public final class PyLruNode extends PyObject {
    public PyObject key;
    public PyObject result;

    public PyLruNode(PyObject key, PyObject result) {
        this.key = key;
        this.result = result;
    }

    @Override
    public String typeName() {
        return "functools._lru_list_elem";
    }

    /** Nothing: the wrapper's traverse reports a link's key and result, as lru_cache_tp_traverse does. */
    @Override
    public void traverse(Consumer<PyObject> visit) { }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (key != null) visit.accept("key", key);
        if (result != null) visit.accept("result", result);
    }

    /** lru_list_elem_dealloc: key, then result. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject k = key;
        PyObject r = result;
        key = null;
        result = null;
        if (k != null) heap.decref(k);
        if (r != null) heap.decref(r);
    }

    @Override
    public long sizeof() {
        return 56;
    }
}
