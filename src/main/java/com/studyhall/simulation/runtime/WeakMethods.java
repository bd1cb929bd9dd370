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

    private PyObject create(List<PyObject> args) {
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
        PyWeakMethod wm = heap.alloc(new PyWeakMethod(meth.self, cb));
        WeakrefModule.link(meth.self, wm);
        heap.incref(cb);
        wm.funcRef = heap.alloc(new PyWeakref(meth.function, cb));
        WeakrefModule.link(meth.function, wm.funcRef);
        PyWeakref self = heap.alloc(new PyWeakref(wm, null));
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
