package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * weakref.finalize as Lib/weakref.py implements it: the class's registry dict holds each live
 * finalizer and its _Info (weak reference, function, arguments); the weak reference's callback
 * is the finalizer itself, so the object's death calls it. Calling pops the registry entry first,
 * so a finalizer runs at most once. At exit (atexit, before the shutdown collections) the
 * finalizers still registered with {@code atexit} true run newest first, with gc disabled; after
 * that none runs.
 */
final class Finalizers {
    private final Interpreter in;
    private final Heap heap;
    private final WeakrefModule weakref;
    private PyDict registry;
    private long nextIndex;
    private boolean shutdown;

    Finalizers(Interpreter in, WeakrefModule weakref) {
        this.in = in;
        this.heap = in.heap;
        this.weakref = weakref;
    }

    /** finalize._registry: a class attribute made when weakref was imported, long before the program ran. */
    private PyDict registry() {
        if (registry == null) {
            registry = heap.allocPreexisting(new PyDict());
            heap.append(registry, Heap.GENERATIONS - 1);
            in.builtinImpl.hold(registry);
        }
        return registry;
    }

    /** finalize(obj, func, *args, **kwargs). */
    PyObject create(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.size() < 2) {
            throw new PyRaise("TypeError", "finalize.__init__() missing " + (2 - args.size()) + " required positional argument"
                    + (args.size() == 1 ? ": 'func'" : "s: 'obj' and 'func'"));
        }
        PyFinalize f = heap.alloc(new PyFinalize());
        PyWeakref ref;
        try {
            ref = (PyWeakref) weakref.ref(List.of(args.get(0), f));
        } catch (PyRaise notWeakrefable) {
            heap.decref(f);
            throw notWeakrefable;
        }
        PyTuple extra = args.size() == 2 ? (PyTuple) heap.newRef(in.values.emptyTuple)
                : heap.alloc(new PyTuple(args.subList(2, args.size()).stream().map(heap::newRef).toArray(PyObject[]::new)));
        PyDict kw = null;
        if (!kwargs.isEmpty()) {
            kw = heap.alloc(new PyDict());
            for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
                in.builtinImpl.put(kw, in.values.intern(e.getKey()), heap.newRef(e.getValue()));
            }
        }
        PyFinalizeInfo info = heap.alloc(new PyFinalizeInfo(ref, heap.newRef(args.get(1)), extra, kw, nextIndex++));
        heap.incref(f);
        in.builtinImpl.put(registry(), f, info);
        return f;
    }

    private PyFinalizeInfo info(PyObject f) {
        return registry == null ? null : (PyFinalizeInfo) registry.get(f);
    }

    boolean alive(PyObject f) {
        return info(f) != null;
    }

    boolean atexit(PyObject f) {
        PyFinalizeInfo info = info(f);
        return info != null && info.atexit;
    }

    void setAtexit(PyObject f, boolean value) {
        PyFinalizeInfo info = info(f);
        if (info != null) info.atexit = value;
    }

    /** __call__: pops the registry entry, then calls func(*args, **kwargs) unless shutdown is over. */
    PyObject call(PyObject f) {
        PyObject[] entry = registry == null ? null : registry.remove(f);
        if (entry == null) return in.values.none;
        PyFinalizeInfo info = (PyFinalizeInfo) entry[1];
        in.builtinImpl.hold(info);
        try {
            heap.decref(entry[0]);
            if (shutdown) return in.values.none;
            return callFunction(info);
        } finally {
            in.builtinImpl.unhold(info);
            heap.decref(info);
        }
    }

    private PyObject callFunction(PyFinalizeInfo info) {
        Map<String, PyObject> kw = new LinkedHashMap<>();
        if (info.kwargs != null) for (PyObject[] e : info.kwargs.entries()) kw.put(((PyStr) e[0]).value, e[1]);
        return in.builtinImpl.callBorrowed(info.func, List.of(info.args.items), kw);
    }

    /** peek() and detach(): (obj, func, args, kwargs) while the object lives, else None. */
    PyObject describe(PyObject f, boolean detach) {
        PyFinalizeInfo info = info(f);
        PyObject obj = info == null ? null : info.weakref.referent;
        if (obj == null) return in.values.none;
        heap.incref(info);
        try {
            if (detach) {
                PyObject[] entry = registry.remove(f);
                heap.decref(entry[0]);
                heap.decref(entry[1]);
            }
            PyObject kwargs = info.kwargs != null ? heap.newRef(info.kwargs) : heap.alloc(new PyDict());
            return heap.alloc(new PyTuple(new PyObject[] {heap.newRef(obj), heap.newRef(info.func), heap.newRef(info.args), kwargs}));
        } finally {
            heap.decref(info);
        }
    }

    /** finalize._exitfunc, run by atexit: the registered finalizers with atexit set, newest first. */
    void atExit() {
        if (registry == null || registry.map.isEmpty()) {
            shutdown = true;
            return;
        }
        boolean reenable = heap.enabled;
        heap.enabled = false;
        try {
            while (true) {
                PyFinalize newest = null;
                long best = -1;
                for (PyObject[] e : registry.entries()) {
                    PyFinalizeInfo info = (PyFinalizeInfo) e[1];
                    if (info.atexit && info.index > best) {
                        best = info.index;
                        newest = (PyFinalize) e[0];
                    }
                }
                if (newest == null) break;
                heap.incref(newest);
                in.builtinImpl.hold(newest);
                try {
                    heap.decref(call(newest));
                } catch (PyRaise e) {
                    // sys.excepthook prints it on stderr; the other finalizers still run.
                } finally {
                    in.builtinImpl.unhold(newest);
                    heap.decref(newest);
                }
            }
        } finally {
            shutdown = true;
            heap.enabled = reenable;
        }
    }
}
