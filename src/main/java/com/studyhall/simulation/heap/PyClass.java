package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A class made by a class statement. CPython builds a small cluster around each heap type (the
 * __mro__ and __bases__ tuples, the __dict__ and __weakref__ descriptors): those hold
 * {@link #HIDDEN_REFS} references to the class and count as garbage when a dead class is collected.
 */
public final class PyClass extends PyObject {
    /** References to the type from its own __mro__ tuple and two getset descriptors. */
    public static final int HIDDEN_REFS = 3;

    public final String name;
    public PyDict dict;
    public PyClass base;
    /** Objects of the hidden cluster that a collection of this dead class also counts. */
    public int hiddenGarbage = 4;
    public boolean instantiated;

    public PyClass(String name, PyDict dict, PyClass base) {
        this.name = name;
        this.dict = dict;
        this.base = base;
    }

    @Override
    public String typeName() {
        return "type";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** Method resolution: this class, then its bases. */
    public PyObject lookup(String attr) {
        for (PyClass c = this; c != null; c = c.base) {
            if (c.dict == null) continue;
            PyObject v = c.dict.getStr(attr);
            if (v != null) return v;
        }
        return null;
    }

    public boolean isSubclassOf(PyClass other) {
        for (PyClass c = this; c != null; c = c.base) if (c == other) return true;
        return false;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (dict != null) visit.accept(dict);
        if (base != null) visit.accept(base);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (dict != null) visit.accept("__dict__", dict);
        if (base != null) visit.accept("__base__", base);
    }

    private boolean hiddenReleased;

    public boolean hiddenReleased() {
        return hiddenReleased;
    }

    /** tp_clear of the cluster: the hidden objects die with the class and drop their references. */
    @Override
    public void clear(Heap heap) {
        if (!hiddenReleased) {
            hiddenReleased = true;
            refcnt -= HIDDEN_REFS;
        }
        releaseContents(heap);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyDict d = dict;
        PyClass b = base;
        dict = null;
        base = null;
        if (d != null) heap.decref(d);
        if (b != null) heap.decref(b);
    }

    @Override
    public long sizeof() {
        return 1688;
    }

    @Override
    public String shortValue() {
        return "<class '__main__." + name + "'>";
    }
}
