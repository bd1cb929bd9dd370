package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * KeysView, ValuesView or ItemsView (Lib/_collections_abc.py) of a ChainMap: a Python object with
 * __slots__ = ('_mapping',), so it holds one reference, to its ChainMap.
 */
public final class PyChainMapView extends PyObject {
    /** "KeysView", "ValuesView" or "ItemsView". */
    public final String kind;
    public PyChainMap mapping;

    public PyChainMapView(String kind, PyChainMap mapping) {
        this.kind = kind;
        this.mapping = mapping;
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
        if (mapping != null) visit.accept(mapping);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (mapping != null) visit.accept("_mapping", mapping);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyChainMap old = mapping;
        mapping = null;
        heap.decref(old);
    }

    /** A slotted instance: object header and GC pre-header plus the one slot (no dict, no weakref). */
    @Override
    public long sizeof() {
        return 40;
    }
}
