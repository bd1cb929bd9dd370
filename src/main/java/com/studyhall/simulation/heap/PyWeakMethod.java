package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * weakref.WeakMethod (Lib/weakref.py): a weak reference to a bound method's object (the base ref)
 * plus {@code _func_ref}, a weak reference to its function; both have the {@code _cb} function as
 * their callback, which marks the WeakMethod dead once and calls the user's callback.
 */
public final class PyWeakMethod extends PyWeakref {
    public PyWeakref funcRef;
    public boolean alive = true;

    public PyWeakMethod(PyObject referent, PyObject callback) {
        super(referent, callback);
    }

    @Override
    public String typeName() {
        return "WeakMethod";
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (funcRef != null) visit.accept(funcRef);
        super.traverse(visit);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (funcRef != null) visit.accept("_func_ref", funcRef);
        super.labeledRefs(visit);
    }

    /** The __slots__ first (_func_ref), then the weak reference's own callback, as subtype_dealloc does. */
    @Override
    public void releaseContents(Heap heap) {
        PyWeakref f = funcRef;
        funcRef = null;
        if (f != null) heap.decref(f);
        super.releaseContents(heap);
    }

    @Override
    public long sizeof() {
        return 112;
    }
}
