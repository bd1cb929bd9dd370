package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A generator object. Its frame (the locals, the function, and the values its suspended body still
 * holds on its stack, such as a for loop's iterator) lives as long as the generator is suspended,
 * and is cleared when the body finishes or the generator is closed.
 */
public final class PyGenerator extends PyWeakReferenceable {
    public enum State { CREATED, SUSPENDED, RUNNING, FINISHED }

    public final String qualname;
    /** The frame's fast locals (shared with the runtime's frame) and their names. */
    public PyObject[] locals;
    public final List<String> names;
    /** The function the frame holds (f_func). */
    public PyObject function;
    /** Operands the suspended body holds on its value stack. */
    public final List<PyObject> savedStack = new ArrayList<>();
    /** Temporaries of the statement the body suspended in (owned; roots until the statement ends). */
    public final List<PyObject> savedScratch = new ArrayList<>();
    public State state = State.CREATED;
    /**
     * gen_sizeof: the generator with its frame header (168 bytes on 64-bit 3.11) and one word per
     * local, cell, free variable and value-stack slot of its code; fixed by the code, so the same
     * after the generator finishes.
     */
    public long frameSize;
    /** The runtime's handle on the suspended body (its frame and thread). */
    public Object body;

    public PyGenerator(String qualname, PyObject[] locals, List<String> names, PyObject function) {
        this.qualname = qualname;
        this.locals = locals;
        this.names = names;
        this.function = function;
    }

    /** True while the frame still holds its locals (created or suspended). */
    public boolean hasFrame() {
        return locals != null;
    }

    @Override
    public String typeName() {
        return "generator";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        labeledRefs((label, o) -> visit.accept(o));
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (locals == null) return;
        FrameRefs.visit("gi_frame.", function, names, locals, visit);
        for (PyObject o : savedStack) visit.accept("gi_frame (stack)", o);
    }

    /**
     * The frame object a traceback holds has taken the locals and the function over (take_ownership):
     * clearing the frame then drops only the stack.
     */
    public void handFrameOver() {
        locals = new PyObject[0];
        function = null;
    }

    /** _PyFrame_Clear: the stack, then the locals in order, then the function. */
    public void clearFrame(Heap heap) {
        if (locals == null) return;
        PyObject[] l = locals;
        PyObject f = function;
        List<PyObject> st = new ArrayList<>(savedStack);
        List<PyObject> temporaries = new ArrayList<>(savedScratch);
        savedScratch.clear();
        for (PyObject t : temporaries) heap.decref(t);
        locals = null;
        function = null;
        savedStack.clear();
        state = State.FINISHED;
        for (int i = st.size() - 1; i >= 0; i--) heap.decref(st.get(i));
        for (int i = 0; i < l.length; i++) {
            PyObject v = l[i];
            l[i] = null;
            if (v != null) heap.decref(v);
        }
        if (f != null) heap.decref(f);
    }

    @Override
    public void releaseContents(Heap heap) {
        clearFrame(heap);
    }

    @Override
    public long sizeof() {
        return frameSize;
    }

    @Override
    public String shortValue() {
        return "<generator object " + qualname + ">";
    }
}
