package com.studyhall.simulation.heap;

/**
 * weakref.proxy: a weak reference that stands for its object (attribute access, calls, str, len...
 * go to the referent) instead of being called to get it; ReferenceError once the referent is gone.
 * Same size as a weakref.ref (80 bytes).
 */
public final class PyProxy extends PyWeakref {
    /** A proxy to a callable object is a weakref.CallableProxyType. */
    public final boolean callable;

    public PyProxy(PyObject referent, PyObject callback, boolean callable) {
        super(referent, callback);
        this.callable = callable;
    }

    @Override
    public String typeName() {
        return callable ? "weakref.CallableProxyType" : "weakref.ProxyType";
    }

    @Override
    public String shortValue() {
        return referent == null ? "dead proxy" : "proxy to #" + referent.id;
    }
}
