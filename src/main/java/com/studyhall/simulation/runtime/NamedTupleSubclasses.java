package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classes deriving from a namedtuple class ({@code class Point(namedtuple('Point', 'x y'))}). Their
 * instances are tuple subclass instances ({@link ValueInstances}); what the namedtuple class's dict
 * gives them is here: the generated __new__, the fields by name, _fields, _field_defaults, _make,
 * _replace, _asdict, and a repr naming {@code self.__class__.__name__}.
 */
final class NamedTupleSubclasses {
    /** The namedtuple methods read as methods bound to the instance (_make to the class too). */
    private static final Set<String> METHODS = Set.of("_make", "_replace", "_asdict");

    private final Interpreter in;
    private final Heap heap;

    NamedTupleSubclasses(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /**
     * cls(...) through the generated __new__ (slot_tp_new calls it): it builds the tuple (x, y),
     * returns _tuple_new(_cls, (x, y)), and (x, y) is freed after the call.
     */
    PyInstance make(PyClass cls, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject[] items = NamedTupleType.fieldValues(cls.namedBase, args, kwargs);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, items.length);
        PyInstance made = tupleNew(cls, items, NO_COPY, NO_COPY);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, items.length);
        return made;
    }

    /** PySequence_Tuple of a tuple is that tuple: no temporary. */
    private static final int NO_COPY = -1;
    /** PySequence_Tuple's first guess for an iterable without a length (PyObject_LengthHint's default). */
    private static final int UNSIZED_GUESS = 10;

    /**
     * tuple.__new__(cls, iterable) through tp_new_wrapper (arguments packed, the class sliced off):
     * PySequence_Tuple makes a tuple of madeSize (resized to freedSize) unless the iterable is a
     * tuple, tuple_subtype_new allocates the instance with a copy, and the temporary goes.
     */
    private PyInstance tupleNew(PyClass cls, PyObject[] items, int madeSize, int freedSize) {
        return countedTupleNew(madeSize, freedSize, () -> {
            for (PyObject o : items) heap.incref(o);
            heap.incref(cls);
            return heap.alloc(new PyInstance(cls, new PyTuple(items.clone())));
        });
    }

    /** tuple.__new__(cls, iterable)'s temporaries around the instance {@code alloc} makes (a namedtuple class's own too). */
    <T extends PyObject> T countedTupleNew(int madeSize, int freedSize, java.util.function.Supplier<T> alloc) {
        Builtins b = in.builtinImpl;
        @SuppressWarnings("unchecked")
        T result = (T) b.withPackedArguments(2, false, () -> b.withPackedArguments(1, false, () -> {
            if (madeSize != NO_COPY) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, madeSize);
            T made = alloc.get();
            if (madeSize != NO_COPY) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, freedSize);
            return made;
        }));
        return result;
    }

    /** The tuple PySequence_Tuple makes of _make's iterable: none for a tuple, its length when sized, else 10. */
    static int sequenceTupleSize(PyObject iterable, int length) {
        return iterable instanceof PyTuple && !(iterable instanceof PyNamedTuple) ? NO_COPY
                : iterable instanceof PyList || iterable instanceof PyDict || iterable instanceof PySet || iterable instanceof PyStr
                ? length : UNSIZED_GUESS;
    }

    /** A field, _fields, _field_defaults or a bound namedtuple method of an instance; null when it has none of them. */
    PyObject attribute(PyInstance inst, String name) {
        PyNamedTupleClass base = inst.cls.namedBase;
        int i = base.fieldIndex(name);
        if (i >= 0) return heap.newRef(((PyTuple) inst.body).items[i]);
        return classAttribute(inst.cls, inst, name);
    }

    /** cls._fields, _field_defaults, __match_args__, _make (and through an instance, its _replace and _asdict). */
    PyObject classAttribute(PyClass cls, PyObject self, String name) {
        if (METHODS.contains(name) && (self != null || name.equals("_make"))) {
            PyObject bound = self != null && !name.equals("_make") ? self : cls;
            heap.incref(bound);
            return heap.alloc(new PyBuiltin(name, bound, null));
        }
        // namedtuple sets __match_args__ to the _fields tuple itself.
        if (name.equals("__match_args__")) return heap.newRef(cls.namedBase.fields);
        if (name.equals("_fields") || name.equals("_field_defaults")) {
            return NamedTupleClassType.classAttribute(in.builtinImpl.types.of(cls.namedBase), cls.namedBase, name);
        }
        return null;
    }

    /** Whether self.name(...) is one of the namedtuple methods, called through {@link #call}. */
    static boolean handles(PyObject self, String name) {
        PyClass cls = self instanceof PyInstance i ? i.cls : self instanceof PyClass c ? c : null;
        return cls != null && cls.namedBase != null && METHODS.contains(name);
    }

    PyObject call(PyObject self, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        switch (name) {
            case "_make":
                Args.count("_make", args, 1, 1);
                return makeFrom(self instanceof PyClass c ? c : ((PyInstance) self).cls, args.get(0));
            case "_replace":
                return replace((PyInstance) self, args, kwargs);
            default:
                Args.count("_asdict", args, 0, 0);
                return asdict((PyInstance) self);
        }
    }

    /** _make: tuple.__new__(cls, iterable), the subclass's instance (its __new__ and __init__ are not called). */
    private PyInstance makeFrom(PyClass cls, PyObject iterable) {
        List<PyObject> items = in.builtinImpl.iterate(iterable);
        return checkedLength(cls, tupleNew(cls, items.toArray(new PyObject[0]), sequenceTupleSize(iterable, items.size()), items.size()));
    }

    /** _make's check after tuple.__new__: the instance must fill every field. */
    private PyInstance checkedLength(PyClass cls, PyInstance made) {
        int n = cls.namedBase.fields.items.length;
        int got = ((PyTuple) made.body).items.length;
        if (got != n) {
            heap.decref(made);
            throw new PyRaise("TypeError", "Expected " + n + " arguments, got " + got);
        }
        return made;
    }

    /**
     * _replace: self._make(_map(kwds.pop, field_names, self)), then keywords left over raise. The
     * temporaries are counted as CPython makes them: the **kwds dict, the bound _make and kwds.pop,
     * the map with its tuple of two iterators, PySequence_Tuple's tuple of 10 resized to the fields.
     */
    private PyObject replace(PyInstance self, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!args.isEmpty()) {
            throw new PyRaise("TypeError", "_replace() takes 1 positional argument but " + (args.size() + 1) + " were given");
        }
        Map<String, PyObject> left = new LinkedHashMap<>(kwargs);
        PyObject[] items = ((PyTuple) self.body).items.clone();
        PyObject[] fields = self.cls.namedBase.fields.items;
        for (int i = 0; i < items.length; i++) {
            PyObject given = left.remove(((PyStr) fields[i]).value);
            if (given != null) items[i] = given;
        }
        return countedReplace(left, () -> checkedLength(self.cls, tupleNew(self.cls, items, UNSIZED_GUESS, items.length)));
    }

    /**
     * _replace's temporaries around {@code make} (self._make(...), which makes the instance), and its
     * ValueError for the keywords {@code left} over, raised after the instance is made and dropped.
     */
    <T extends PyObject> T countedReplace(Map<String, PyObject> left, java.util.function.Supplier<T> make) {
        heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
        for (int i = 0; i < 2; i++) heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        for (int i = 0; i < 3; i++) heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        T made;
        try {
            made = make.get();
        } finally {
            // map_dealloc: its iterators, their tuple, kwds.pop and the map; then the bound _make.
            for (int i = 0; i < 2; i++) heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
            for (int i = 0; i < 3; i++) heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
        }
        try {
            if (!left.isEmpty()) {
                heap.decref(made);
                List<String> names = new ArrayList<>();
                for (String k : left.keySet()) names.add("'" + k + "'");
                throw new PyRaise("ValueError", "Got unexpected field names: [" + String.join(", ", names) + "]");
            }
        } finally {
            heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
        }
        return made;
    }

    /** _asdict: _dict(_zip(self._fields, self)), run as those builtins run. */
    private PyObject asdict(PyInstance self) {
        return asdict(self.cls.namedBase.fields, self);
    }

    /** _dict(_zip(fields, self)) for any namedtuple instance. */
    PyObject asdict(PyTuple fields, PyObject self) {
        Builtins b = in.builtinImpl;
        PyObject pairs = in.callNative(b.builtin("zip"), List.of(fields, self), Map.of());
        try {
            return in.callNative(b.builtin("dict"), List.of(pairs), Map.of());
        } finally {
            heap.decref(pairs);
        }
    }

    /** namedtuple's __repr__: self.__class__.__name__ and the fields with %r. */
    String repr(PyInstance self) {
        PyObject[] fields = self.cls.namedBase.fields.items;
        PyObject[] items = ((PyTuple) self.body).items;
        StringBuilder b = new StringBuilder(self.cls.name).append('(');
        for (int i = 0; i < items.length; i++) {
            b.append(i > 0 ? ", " : "").append(((PyStr) fields[i]).value).append('=').append(in.ops.repr(items[i]));
        }
        return b.append(')').toString();
    }

    /** The fields are read-only (_tuplegetter's set raises). */
    static boolean isField(PyInstance inst, String name) {
        return inst.cls.namedBase != null && inst.cls.namedBase.fieldIndex(name) >= 0;
    }
}
