package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * memoryview, one-dimensional: a window of items start, start + step, ... (length of them) onto
 * the buffer of its managed buffer's object. Reading or writing an item goes to the exporter's
 * own storage, so a slice copies nothing.
 */
public final class PyMemoryView extends PyWeakReferenceable {
    /** The managed buffer (a strong reference); kept after release, until the view dies. */
    public PyManagedBuffer mbuf;
    /** view.obj: the exporter, borrowed (the managed buffer holds it). */
    public final PyObject obj;
    public final char format;
    public final int itemsize;
    public final boolean readonly;
    public final int start;
    public final int step;
    public final int length;
    public boolean released;

    public PyMemoryView(PyManagedBuffer mbuf, char format, int itemsize, boolean readonly, int start, int step, int length) {
        this.mbuf = mbuf;
        this.obj = mbuf.obj;
        this.format = format;
        this.itemsize = itemsize;
        this.readonly = readonly;
        this.start = start;
        this.step = step;
        this.length = length;
    }

    @Override
    public String typeName() {
        return "memoryview";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (mbuf != null) visit.accept(mbuf);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (mbuf != null) visit.accept("managed buffer", mbuf);
    }

    /** _memory_release: the last view released releases the managed buffer's export. */
    public void release(Heap heap) {
        if (released) return;
        released = true;
        if (--mbuf.exports == 0) mbuf.release(heap);
    }

    /** memory_dealloc: release, then drop the managed buffer. */
    @Override
    public void releaseContents(Heap heap) {
        if (mbuf == null) return;
        release(heap);
        PyManagedBuffer m = mbuf;
        mbuf = null;
        heap.decref(m);
    }

    /** A one-dimensional view: 168 bytes of object (with shape, strides and suboffsets) and a GC header. */
    @Override
    public long sizeof() {
        return 184;
    }

    @Override
    public String shortValue() {
        return released ? "released" : "'" + format + "', len " + length;
    }
}
