package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** weakref.ref: calling it gives the referent or None; two live refs compare their referents (== and !=). */
final class WeakrefType extends BuiltinType {
    WeakrefType(Interpreter in) {
        super("weakref.ReferenceType", null, in);
        method("__call__", (self, args, kw) -> referent(part(self)));
    }

    PyObject referent(PyWeakref w) {
        return w.referent == null ? v.none : heap.newRef(w.referent);
    }

    /** The weak reference itself, or the weak-reference part of an instance of a class deriving from weakref.ref. */
    static PyWeakref part(PyObject o) {
        return (PyWeakref) PyInstance.bodyOf(o);
    }

    /** The slots of weakref.ref a subclass's method reaches through super() (beside __init__ and __call__). */
    static final java.util.Set<String> SLOTS = java.util.Set.of("__repr__", "__eq__", "__ne__");

    /** super().__repr__(), super().__eq__(other), super().__ne__(other) in a class deriving from weakref.ref; null for another name. */
    PyObject slot(String name, PyObject self, java.util.List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        if (!SLOTS.contains(name)) return null;
        if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "wrapper " + name + "() takes no keyword arguments");
        int expected = name.equals("__repr__") ? 0 : 1;
        if (args.size() != expected) {
            throw new PyRaise("TypeError", "expected " + expected + " argument" + (expected == 1 ? "" : "s") + ", got " + args.size());
        }
        if (name.equals("__repr__")) return v.str(repr(self));
        // weakref_richcompare: NotImplemented unless both are weak references.
        if (!(PyInstance.bodyOf(args.get(0)) instanceof PyWeakref)) return heap.newRef(in.builtinImpl.notImplemented());
        boolean equal = eq(self, args.get(0)) || part(self) == part(args.get(0));
        return v.bool(name.equals("__eq__") == equal);
    }

    /** weakref.ref.__call__, __repr__, __eq__ and __ne__ read through the type (or a subclass) are its own slot wrappers. */
    private static final java.util.Set<String> SLOT_WRAPPERS = java.util.stream.Stream.concat(SLOTS.stream(), java.util.stream.Stream.of("__call__"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    @Override
    java.util.Set<String> ownSlotWrappers() {
        return SLOT_WRAPPERS;
    }

    /** weakref.ref.__eq__(r, other) and the others: the slot on r, with the slot's own argument errors. */
    @Override
    PyObject callSlotWrapper(String name, PyObject self, java.util.List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        return name.equals("__call__") ? call(self, args, kwargs) : slot(name, self, args, kwargs);
    }

    /** weakref_call (a subclass's instance whose class has no __call__ too): no arguments, the referent or None. */
    PyObject call(PyObject self, java.util.List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "weakref() takes no keyword arguments");
        if (!args.isEmpty()) throw new PyRaise("TypeError", "weakref expected 0 arguments, got " + args.size());
        return referent(part(self));
    }

    /**
     * A KeyedRef's key slot (Lib/weakref.py's __slots__ = ("key",)), and __callback__ (the member
     * wr_callback: None once the referent died, as clear_weakref drops it), a subclass's instance's too.
     */
    @Override
    PyObject attribute(PyObject o, String attr) {
        if (attr.equals("__callback__")) {
            PyWeakref w = part(o);
            return w.callback == null ? v.none : heap.newRef(w.callback);
        }
        return o instanceof PyKeyedRef k && attr.equals("key") ? heap.newRef(k.key) : null;
    }

    /** __callback__ is a read-only member (T_OBJECT, READONLY). */
    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        if (!attr.equals("__callback__")) return false;
        heap.decref(value);
        throw new PyRaise("AttributeError", "readonly attribute");
    }

    @Override
    String repr(PyObject o) {
        return describe(part(o));
    }

    /** A weak reference's repr (WeakMethod's too): its referent's type and address, or dead. */
    static String describe(PyWeakref w) {
        PyObject self = w.visible();
        if (w.referent == null) return "<weakref at " + Reprs.address(self) + "; dead>";
        return "<weakref at " + Reprs.address(self) + "; to '" + Ops.qualifiedType(w.referent) + "' at " + Reprs.address(w.referent)
                + named(w.referent) + ">";
    }

    /** weakref_repr adds the referent's __name__ when it has a str one: a function's, a class's, a module's. */
    private static String named(PyObject referent) {
        String name = referent instanceof PyFunction f ? f.funcName : referent instanceof PyClass c ? c.name
                : referent instanceof PyModule m ? m.name : null;
        return name == null ? "" : " (" + name + ")";
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        // Weak references compare their referents while both are alive, else by identity.
        PyWeakref x = part(a);
        return PyInstance.bodyOf(b) instanceof PyWeakref y && x.referent != null && y.referent != null
                && referentsCompare(x.referent, y.referent, false);
    }

    /** weakref_richcompare with Py_NE: the referents' != while both live, else identity. */
    @Override
    Boolean notEqual(PyObject a, PyObject b) {
        if (!(PyInstance.bodyOf(b) instanceof PyWeakref y) || b instanceof PyProxy) return null;
        PyWeakref x = part(a);
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
