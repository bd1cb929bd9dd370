package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The instances of namedtuple classes: tuples (indexing, unpacking, ==, hashing and sizes are
 * tuple's) with read-only fields by name, a repr naming the fields, _asdict and _replace.
 */
final class NamedTupleType extends TupleType {
    NamedTupleType(TupleType tuple, Interpreter in) {
        super("namedtuple", tuple, in);
        // The generated methods' Python code, counted as for a class deriving from a namedtuple class.
        method("_asdict", (self, args, kw) -> {
            generated(self, "_asdict");
            Args.count("_asdict", args, 0, 0);
            return in.namedSubclasses.asdict(((PyNamedTuple) self).cls.fields, self);
        });
        method("_replace", (self, args, kw) -> {
            generated(self, "_replace");
            if (!args.isEmpty()) {
                throw new PyRaise("TypeError", "_replace() takes 1 positional argument but " + (args.size() + 1) + " were given");
            }
            PyNamedTuple t = (PyNamedTuple) self;
            java.util.LinkedHashMap<String, PyObject> left = new java.util.LinkedHashMap<>(kw);
            PyObject[] items = new PyObject[t.items.length];
            for (int i = 0; i < items.length; i++) {
                PyObject given = left.remove(((PyStr) t.cls.fields.items[i]).value);
                items[i] = given != null ? given : t.items[i];
            }
            return in.namedSubclasses.countedReplace(left, () -> in.namedSubclasses.countedTupleNew(10, items.length, () -> {
                for (PyObject o : items) heap.incref(o);
                return make(t.cls, items);
            }));
        });
        method("_make", (self, args, kw) -> makeFrom(((PyNamedTuple) generated(self, "_make")).cls, args));
    }

    @Override
    boolean lacksMethod(PyObject o, String methodName) {
        return ((PyNamedTuple) o).cls.structSequence && methodName.startsWith("_") && !methodName.startsWith("__");
    }

    /** The methods namedtuple generates, which a struct sequence lacks: its AttributeError when called. */
    private PyObject generated(PyObject self, String name) {
        if (((PyNamedTuple) self).cls.structSequence) throw noAttribute(self, name);
        return self;
    }

    /** A new instance holding the items' references (the caller's) and one to its class. */
    PyNamedTuple make(PyNamedTupleClass cls, PyObject[] items) {
        heap.incref(cls);
        return heap.alloc(new PyNamedTuple(cls, items));
    }

    /** cls._make(iterable): the tuple of the iterable's items, which must fill every field. */
    PyObject makeFrom(PyNamedTupleClass cls, List<PyObject> args) {
        Args.count("_make", args, 1, 1);
        List<PyObject> items = builtins().iterate(args.get(0));
        PyObject[] held = items.toArray(new PyObject[0]);
        PyNamedTuple made = in.namedSubclasses.countedTupleNew(NamedTupleSubclasses.sequenceTupleSize(args.get(0), held.length), held.length, () -> {
            for (PyObject o : held) heap.incref(o);
            return make(cls, held);
        });
        int n = cls.fields.items.length;
        if (held.length != n) {
            heap.decref(made);
            throw new PyRaise("TypeError", "Expected " + n + " arguments, got " + held.length);
        }
        return made;
    }

    /**
     * cls(*args, **kwargs) through the generated __new__(_cls, field, ...): keywords first, then
     * the count of positional arguments, then the missing ones (initialize_locals' order).
     */
    PyObject construct(PyNamedTupleClass cls, List<PyObject> args, Map<String, PyObject> kwargs) {
        // type_call is reached through _PyObject_MakeTpCall (the arguments packed); slot_tp_new calls
        // __new__ with the class prepended (the keywords' names in a new tuple), which builds (x, y)
        // and returns _tuple_new(_cls, (x, y)): tuple.__new__ through tp_new_wrapper packs its two
        // arguments and slices the class off. Point(1, 2) counts 5 after a gc.collect() in 3.11.7.
        Builtins b = builtins();
        return b.withPackedArguments(args, kwargs, () -> {
            if (!kwargs.isEmpty()) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, kwargs.size());
            try {
                PyObject[] items = fieldValues(cls, args, kwargs);
                int n = items.length;
                heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, n);
                PyObject made = b.withPackedArguments(2, false, () -> b.withPackedArguments(1, false, () -> {
                    for (PyObject o : items) heap.incref(o);
                    return make(cls, items);
                }));
                heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, n);
                return made;
            } finally {
                if (!kwargs.isEmpty()) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, kwargs.size());
            }
        });
    }

    /** The generated __new__'s parameters bound to the call's arguments (borrowed references), or its TypeError. */
    static PyObject[] fieldValues(PyNamedTupleClass cls, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject[] fields = cls.fields.items;
        int n = fields.length;
        PyObject[] items = new PyObject[n];
        String fn = cls.name + ".__new__()";
        for (int i = 0; i < Math.min(n, args.size()); i++) items[i] = args.get(i);
        for (Map.Entry<String, PyObject> e : kwargs.entrySet()) {
            int i = cls.fieldIndex(e.getKey());
            if (i < 0) throw new PyRaise("TypeError", fn + " got an unexpected keyword argument '" + e.getKey() + "'");
            if (items[i] != null) throw new PyRaise("TypeError", fn + " got multiple values for argument '" + e.getKey() + "'");
            items[i] = e.getValue();
        }
        int nDefaults = cls.defaults == null ? 0 : cls.defaults.items.length;
        if (args.size() > n) {
            String takes = nDefaults == 0 ? String.valueOf(n + 1) : "from " + (n + 1 - nDefaults) + " to " + (n + 1);
            throw new PyRaise("TypeError", fn + " takes " + takes + " positional arguments but " + (args.size() + 1) + " were given");
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (items[i] != null) continue;
            int d = i - (n - nDefaults);
            if (d >= 0) items[i] = cls.defaults.items[d];
            else missing.add("'" + ((PyStr) fields[i]).value + "'");
        }
        if (!missing.isEmpty()) {
            throw new PyRaise("TypeError", fn + " missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + listing(missing));
        }
        return items;
    }

    /** 'x', 'x' and 'y', 'x', 'y', and 'z' (format_missing). */
    private static String listing(List<String> names) {
        if (names.size() == 1) return names.get(0);
        if (names.size() == 2) return names.get(0) + " and " + names.get(1);
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }

    @Override
    String recursionRepr(PyObject o) {
        return "...";
    }

    /** A namedtuple's __repr__ is Python code of collections that formats the fields with %r: no Py_ReprEnter. */
    @Override
    boolean reprEnters(PyObject o) {
        return false;
    }

    @Override
    String repr(PyObject o) {
        PyNamedTuple t = (PyNamedTuple) o;
        StringBuilder b = new StringBuilder(t.cls.name).append('(');
        for (int i = 0; i < t.items.length; i++) {
            b.append(i > 0 ? ", " : "").append(((PyStr) t.cls.fields.items[i]).value).append('=').append(ops().repr(t.items[i]));
        }
        return b.append(')').toString();
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyNamedTuple t = (PyNamedTuple) o;
        int i = t.cls.fieldIndex(attr);
        if (i >= 0) return heap.newRef(t.items[i]);
        return NamedTupleClassType.classAttribute(this, t.cls, attr);
    }

    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        heap.decref(value);
        PyNamedTupleClass cls = ((PyNamedTuple) o).cls;
        if (cls.fieldIndex(attr) >= 0) {
            // namedtuple's fields are properties; a struct sequence's READONLY members; IsoCalendarDate's getters.
            if (!cls.structSequence) throw new PyRaise("AttributeError", "can't set attribute");
            if (!cls.fieldGetters) throw new PyRaise("AttributeError", "readonly attribute");
            throw new PyRaise("AttributeError", "attribute '" + attr + "' of '" + cls.name + "' objects is not writable");
        }
        throw noAttribute(o, attr);
    }
}
