package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.heap.Heap.FreeList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * asdict() and astuple() (_asdict_inner, _astuple_inner of Lib/dataclasses.py 3.11): a dataclass
 * instance becomes dict(list of (name, value) pairs) or tuple(list of values), with each field's
 * value converted in turn; a namedtuple is made again from its converted items, a list or tuple
 * from a generator over them (list() preallocates 8 and trims, tuple() is exact), a dict from a
 * generator of converted pairs (inserted one by one); anything else goes through copy.deepcopy.
 * The exact types only: a subclass of list, tuple or dict is deep-copied whole.
 *
 * The Python code's own objects are counted in generation 0 as CPython makes and frees them
 * (measured against python3): each call's cell for the factory (the comprehensions close over
 * it), the comprehensions' closure tuples, functions, generators and iterators, fields()'s
 * objects, the result list and its (name, value) pairs; the free lists decide what counts.
 */
final class DataclassConversion {
    private final Interpreter in;
    private final Heap heap;
    private final boolean tuples;

    DataclassConversion(Interpreter in, boolean tuples) {
        this.in = in;
        this.heap = in.heap;
        this.tuples = tuples;
    }

    PyObject top(PyObject obj) {
        if (!(obj instanceof PyInstance i) || DataclassesModule.fieldsDict(i.cls) == null) {
            throw new PyRaise("TypeError", (tuples ? "astuple" : "asdict") + "() should be called on dataclass instances");
        }
        return convert(obj);
    }

    /** A transient object of the Python code: made now, freed by {@link #free}. */
    private void make(FreeList kind, int size) {
        heap.countUnmodelledAllocation(kind, size);
    }

    private void free(FreeList kind, int size) {
        heap.countUnmodelledDeallocation(kind, size);
    }

    /** fields(obj)'s tuple(genexpr over the fields dict's values): all but the tuple is gone when it returns. */
    static void countFieldsCall(Heap heap) {
        heap.countUnmodelledAllocation(FreeList.NONE, 0); // the genexpr's function
        heap.countUnmodelledAllocation(FreeList.NONE, 0); // fields.values()
        heap.countUnmodelledAllocation(FreeList.NONE, 0); // its iterator
        heap.countUnmodelledDeallocation(FreeList.NONE, 0); // the view
        heap.countUnmodelledAllocation(FreeList.NONE, 0); // the generator
        heap.countUnmodelledAllocation(FreeList.TUPLE, 10); // PySequence_Tuple's first guess
        heap.countUnmodelledDeallocation(FreeList.NONE, 0); // the iterator, once the generator is done
        heap.countUnmodelledDeallocation(FreeList.NONE, 0); // the generator
        heap.countUnmodelledDeallocation(FreeList.NONE, 0); // the function it held
    }

    /** One _asdict_inner/_astuple_inner call: its frame's cell for the factory lives as long as the call. */
    private PyObject convert(PyObject obj) {
        in.checkDeadline();
        make(FreeList.NONE, 0);
        try {
            return convertInCall(obj);
        } finally {
            free(FreeList.NONE, 0);
        }
    }

    private PyObject convertInCall(PyObject obj) {
        if (obj instanceof PyInstance i && DataclassesModule.fieldsDict(i.cls) != null) {
            return tuples ? instanceAsTuple(i) : instanceAsDict(i);
        }
        if (obj instanceof PyNamedTuple t) return namedTuple(t);
        // isinstance(obj, (list, tuple)) builds its tuple of the two types each time.
        make(FreeList.TUPLE, 2);
        free(FreeList.TUPLE, 2);
        if (obj.getClass() == PyList.class || obj.getClass() == PyTuple.class) return sequence(obj);
        if (obj.getClass() == PyDict.class) return dict((PyDict) obj);
        return in.callNative(in.builtinImpl.moduleFunction("copy", "deepcopy"), List.of(obj), Map.of());
    }

    /** getattr(obj, f.name) converted, for each field in order (new references). */
    private List<PyObject> fieldValues(PyInstance obj, List<PyField> fields, boolean pairs) {
        List<PyObject> values = new ArrayList<>();
        try {
            for (PyField f : fields) {
                PyObject raw = in.getAttrOf(obj, ((PyStr) f.name).value);
                in.builtinImpl.hold(raw);
                try {
                    values.add(convert(raw));
                } finally {
                    in.builtinImpl.unhold(raw);
                    heap.decref(raw);
                }
                if (pairs) make(FreeList.TUPLE, 2); // result.append((f.name, value))
            }
        } catch (RuntimeException failed) {
            for (int i = values.size() - 1; i >= 0; i--) heap.decref(values.get(i));
            throw failed;
        }
        return values;
    }

    /** The for loop over fields(obj) ends: its tuple iterator goes, then the fields tuple. */
    private void endFieldsLoop(int n) {
        free(FreeList.NONE, 0);
        free(FreeList.TUPLE, n == 0 ? 10 : n);
    }

    /** result = []; for f in fields(obj): result.append((f.name, value)); return dict(result). */
    private PyObject instanceAsDict(PyInstance obj) {
        List<PyField> fields = DataclassesModule.fieldList(obj.cls);
        make(FreeList.LIST, 0);
        countFieldsCall(heap);
        make(FreeList.NONE, 0); // the tuple iterator
        List<PyObject> values = fieldValues(obj, fields, true);
        endFieldsLoop(fields.size());
        PyDict d = heap.allocFromType(new PyDict());
        for (int i = 0; i < fields.size(); i++) in.builtinImpl.put(d, heap.newRef(fields.get(i).name), values.get(i));
        for (int i = 0; i < fields.size(); i++) free(FreeList.TUPLE, 2);
        free(FreeList.LIST, 0);
        return d;
    }

    /** result = []; for f in fields(obj): result.append(value); return tuple(result). */
    private PyObject instanceAsTuple(PyInstance obj) {
        List<PyField> fields = DataclassesModule.fieldList(obj.cls);
        make(FreeList.LIST, 0);
        countFieldsCall(heap);
        make(FreeList.NONE, 0); // the tuple iterator
        List<PyObject> values = fieldValues(obj, fields, false);
        endFieldsLoop(fields.size());
        PyObject t = values.isEmpty() ? heap.newRef(in.values.emptyTuple) : heap.alloc(new PyTuple(values.toArray(new PyObject[0])));
        free(FreeList.LIST, 0);
        return t;
    }

    /** The generator expression a conversion runs over a container: closure, function, the iterator, the generator. */
    private void startGenerator() {
        make(FreeList.TUPLE, 1);
        make(FreeList.NONE, 0);
        make(FreeList.NONE, 0);
        make(FreeList.NONE, 0);
    }

    private void endGenerator() {
        free(FreeList.NONE, 0); // the iterator
        free(FreeList.NONE, 0); // the generator
        free(FreeList.NONE, 0); // the function its frame held
        free(FreeList.TUPLE, 1); // and the function's closure
    }

    /** type(obj)(_inner(v) for v in obj): list() preallocates 8 and trims; tuple() guesses 10 and resizes. */
    private PyObject sequence(PyObject obj) {
        boolean list = obj instanceof PyList;
        List<PyObject> source = new ArrayList<>(list ? ((PyList) obj).items : List.of(((PyTuple) obj).items));
        startGenerator();
        PyList made = list ? heap.allocFromType(new PyList(new ArrayList<>(), 8)) : null;
        if (!list) make(FreeList.TUPLE, 10);
        List<PyObject> items = new ArrayList<>();
        source.forEach(in.builtinImpl::hold);
        try {
            for (PyObject o : source) {
                PyObject c = convert(o);
                if (!list) {
                    items.add(c);
                } else {
                    // list_extend's loop appends into the room it has and grows only when full.
                    if (made.items.size() >= made.allocated) made.resizeFor(made.items.size() + 1);
                    made.items.add(c);
                }
            }
        } catch (RuntimeException failed) {
            if (list) heap.decref(made);
            for (int i = items.size() - 1; i >= 0; i--) heap.decref(items.get(i));
            if (!list) free(FreeList.TUPLE, 10);
            throw failed;
        } finally {
            source.forEach(in.builtinImpl::unhold);
        }
        endGenerator();
        if (list) {
            made.resizeFor(made.items.size());
            return made;
        }
        if (items.isEmpty()) {
            free(FreeList.TUPLE, 10);
            return heap.newRef(in.values.emptyTuple);
        }
        return heap.allocCounted(new PyTuple(items.toArray(new PyObject[0])));
    }

    /** type(obj)(*[_inner(v) for v in obj]): the list comprehension, the argument tuple, __new__'s tuple. */
    private PyObject namedTuple(PyNamedTuple t) {
        int n = t.items.length;
        make(FreeList.TUPLE, 1);
        make(FreeList.NONE, 0);
        make(FreeList.NONE, 0); // the tuple iterator
        make(FreeList.LIST, 0);
        List<PyObject> items = new ArrayList<>();
        in.builtinImpl.hold(t);
        try {
            for (PyObject o : t.items) items.add(convert(o));
        } catch (RuntimeException failed) {
            for (int i = items.size() - 1; i >= 0; i--) heap.decref(items.get(i));
            throw failed;
        } finally {
            in.builtinImpl.unhold(t);
        }
        free(FreeList.NONE, 0);
        free(FreeList.NONE, 0);
        free(FreeList.TUPLE, 1);
        make(FreeList.TUPLE, n); // the call's argument tuple
        make(FreeList.TUPLE, n); // _tuple_new(_cls, (x, y))'s tuple
        heap.incref(t.cls);
        PyObject made = heap.alloc(new PyNamedTuple(t.cls, items.toArray(new PyObject[0])));
        free(FreeList.TUPLE, n);
        free(FreeList.TUPLE, n);
        free(FreeList.LIST, 0);
        return made;
    }

    /**
     * type(obj)((_inner(k), _inner(v)) for k, v in obj.items()): the items iterator keeps one
     * result tuple it reuses; each converted pair is a new tuple that dict() inserts and frees.
     */
    private PyObject dict(PyDict obj) {
        make(FreeList.TUPLE, 1);
        make(FreeList.NONE, 0); // the function
        make(FreeList.NONE, 0); // obj.items()
        make(FreeList.NONE, 0); // its iterator
        make(FreeList.TUPLE, 2); // the iterator's reused result tuple
        free(FreeList.NONE, 0); // the view
        make(FreeList.NONE, 0); // the generator
        List<PyObject[]> entries = new ArrayList<>(obj.entries());
        PyDict d = heap.allocFromType(new PyDict());
        in.builtinImpl.hold(obj);
        try {
            for (PyObject[] e : entries) {
                PyObject k = convert(e[0]);
                PyObject value;
                try {
                    value = convert(e[1]);
                } catch (RuntimeException failed) {
                    heap.decref(k);
                    throw failed;
                }
                make(FreeList.TUPLE, 2);
                in.builtinImpl.put(d, k, value);
                free(FreeList.TUPLE, 2);
            }
        } catch (RuntimeException failed) {
            heap.decref(d);
            throw failed;
        } finally {
            in.builtinImpl.unhold(obj);
        }
        free(FreeList.NONE, 0); // the iterator
        free(FreeList.TUPLE, 2); // with its result tuple
        free(FreeList.NONE, 0); // the generator
        free(FreeList.NONE, 0); // the function
        free(FreeList.TUPLE, 1);
        return d;
    }
}
