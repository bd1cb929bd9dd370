package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * collections.ChainMap: an instance of a pure-Python class (Lib/collections/__init__.py) whose one
 * instance attribute, maps, is a list of mappings. CPython 3.11 keeps that attribute in the
 * instance's inline values (no dict object), so the instance holds exactly one reference: the list.
 */
public final class PyChainMap extends PyWeakReferenceable {
    /** The maps list (a program may replace or mutate it); never null. */
    public PyList maps;

    public PyChainMap(PyList maps) {
        this.maps = maps;
    }

    @Override
    public String typeName() {
        return "ChainMap";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(maps);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        visit.accept("maps", maps);
    }

    /** subtype_dealloc clears the inline values: the maps list goes. */
    @Override
    public void releaseContents(Heap heap) {
        PyList old = maps;
        maps = null;
        heap.decref(old);
    }

    /** An instance of a Python class without __slots__: object header, GC and managed-dict pre-headers, weakref slot. */
    @Override
    public long sizeof() {
        return 56;
    }

    @Override
    public String shortValue() {
        return maps == null ? "" : maps.items.size() + " maps";
    }
}
