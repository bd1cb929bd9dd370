package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A traceback entry (PyTracebackObject): the frame an exception passed through and the line it was at. */
public final class PyTraceback extends PyObject {
    public PyObject next;
    public PyFrameObject frame;
    public final int lineno;

    public PyTraceback(PyObject next, PyFrameObject frame, int lineno) {
        this.next = next;
        this.frame = frame;
        this.lineno = lineno;
    }

    @Override
    public String typeName() {
        return "traceback";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (next != null) visit.accept(next);
        if (frame != null) visit.accept(frame);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (next != null) visit.accept("tb_next", next);
        if (frame != null) visit.accept("tb_frame", frame);
    }

    /** tb_dealloc: tb_next first, then the frame. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject n = next, f = frame;
        next = null;
        frame = null;
        heap.decref(n);
        heap.decref(f);
    }

    @Override
    public long sizeof() {
        // PyTracebackObject: the header, tb_next, tb_frame, tb_lasti and tb_lineno (40), and the GC header.
        return 56;
    }

    @Override
    public String shortValue() {
        return "line " + lineno;
    }
}
