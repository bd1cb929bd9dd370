package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An itertools iterator (Modules/itertoolsmodule.c): its kind, the objects it holds in the order
 * its tp_traverse visits them (a slot is null once the iterator let it go), and its counters.
 */
public final class PyItertool extends PyObject {
    public final String kind;
    public final PyObject[] refs;
    /** Counters and indices (islice's next/stop/step/cnt, cycle's index, the combinatorics' state). */
    public long[] state;
    /** The combinatoric iterators' index and cycle arrays; null for the others. */
    public int[] indices;
    public int[] cycles;
    public boolean stopped;
    /** groupby's current _grouper, a borrowed pointer (not a reference) as in C. */
    public PyObject currentGrouper;
    private final long size;

    public PyItertool(String kind, long size, PyObject... refs) {
        this.kind = kind;
        this.size = size;
        this.refs = refs;
    }

    @Override
    public String typeName() {
        return "itertools." + kind;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject r : refs) if (r != null) visit.accept(r);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (PyObject r : refs) if (r != null) visit.accept("holds", r);
    }

    /** Replaces a held reference (taking the caller's), releasing the old one. */
    public void set(int i, PyObject value, Heap heap) {
        PyObject old = refs[i];
        refs[i] = value;
        if (old != null) heap.decref(old);
    }

    @Override
    public void releaseContents(Heap heap) {
        for (int i = 0; i < refs.length; i++) set(i, null, heap);
    }

    @Override
    public long sizeof() {
        return size;
    }

    @Override
    public String shortValue() {
        return kind;
    }
}
