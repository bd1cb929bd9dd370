package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * Instances of classes deriving from int, float, str and tuple ({@code class Money(int)}). In
 * CPython such an instance is made whole by the type's __new__ (long_subtype_new and friends: the
 * plain value is made first, copied into the new object, then freed), so its value never changes;
 * the engine keeps the value as the instance's part ({@link PyInstance#holdsValue}) and the
 * builtin type's code works on it ({@link BuiltinBases#receiver}).
 */
final class ValueInstances {
    private final Interpreter in;
    private final Heap heap;
    private final Values v;

    ValueInstances(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    /**
     * int.__new__(cls, *args) and the others, as a program calls them (often super().__new__(cls,
     * value) in its own __new__): args[0] is the class, the value is what the type makes of the rest.
     */
    PyObject callNew(String base, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.isEmpty()) throw new PyRaise("TypeError", base + ".__new__(): not enough arguments");
        PyObject first = args.get(0);
        List<PyObject> rest = args.subList(1, args.size());
        if (first instanceof PyBuiltin t && t.name.equals(base) && in.builtinImpl.isTypeObject(t)) {
            return in.builtinImpl.call(t, rest, kwargs);
        }
        if (!(first instanceof PyClass cls)) {
            throw new PyRaise("TypeError", base + ".__new__(X): X is not a type object (" + first.typeName() + ")");
        }
        if (!base.equals(cls.builtinBase)) {
            throw new PyRaise("TypeError", base + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + base);
        }
        return make(cls, rest, kwargs);
    }

    /** The type's tp_new for a class deriving from it: the plain value first, then the instance holding a copy. */
    PyInstance make(PyClass cls, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject plain = in.builtinImpl.newPlain(cls.builtinBase, args, kwargs);
        try {
            heap.incref(cls);
            return heap.alloc(new PyInstance(cls, copyOf(plain)));
        } finally {
            heap.decref(plain);
        }
    }

    /** A Java object of its own with the value (a tuple's items get a reference each, from the instance). */
    private PyObject copyOf(PyObject plain) {
        if (plain instanceof PyInt i) return PyInt.of(i.value());
        if (plain instanceof PyFloat f) return new PyFloat(f.value);
        if (plain instanceof PyStr s) return new PyStr(s.value);
        PyObject[] items = ((PyTuple) plain).items.clone();
        for (PyObject item : items) heap.incref(item);
        return new PyTuple(items);
    }

    /**
     * What the builtin type's code returned for an instance: its value itself (str's and tuple's
     * "unchanged" shortcuts: s.strip() with nothing to strip, t[:], s * 1) becomes a new plain
     * object, as CPython copies for a subclass (unicode_result_unchanged, tuple_subscript).
     */
    PyObject plain(PyObject self, PyObject r) {
        if (!(self instanceof PyInstance i) || r == null || r != i.body) return r;
        if (r instanceof PyInt n) return v.integer(n.value());
        if (r instanceof PyFloat f) return v.floating(f.value);
        if (r instanceof PyStr s) return v.str(s.value);
        PyObject[] items = ((PyTuple) r).items;
        if (items.length == 0) return heap.newRef(v.emptyTuple);
        for (PyObject item : items) heap.incref(item);
        return heap.alloc(new PyTuple(items.clone()));
    }
}
