package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An io.StringIO as CPython 3.11's Modules/_io/stringio.c keeps it. Written at its end, it is
 * "accumulating": the written str objects themselves wait in a list (the _PyAccu's small list,
 * made with the object), so a StringIO holds a reference to every string written to it until
 * getvalue(), read() or a readline joins them. Otherwise it is "realized": the text lives in a
 * character buffer (no objects) with a position that may point past its end.
 */
public final class PyStringIO extends PyWeakReferenceable {
    /** The accumulated strings while accumulating; null once realized or closed. */
    public PyList accu;
    /** The realized text (meaningful when accu is null). */
    public final StringBuilder buffer = new StringBuilder();
    public long pos;
    public boolean closed;
    /** The instance dict, made by the first attribute a program sets on the object. */
    public PyDict dict;

    public PyStringIO(PyList accu) {
        this.accu = accu;
    }

    @Override
    public String typeName() {
        return "_io.StringIO";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (accu != null) visit.accept(accu);
        if (dict != null) visit.accept(dict);
    }

    /** stringio_traverse visits only the instance dict, not the accumulator's list. */
    @Override
    public void gcTraverse(Consumer<PyObject> visit) {
        if (dict != null) visit.accept(dict);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (accu != null) visit.accept("accu", accu);
        if (dict != null) visit.accept("__dict__", dict);
    }

    /** stringio_dealloc: _PyAccu_Destroy, then stringio_clear's Py_CLEAR of the dict. */
    @Override
    public void releaseContents(Heap heap) {
        PyList l = accu;
        PyDict d = dict;
        accu = null;
        dict = null;
        if (l != null) heap.decref(l);
        if (d != null) heap.decref(d);
    }

    /** sizeof(stringio), 120 bytes, and the GC header; 3.11 counts no buffer in it. */
    @Override
    public long sizeof() {
        return 136;
    }

    @Override
    public String shortValue() {
        return "StringIO";
    }
}
