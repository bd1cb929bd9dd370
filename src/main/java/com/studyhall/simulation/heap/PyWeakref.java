package com.studyhall.simulation.heap;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/** weakref.ref: does not own its referent; owns its callback. */
public class PyWeakref extends PyWeakReferenceable {
    public PyObject referent;
    public PyObject callback;
    /** weakref_hash's cache: the referent's hash taken while it lived, kept after it dies (null before the first hash). */
    private Long hash;
    /**
     * The instance whose weak-reference part this is, for a class deriving from weakref.ref
     * ({@code class ExtendedRef(weakref.ref)}): that instance is the weak reference a program sees
     * (in getweakrefs, as a callback's argument, in the collector); this part is no object of its own.
     * Null for a plain weak reference.
     */
    public PyInstance holder;

    public PyWeakref(PyObject referent, PyObject callback) {
        this.referent = referent;
        this.callback = callback;
    }

    /**
     * weakref_hash: the referent's hash, asked once while it lives and kept, so a reference hashed
     * before its referent died still hashes; a dead reference never hashed is CPython's TypeError.
     * How the referent is hashed is the caller's (hash() runs a class's __hash__, a dict key asks
     * the key table), the caching rule is this one.
     */
    public long hash(ToLongFunction<PyObject> referentHash) {
        if (hash != null) return hash;
        if (referent == null) throw new PyRaise("TypeError", "weak object has gone away");
        hash = referentHash.applyAsLong(referent);
        return hash;
    }

    /** What the program holds as this weak reference: the subclass's instance, or this object. */
    public PyObject visible() {
        return holder != null ? holder : this;
    }

    @Override
    public String typeName() {
        return "weakref.ReferenceType";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (callback != null) visit.accept(callback);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (callback != null) visit.accept("callback", callback);
    }

    /** Dropping a weakref also detaches it from its referent's list. */
    @Override
    public void releaseContents(Heap heap) {
        List<PyWeakref> siblings = referent == null ? null : referent.weakrefs();
        if (siblings != null) siblings.remove(this);
        referent = null;
        PyObject cb = callback;
        callback = null;
        if (cb != null) heap.decref(cb);
    }

    @Override
    public long sizeof() {
        return 80;
    }

    @Override
    public String shortValue() {
        return referent == null ? "dead" : "to #" + referent.id;
    }
}
