package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * weakref.WeakMethod, after Lib/weakref.py: {@code WeakMethod(obj.m, callback)} makes the
 * {@code _cb} function (its closure: the cells {@code self_wr} and {@code callback}), the
 * WeakMethod (a weak reference to obj with {@code _cb} as callback), {@code _func_ref} (a weak
 * reference to the function, same callback) and {@code self_wr}, in that order. Calling it rebuilds
 * the bound method while both are alive; the first of them to die marks it dead and calls the
 * user's callback once.
 */
final class WeakMethods {
    private final Interpreter in;
    private final Heap heap;
    private final Values v;

    private WeakMethods(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    static void install(WeakrefModule module, Interpreter in) {
        WeakMethods m = new WeakMethods(in);
        module.function("WeakMethod", (args, kw) -> m.create(args));
    }

    /** The class call packs its arguments into a tuple (type_call has no vectorcall for it), freed when it returns. */
    private PyObject create(List<PyObject> args) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, args.size());
        try {
            return make(args);
        } finally {
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, args.size());
        }
    }

    private PyObject make(List<PyObject> args) {
        Args.count("WeakMethod", args, 1, 2);
        if (!(args.get(0) instanceof PyBoundMethod meth)) {
            throw new PyRaise("TypeError", "argument should be a bound method, not " + in.ops.repr(typeOf(args.get(0))));
        }
        WeakrefModule.requireWeakrefable(meth.self);
        PyObject callback = args.size() > 1 ? args.get(1) : v.none;
        PyCell selfWr = heap.alloc(new PyCell(null));
        PyCell callbackCell = heap.alloc(new PyCell(heap.newRef(callback)));
        PyTuple closure = heap.alloc(new PyTuple(new PyObject[] {selfWr, callbackCell}));
        PyWeakMethodCallback cb = heap.alloc(new PyWeakMethodCallback(closure));
        // ref.__new__(cls, obj, _cb): the call packs three arguments, tp_new_wrapper slices (obj, _cb) off.
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 3);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        PyWeakMethod wm = heap.alloc(new PyWeakMethod(meth.self, cb));
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 3);
        WeakrefModule.link(meth.self, wm);
        heap.incref(cb);
        // ref(func, _cb) and ref(self): weakref's type call packs its arguments in a tuple.
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        wm.funcRef = heap.alloc(new PyWeakref(meth.function, cb));
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        WeakrefModule.link(meth.function, wm.funcRef);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        PyWeakref self = heap.alloc(new PyWeakref(wm, null));
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        WeakrefModule.link(wm, self);
        selfWr.contents = self;
        return wm;
    }

    private PyObject typeOf(PyObject o) {
        return in.builtinImpl.callBuiltinFunction("type", List.of(o));
    }

    /** The WeakMethod's type: calling gives a new bound method, or None once the object or the function died. */
    static final class WeakMethodType extends BuiltinType {
        WeakMethodType(Interpreter in) {
            super("WeakMethod", null, in);
        }

        @Override
        PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
            Args.count("WeakMethod", args, 0, 0);
            PyWeakMethod wm = (PyWeakMethod) o;
            PyObject obj = wm.referent;
            PyObject func = wm.funcRef == null ? null : wm.funcRef.referent;
            if (obj == null || func == null) return v.none;
            heap.incref(obj);
            heap.incref(func);
            return heap.alloc(new PyBoundMethod(obj, func));
        }

        @Override
        String repr(PyObject o) {
            return WeakrefType.describe((PyWeakref) o);
        }

        /**
         * WeakMethod.__eq__ (a and b not the same object): two live WeakMethods are equal when
         * ref.__eq__ finds their objects equal and their _func_refs compare equal; a dead one equals
         * only itself. Against a plain weak reference it is NotImplemented, and the reflected
         * ref.__eq__ compares the referents.
         */
        @Override
        boolean eq(PyObject a, PyObject b) {
            PyWeakMethod x = (PyWeakMethod) a;
            WeakrefType refs = in.builtinImpl.types.weakrefs();
            if (!(b instanceof PyWeakMethod y)) return b instanceof PyWeakref && !(b instanceof PyProxy) && refs.eq(b, a);
            if (!x.alive || !y.alive) return false;
            return referentsCompare(refs, x, y, false)
                    && x.funcRef != null && y.funcRef != null && (x.funcRef == y.funcRef || refs.eq(x.funcRef, y.funcRef));
        }

        /** WeakMethod.__ne__: ref.__ne__(self, other) or the _func_refs' !=, the same calls as __eq__'s. */
        @Override
        Boolean notEqual(PyObject a, PyObject b) {
            PyWeakMethod x = (PyWeakMethod) a;
            WeakrefType refs = in.builtinImpl.types.weakrefs();
            if (!(b instanceof PyWeakMethod y)) return b instanceof PyWeakref && !(b instanceof PyProxy) ? refs.notEqual(b, a) : null;
            if (!x.alive || !y.alive) return true;
            if (referentsCompare(refs, x, y, true)) return true;
            return x.funcRef == null || y.funcRef == null || x.funcRef != y.funcRef && refs.notEqual(x.funcRef, y.funcRef);
        }

        /**
         * ref.__eq__(self, other) (or ref.__ne__) inside the Python-level __eq__, whose frame holds both: the slot
         * wrapper has no vectorcall, so the call packs (self, other) and wrapperdescr_call slices
         * (other,) off it; both tuples live while the referents compare, the slice dies first.
         */
        private boolean referentsCompare(WeakrefType refs, PyWeakMethod x, PyWeakMethod y, boolean notEqual) {
            // The frame's (self, other), the packed tuple's (self, other) and the slice's (other,).
            PyObject[] held = {x, y, x, y, y};
            for (PyObject o : held) {
                heap.incref(o);
                builtins().hold(o);
            }
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
            try {
                return notEqual ? refs.notEqual(x, y) : refs.eq(x, y);
            } finally {
                heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
                heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
                for (PyObject o : held) {
                    builtins().unhold(o);
                    heap.decref(o);
                }
            }
        }
    }

    /** _cb(arg): self = self_wr(); if self._alive: self._alive = False, then callback(self). */
    static final class CallbackType extends BuiltinType {
        CallbackType(Interpreter in) {
            super("function", null, in);
        }

        @Override
        PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
            PyWeakMethodCallback cb = (PyWeakMethodCallback) o;
            if (cb.closure == null || !(cb.selfCell().contents instanceof PyWeakref selfWr)
                    || !(selfWr.referent instanceof PyWeakMethod wm) || !wm.alive) {
                return v.none;
            }
            wm.alive = false;
            PyObject callback = cb.callbackCell().contents;
            if (callback == null || callback instanceof PyNone) return v.none;
            heap.incref(wm);
            builtins().hold(wm);
            try {
                return builtins().callValue(callback, List.of(wm));
            } finally {
                builtins().unhold(wm);
                heap.decref(wm);
            }
        }

        @Override
        String repr(PyObject o) {
            return "<function WeakMethod.__new__.<locals>._cb at " + Reprs.address(o) + ">";
        }
    }
}
