package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A frame object (PyFrameObject), made when a traceback needs one. While its frame runs, the
 * frame's locals belong to the running frame; when the frame ends and the object is still
 * referenced (a traceback holds it), the object takes them over (take_ownership in CPython 3.11)
 * and keeps every local alive until it is freed.
 */
public final class PyFrameObject extends PyObject {
    public final String name;
    public final java.util.List<String> varnames;
    /** The frame's locals once this object owns them (null before). */
    public PyObject[] locals;
    public PyObject function;
    /** f_locals (the dict locals() made in the frame) once this object owns the locals, or null. */
    public PyObject fLocals;
    public PyFrameObject back;
    public int lineno;
    /** co_varnames: the parameters and the other locals that are not cells (a NameError's suggestions). */
    public java.util.List<String> codeVarnames = java.util.List.of();

    public PyFrameObject(String name, java.util.List<String> varnames) {
        this.name = name;
        this.varnames = varnames;
    }

    public boolean owned() {
        return locals != null;
    }

    @Override
    public String typeName() {
        return "frame";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** frame_traverse: f_back, then (when it owns them) the function and the locals. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        labeledRefs((label, o) -> visit.accept(o));
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (back != null) visit.accept("f_back", back);
        if (fLocals != null) visit.accept("f_locals", fLocals);
        if (locals != null) FrameRefs.visit("", function, varnames, locals, visit);
    }

    /** frame_dealloc: the function, f_locals, then the locals in slot order, then f_back. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject f = function;
        function = null;
        heap.decref(f);
        PyObject d = fLocals;
        fLocals = null;
        heap.decref(d);
        clear(heap);
        PyObject b = back;
        back = null;
        heap.decref(b);
    }

    /** frame_tp_clear: the locals only. */
    @Override
    public void clear(Heap heap) {
        if (locals == null) return;
        for (int i = 0; i < locals.length; i++) {
            PyObject v = locals[i];
            locals[i] = null;
            heap.decref(v);
        }
    }

    @Override
    public long sizeof() {
        return 0;
    }

    @Override
    public String shortValue() {
        return name;
    }
}
