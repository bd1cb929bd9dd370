package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * weakref.WeakValueDictionary, WeakKeyDictionary and WeakSet (Lib/weakref.py, Lib/_weakrefset.py):
 * an instance whose {@code data} dict maps keys to KeyedRefs (values held weakly), weak references
 * to values (keys held weakly), or weak references to None (a set of items held weakly). Every
 * weak reference's callback is the container's {@code _remove} function, which holds the
 * container only weakly and deletes the dead entry.
 */
public final class PyWeakContainer extends PyWeakReferenceable {
    public final String kind;
    public PyObject remover;
    public PyDict data;

    public PyWeakContainer(String kind) {
        this.kind = kind;
    }

    public boolean weakValues() {
        return kind.equals("WeakValueDictionary");
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
        if (remover != null) visit.accept(remover);
        if (data != null) visit.accept(data);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (remover != null) visit.accept("._remove", remover);
        if (data != null) visit.accept(".data", data);
    }

    /** Attributes go in the order __init__ set them: _remove, then data. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject r = remover;
        PyObject d = data;
        remover = null;
        data = null;
        if (r instanceof PyWeakRemover w && w.owner == this) w.owner = null; // a shallow copy shares it
        if (r != null) heap.decref(r);
        if (d != null) heap.decref(d);
    }

    @Override
    public long sizeof() {
        return 56;
    }

    @Override
    public String shortValue() {
        return kind + " of " + (data == null ? 0 : data.map.size());
    }
}
