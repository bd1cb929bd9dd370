package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * collections.defaultdict: a dict whose missing keys are filled by calling default_factory
 * (__missing__ stores the new value, then returns it); get(), in and len never call it.
 */
final class DefaultDictType extends DictType {
    DefaultDictType(DictType dict, Interpreter in) {
        super("defaultdict", dict, in);
        method("copy", (self, args, kw) -> {
            Args.count("copy", args, 0, 0);
            return copy((PyDefaultDict) self);
        });
        method("__missing__", (self, args, kw) -> {
            Args.count("__missing__", args, 1, 1);
            return missing((PyDefaultDict) self, args.get(0));
        });
    }

    /** defaultdict(default_factory=None, /, [mapping or iterable], **kwargs). */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject factory = args.isEmpty() ? null : args.get(0);
        if (factory instanceof PyNone) factory = null;
        if (factory != null && !ObjectBuiltins.isCallable(factory)) {
            throw new PyRaise("TypeError", "first argument must be callable or None");
        }
        if (args.size() > 2) throw new PyRaise("TypeError", "dict expected at most 1 argument, got " + (args.size() - 1));
        PyDefaultDict d = heap.alloc(new PyDefaultDict());
        if (factory != null) d.factory = heap.newRef(factory);
        try {
            if (args.size() > 1) builtins().update(d, args.get(1));
            if (!kwargs.isEmpty()) {
                if (d.map.isEmpty()) d.presize(kwargs.size(), true);
                for (Map.Entry<String, PyObject> e : kwargs.entrySet()) builtins().put(d, v.intern(e.getKey()), heap.newRef(e.getValue()));
            }
        } catch (RuntimeException e) {
            heap.decref(d);
            throw e;
        }
        return d;
    }

    private PyObject copy(PyDefaultDict d) {
        PyDefaultDict c = heap.alloc(new PyDefaultDict());
        if (d.factory != null) c.factory = heap.newRef(d.factory);
        builtins().update(c, d);
        return c;
    }

    /** defdict_missing: KeyError without a factory; otherwise value = factory(), self[key] = value. */
    private PyObject missing(PyDefaultDict d, PyObject key) {
        if (d.factory == null) throw PyRaise.withArg("KeyError", ops().repr(key), heap.newRef(key));
        PyObject factory = heap.newRef(d.factory);
        builtins().hold(factory);
        PyObject value;
        try {
            value = builtins().callValue(factory, List.of());
        } finally {
            builtins().unhold(factory);
            heap.decref(factory);
        }
        builtins().put(d, heap.newRef(key), heap.newRef(value));
        return value;
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyObject r = ((PyDict) o).get(key);
        if (r != null) return heap.newRef(r);
        return missing((PyDefaultDict) o, key);
    }

    @Override
    String repr(PyObject o) {
        PyDefaultDict d = (PyDefaultDict) o;
        String factory = d.factory == null ? "None" : ops().repr(d.factory);
        return "defaultdict(" + factory + ", " + super.repr(o) + ")";
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        if (attr.equals("default_factory")) {
            PyObject f = ((PyDefaultDict) o).factory;
            return f == null ? v.none : heap.newRef(f);
        }
        return null;
    }

    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        if (!attr.equals("default_factory")) return false;
        PyDefaultDict d = (PyDefaultDict) o;
        PyObject old = d.factory;
        d.factory = value instanceof PyNone ? null : value;
        if (value instanceof PyNone) heap.decref(value);
        if (old != null) heap.decref(old);
        return true;
    }
}
