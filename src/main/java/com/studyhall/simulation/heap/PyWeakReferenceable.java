package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.List;

/**
 * An object a weak reference can point to (CPython: a type with tp_weaklistoffset): instances,
 * functions, bound methods, classes, sets, the weakref module's own containers and weak references
 * themselves (a WeakMethod is one, and its own weak reference points to it). Only these
 * carry the list, so the header every other object (an int, a float, a str) pays is 8 bytes smaller.
 */
public abstract class PyWeakReferenceable extends PyObject {
    /** Weak references to this object, oldest first (CPython keeps the newest at the head; see Weakrefs). */
    List<PyWeakref> weakrefs;

    public void addWeakref(PyWeakref w) {
        if (weakrefs == null) weakrefs = new ArrayList<>();
        weakrefs.add(w);
    }
}
