package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * weakref.finalize._Info (a class with six __slots__): the weak reference to the object (whose
 * callback is the finalize object), the function, its argument tuple and keyword dict (or none),
 * whether it runs at exit, and its creation index (exit order).
 */
public final class PyFinalizeInfo extends PyObject {
    public PyWeakref weakref;
    public PyObject func;
    public PyTuple args;
    public PyDict kwargs;
    public boolean atexit = true;
    public final long index;

    public PyFinalizeInfo(PyWeakref weakref, PyObject func, PyTuple args, PyDict kwargs, long index) {
        this.weakref = weakref;
        this.func = func;
        this.args = args;
        this.kwargs = kwargs;
        this.index = index;
    }

    @Override
    public String typeName() {
        return "_Info";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (weakref != null) visit.accept(weakref);
        if (func != null) visit.accept(func);
        if (args != null) visit.accept(args);
        if (kwargs != null) visit.accept(kwargs);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (weakref != null) visit.accept(".weakref", weakref);
        if (func != null) visit.accept(".func", func);
        if (args != null) visit.accept(".args", args);
        if (kwargs != null) visit.accept(".kwargs", kwargs);
    }

    /** Slots are released in sorted name order (type_new sorts __slots__): args, func, kwargs, weakref. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject[] held = {args, func, kwargs, weakref};
        args = null;
        func = null;
        kwargs = null;
        weakref = null;
        for (PyObject o : held) if (o != null) heap.decref(o);
    }

    @Override
    public long sizeof() {
        // 16 header + 6 slots + 16 GC header
        return 80;
    }

    @Override
    public String shortValue() {
        return "_Info";
    }
}
