package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** tuple: fixed items. */
public class PyTuple extends PyObject {
    public final PyObject[] items;

    public PyTuple(PyObject[] items) {
        this.items = items;
    }

    @Override
    public String typeName() {
        return "tuple";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** tupletraverse, like list_traverse, goes from the last item to the first. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (int i = items.length - 1; i >= 0; i--) if (items[i] != null) visit.accept(items[i]);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (int i = 0; i < items.length; i++) if (items[i] != null) visit.accept("[" + i + "]", items[i]);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit, int max) {
        for (int i = 0; i < items.length && i < max; i++) if (items[i] != null) visit.accept("[" + i + "]", items[i]);
    }

    /** tupledealloc drops items from the last to the first. */
    @Override
    public void releaseContents(Heap heap) {
        for (int i = items.length - 1; i >= 0; i--) {
            PyObject item = items[i];
            items[i] = null;
            if (item != null) heap.decref(item);
        }
    }

    @Override
    public long sizeof() {
        return 40 + 8L * items.length;
    }

    @Override
    public String shortValue() {
        return "len " + items.length;
    }
}
