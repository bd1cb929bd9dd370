package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** list: items plus CPython's allocated capacity, which getsizeof reports. */
public final class PyList extends PyObject {
    public final ArrayList<PyObject> items;
    public int allocated;

    public PyList(ArrayList<PyObject> items, int allocated) {
        this.items = items;
        this.allocated = allocated;
    }

    @Override
    public String typeName() {
        return "list";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** list_traverse visits items from the last to the first: this decides the collector's order. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (int i = items.size() - 1; i >= 0; i--) visit.accept(items.get(i));
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (int i = 0; i < items.size(); i++) visit.accept("[" + i + "]", items.get(i));
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit, int max) {
        for (int i = 0; i < items.size() && i < max; i++) visit.accept("[" + i + "]", items.get(i));
    }

    /** list_dealloc drops items from the last to the first. */
    @Override
    public void releaseContents(Heap heap) {
        for (int i = items.size() - 1; i >= 0; i--) {
            PyObject item = items.remove(i);
            heap.decref(item);
        }
        allocated = 0;
    }

    /** list_clear (tp_clear) also drops items from the last to the first after detaching them. */
    @Override
    public void clear(Heap heap) {
        ArrayList<PyObject> old = new ArrayList<>(items);
        items.clear();
        allocated = 0;
        for (int i = old.size() - 1; i >= 0; i--) heap.decref(old.get(i));
    }

    /** list_resize's over-allocation (CPython 3.11), called before the items change. */
    public void resizeFor(int newSize) {
        resizeFor(newSize, items.size());
    }

    /**
     * list_resize from oldSize, the length the list had when CPython resized it (a caller that has
     * already changed the items says what it was): a growth larger than the over-allocation would
     * add is rounded up to a multiple of 4 only.
     */
    public void resizeFor(int newSize, int oldSize) {
        if (allocated >= newSize && newSize >= (allocated >> 1)) return;
        if (newSize == 0) {
            allocated = 0;
            return;
        }
        long newAllocated = ((long) newSize + (newSize >> 3) + 6) & ~3L;
        if (newSize - oldSize > newAllocated - newSize) newAllocated = (newSize + 3) & ~3L;
        allocated = (int) newAllocated;
    }

    @Override
    public long sizeof() {
        return 56 + 8L * allocated;
    }

    @Override
    public String shortValue() {
        return "len " + items.size();
    }
}
