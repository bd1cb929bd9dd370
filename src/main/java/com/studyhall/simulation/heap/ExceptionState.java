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
    /**
     * The members a builtin subclass adds before BaseException's (StopIteration's value, SystemExit's
     * code, OSError's errno, strerror, filename, filename2), each an owned reference or null (read as
     * None); names and values have the same length, empty for the other classes.
     */
    public final String[] memberNames;
    public final PyObject[] members;
    /** tp_basicsize past BaseException's struct (the members, and fields not modelled as objects). */
    public int extraSize;

    public ExceptionState(PyObject args) {
        this(args, new String[0]);
    }

    public ExceptionState(PyObject args, String[] memberNames) {
        this.args = args;
        this.memberNames = memberNames;
        this.members = new PyObject[memberNames.length];
    }

    /** The index of a member named name, or -1. */
    public int member(String name) {
        for (int i = 0; i < memberNames.length; i++) if (memberNames[i].equals(name)) return i;
        return -1;
    }

    /** The subclass's traverse (its members in order) then BaseException_traverse: args, traceback, cause, context. */
    void visit(BiConsumer<String, PyObject> visit) {
        for (int i = 0; i < members.length; i++) if (members[i] != null) visit.accept(memberNames[i], members[i]);
        if (args != null) visit.accept("args", args);
        if (traceback != null) visit.accept("__traceback__", traceback);
        if (cause != null) visit.accept("__cause__", cause);
        if (context != null) visit.accept("__context__", context);
    }

    /** BaseException_clear: args, traceback, cause, context, each set to NULL before its release. */
    void clear(Heap heap) {
        // StopIteration_clear, SystemExit_clear, OSError_clear: the members first, then BaseException_clear.
        for (int i = 0; i < members.length; i++) {
            PyObject m = members[i];
            members[i] = null;
            heap.decref(m);
        }
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
