package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An operator.itemgetter object (Modules/_operator.c, 3.11): the one item it fetches, or, for
 * several, the argument tuple of the constructor call itself; 64 bytes with its GC header.
 */
public final class PyItemGetter extends PyObject {
    /** How many items the getter fetches (1: {@link #item} is the key itself; more: a tuple of keys). */
    public final int nitems;
    public PyObject item;

    public PyItemGetter(int nitems, PyObject item) {
        this.nitems = nitems;
        this.item = item;
    }

    @Override
    public String typeName() {
        return "operator.itemgetter";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (item != null) visit.accept(item);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (item != null) visit.accept("item", item);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject i = item;
        item = null;
        heap.decref(i);
    }

    /** PyObject_HEAD, nitems, item, index and the vectorcall pointer. */
    @Override
    public long sizeof() {
        return 64;
    }

    @Override
    public String shortValue() {
        return "itemgetter";
    }
}
