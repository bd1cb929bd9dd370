package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * staticmethod, classmethod and property objects: each holds the function(s) it wraps. A
 * property's getter, setter and deleter are {@code fget}, {@code fset}, {@code fdel}; the other
 * two kinds only use {@code fget}.
 */
public final class PyDescriptor extends PyObject {
    public final String kind;
    public PyObject fget;
    public PyObject fset;
    public PyObject fdel;
    /**
     * A staticmethod's or classmethod's own __dict__ (functools_wraps' copies of the function's
     * __module__, __name__, __qualname__, __doc__, __annotations__): counted, not made; freed with it.
     */
    public boolean countedDict;
    /**
     * A property's prop_doc: the doc argument, else its getter's __doc__, None included (getterDoc
     * then, so a copy made by .setter reads the new getter's); null without either. docUnknown: the
     * getter is not a function of the program, whose __doc__ the lab does not model, so reading it
     * is refused. name: prop_name, the attribute name property.__set_name__ got from type_new.
     */
    public PyObject doc;
    public PyObject name;
    public boolean getterDoc;
    public boolean docUnknown;

    public PyDescriptor(String kind, PyObject fget, PyObject fset, PyObject fdel) {
        this.kind = kind;
        this.fget = fget;
        this.fset = fset;
        this.fdel = fdel;
    }

    /** The wrapped function (a property's getter). */
    public PyObject function() {
        return fget;
    }

    @Override
    public String typeName() {
        return kind;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (fget != null) visit.accept(fget);
        if (fset != null) visit.accept(fset);
        if (fdel != null) visit.accept(fdel);
        if (doc != null) visit.accept(doc);
        if (name != null) visit.accept(name);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        String first = kind.equals("property") ? "fget" : "__func__";
        if (fget != null) visit.accept(first, fget);
        if (fset != null) visit.accept("fset", fset);
        if (fdel != null) visit.accept("fdel", fdel);
    }

    /** property_dealloc and cm_dealloc release in field order. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject a = fget;
        PyObject b = fset;
        PyObject c = fdel;
        PyObject d = doc;
        PyObject n = name;
        fget = null;
        fset = null;
        fdel = null;
        doc = null;
        name = null;
        if (countedDict) {
            countedDict = false;
            heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
        }
        if (a != null) heap.decref(a);
        if (b != null) heap.decref(b);
        if (c != null) heap.decref(c);
        if (d != null) heap.decref(d);
        if (n != null) heap.decref(n);
    }

    @Override
    public long sizeof() {
        return kind.equals("property") ? 80 : 48;
    }

    @Override
    public String shortValue() {
        return kind;
    }
}
