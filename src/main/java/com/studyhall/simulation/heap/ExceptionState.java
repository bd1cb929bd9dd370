package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;

/**
 * The fields BaseException adds to an instance: args, __traceback__, __cause__, __context__ and
 * __suppress_context__ (each object field is one owned reference, or null).
 */
public final class ExceptionState {
    public PyObject args;
    public PyObject traceback;
    public PyObject cause;
    public PyObject context;
    public boolean suppressContext;

    public ExceptionState(PyObject args) {
        this.args = args;
    }

    /** BaseException_traverse order: args, traceback, cause, context. */
    void visit(BiConsumer<String, PyObject> visit) {
        if (args != null) visit.accept("args", args);
        if (traceback != null) visit.accept("__traceback__", traceback);
        if (cause != null) visit.accept("__cause__", cause);
        if (context != null) visit.accept("__context__", context);
    }

    /** BaseException_clear: args, traceback, cause, context, each set to NULL before its release. */
    void clear(Heap heap) {
        PyObject a = args, t = traceback, c = cause, x = context;
        args = null;
        traceback = null;
        cause = null;
        context = null;
        heap.decref(a);
        heap.decref(t);
        heap.decref(c);
        heap.decref(x);
    }
}
