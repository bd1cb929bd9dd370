package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** weakref.ref: calling it gives the referent or None; two live refs compare their referents (== and !=). */
final class WeakrefType extends BuiltinType {
    WeakrefType(Interpreter in) {
        super("weakref.ReferenceType", null, in);
        method("__call__", (self, args, kw) -> referent((PyWeakref) self));
    }

    PyObject referent(PyWeakref w) {
        return w.referent == null ? v.none : heap.newRef(w.referent);
    }

    /** A KeyedRef's key slot (Lib/weakref.py's __slots__ = ("key",)). */
    @Override
    PyObject attribute(PyObject o, String attr) {
        return o instanceof PyKeyedRef k && attr.equals("key") ? heap.newRef(k.key) : null;
    }

    @Override
    String repr(PyObject o) {
        return describe((PyWeakref) o);
    }

    /** A weak reference's repr (WeakMethod's too): its referent's type and address, or dead. */
    static String describe(PyWeakref w) {
        if (w.referent == null) return "<weakref at " + Reprs.address(w) + "; dead>";
        return "<weakref at " + Reprs.address(w) + "; to '" + Ops.qualifiedType(w.referent) + "' at " + Reprs.address(w.referent) + ">";
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        // Weak references compare their referents while both are alive, else by identity.
        PyWeakref x = (PyWeakref) a;
        return b instanceof PyWeakref y && x.referent != null && y.referent != null && referentsCompare(x.referent, y.referent, false);
    }

    /** weakref_richcompare with Py_NE: the referents' != while both live, else identity. */
    @Override
    Boolean notEqual(PyObject a, PyObject b) {
        if (!(b instanceof PyWeakref y) || b instanceof PyProxy) return null;
        PyWeakref x = (PyWeakref) a;
        return x.referent == null || y.referent == null || referentsCompare(x.referent, y.referent, true);
    }

    /**
     * weakref_richcompare: PyObject_RichCompare of the referents (a user __eq__ runs even when both
     * refs point at one object), which it holds meanwhile: their __eq__ sees one more reference each.
     */
    boolean referentsCompare(PyObject x, PyObject y, boolean notEqual) {
        heap.incref(x);
        heap.incref(y);
        builtins().hold(x);
        builtins().hold(y);
        try {
            return ops().operatorEquals(x, y, notEqual);
        } finally {
            builtins().unhold(y);
            builtins().unhold(x);
            heap.decref(y);
            heap.decref(x);
        }
    }
}
