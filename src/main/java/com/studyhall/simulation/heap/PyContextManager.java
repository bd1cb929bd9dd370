package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An instance of one of contextlib's context manager classes (Python classes in Lib/contextlib.py,
 * 3.11): its kind and the instance attributes, in the order __init__ sets them (that is the order
 * they are released in). A slot that __enter__ deletes (a generator manager's func, args, kwds)
 * becomes null. 56 bytes, tracked, as CPython's instances.
 */
public final class PyContextManager extends PyObject {
    /** The class: _GeneratorContextManager, suppress, closing or nullcontext. */
    public final String kind;
    public final String[] names;
    public final PyObject[] values;

    public PyContextManager(String kind, String[] names, PyObject[] values) {
        this.kind = kind;
        this.names = names;
        this.values = values;
    }

    /** The attribute's value (borrowed), or null when it is not set. */
    public PyObject get(String name) {
        for (int i = 0; i < names.length; i++) if (names[i].equals(name)) return values[i];
        return null;
    }

    /** Removes the attribute (`del self.name`) and returns the reference it held. */
    public PyObject take(String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                PyObject v = values[i];
                values[i] = null;
                return v;
            }
        }
        return null;
    }

    @Override
    public String typeName() {
        return "contextlib." + kind;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject v : values) if (v != null) visit.accept(v);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (int i = 0; i < names.length; i++) if (values[i] != null) visit.accept(names[i], values[i]);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject[] held = values.clone();
        java.util.Arrays.fill(values, null);
        for (PyObject v : held) heap.decref(v);
    }

    @Override
    public long sizeof() {
        return 56;
    }

    @Override
    public String shortValue() {
        return kind;
    }
}
