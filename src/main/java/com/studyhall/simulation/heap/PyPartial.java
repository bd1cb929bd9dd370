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
    /** The instance dict (partial objects have one), made by the first attribute a program sets or by reading __dict__. */
    public PyDict dict;

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

    /** partial_traverse: fn, args, kw, dict. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (func != null) visit.accept(func);
        if (args != null) visit.accept(args);
        if (keywords != null) visit.accept(keywords);
        if (dict != null) visit.accept(dict);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (func != null) visit.accept("func", func);
        if (args != null) visit.accept("args", args);
        if (keywords != null) visit.accept("keywords", keywords);
        if (dict != null) visit.accept("__dict__", dict);
    }

    /** partial_clear: fn, args, kw, dict, in that order. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject f = func;
        PyObject a = args;
        PyObject k = keywords;
        PyObject d = dict;
        func = null;
        args = null;
        keywords = null;
        dict = null;
        if (f != null) heap.decref(f);
        if (a != null) heap.decref(a);
        if (k != null) heap.decref(k);
        if (d != null) heap.decref(d);
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
