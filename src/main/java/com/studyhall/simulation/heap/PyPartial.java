package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A functools.partial object: the function, the frozen positional arguments (a tuple) and the
 * frozen keywords (always a dict, empty when there are none), as Modules/_functoolsmodule.c keeps them.
 */
public final class PyPartial extends PyWeakReferenceable {
    public PyObject func;
    public PyTuple args;
    public PyDict keywords;

    public PyPartial(PyObject func, PyTuple args, PyDict keywords) {
        this.func = func;
        this.args = args;
        this.keywords = keywords;
    }

    @Override
    public String typeName() {
        return "functools.partial";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** partial_traverse: fn, args, kw. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (func != null) visit.accept(func);
        if (args != null) visit.accept(args);
        if (keywords != null) visit.accept(keywords);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (func != null) visit.accept("func", func);
        if (args != null) visit.accept("args", args);
        if (keywords != null) visit.accept("keywords", keywords);
    }

    /** partial_clear: fn, args, kw, in that order. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject f = func;
        PyObject a = args;
        PyObject k = keywords;
        func = null;
        args = null;
        keywords = null;
        if (f != null) heap.decref(f);
        if (a != null) heap.decref(a);
        if (k != null) heap.decref(k);
    }

    @Override
    public long sizeof() {
        return 80;
    }

    @Override
    public String shortValue() {
        return "partial";
    }
}
