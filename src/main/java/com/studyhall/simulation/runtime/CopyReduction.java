package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * copy.copy and copy.deepcopy of an instance whose class derives from a builtin type (list, dict,
 * set, OrderedDict, int, float, str, tuple) or from an exception class, as Lib/copy.py 3.11 copies
 * it: {@code rv = x.__reduce_ex__(4)} then {@code _reconstruct(x, memo, *rv)}. What rv holds is the
 * type's own: reduce_newobj for list, dict and the value types ({@code copyreg.__newobj__}, (cls,)
 * or __getnewargs__'s (cls, value), the state, an iterator over a list's items, one over a dict's
 * items()), set_reduce ((cls, (list(x),), state): the class is called, so __init__ runs),
 * odict_reduce ((cls, (), state, None, iter(x.items())): __init__ runs too) and
 * BaseException_reduce ((cls, args[, __dict__]): the class is called with the args, and the state
 * goes through BaseException.__setstate__). _reconstruct then refills the copy through its own
 * append and __setitem__, which the program may override. rv and _reconstruct's argument tuple are
 * real tuples holding what CPython's hold, so a program's hook sees CPython's reference counts.
 */
final class CopyReduction {
    private final CopyModule copy;
    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    private final IteratorReduction iterators;

    CopyReduction(CopyModule copy, Interpreter in) {
        this.copy = copy;
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
        this.iterators = new IteratorReduction(in);
    }

    /** An instance with a builtin part or an exception's fields: copied through its type's reduce. */
    static boolean applies(PyInstance i) {
        return i.body != null || i.exc != null || programReduces(i);
    }

    /** What x.__reduce_ex__(4) returned: func is copyreg.__newobj__ (a None placeholder) when newobj. */
    private record Reduced(boolean newobj, PyTuple rv) {
        PyObject item(int k) {
            return k < rv.items.length ? rv.items[k] : null;
        }

        /** The arguments func(*args) gets: a program's __reduce__ may give a list instead of a tuple. */
        PyObject[] argItems() {
            return rv.items[1] instanceof PyList l ? l.items.toArray(new PyObject[0]) : ((PyTuple) rv.items[1]).items;
        }
    }

    PyObject copy(PyObject x, PyDict memo) {
        List<PyObject> held = new ArrayList<>();
        // copy()'s reductor, the bound x.__reduce_ex__, holds x until copy() returns.
        hold(held, heap.newRef(x));
        try {
            Reduced r = reduce(x);
            if (r == null) return heap.newRef(x); // a program's __reduce__ returned a str: x is its own copy
            hold(held, r.rv);
            // _reconstruct(x, memo, *rv): the list that gathers the arguments, then their tuple.
            heap.decref(heap.alloc(new PyList(new ArrayList<>(), 0)));
            PyObject[] call = new PyObject[2 + r.rv.items.length];
            call[0] = heap.newRef(x);
            call[1] = heap.newRef(memo == null ? v.none : memo);
            for (int k = 0; k < r.rv.items.length; k++) call[2 + k] = heap.newRef(r.rv.items[k]);
            hold(held, heap.alloc(new PyTuple(call)));
            return reconstruct(x, memo, r);
        } finally {
            for (int k = held.size() - 1; k >= 0; k--) {
                in.pop();
                heap.decref(held.get(k));
            }
        }
    }

    private void hold(List<PyObject> held, PyObject o) {
        held.add(o);
        in.push(o);
    }

    /** An ImportError's name or path member when set (None given by keyword counts), else null. */
    private PyObject importMember(PyInstance x, String name) {
        return x.cls.isSubclassOf(in.exceptions.classes.get("ImportError")) ? member(x, name) : null;
    }

    /** A builtin exception's member (OSError's filename...), or null when the class has none or it is unset. */
    private static PyObject member(PyInstance x, String name) {
        int k = x.exc.member(name);
        return k < 0 ? null : x.exc.members[k];
    }

    // ---- x.__reduce_ex__(4) ----

    private Reduced reduce(PyObject o) {
        if (o instanceof PyInstance x && programReduces(x)) return programReduce(x);
        if (o instanceof PyDeque d) return dequeReduce(d);
        if (o instanceof PySet s) return new Reduced(false, setReduce(s, in.builtinImpl.builtin(s instanceof PyFrozenSet ? "frozenset" : "set"), v.none));
        // slice_reduce: (slice, (start, stop, step)); slice is not among copy.py's atomic types for a deep copy.
        if (o instanceof SliceValue s) {
            PyTuple bounds = tuple(heap.newRef(s.lower), heap.newRef(s.upper), heap.newRef(s.step));
            return new Reduced(false, tuple(in.builtinImpl.builtin("slice"), bounds));
        }
        if (!(o instanceof PyInstance x)) return new Reduced(false, iterators.reduce(o));
        if (x.exc != null) return exceptionReduce(x);
        String base = x.cls.builtinBase;
        if (BuiltinBases.ORDERED_DICT.equals(base)) return orderedDictReduce(x);
        // object.__reduce_ex__ finds weakref.ref's C fields it cannot save (_PyObject_GetState).
        if (BuiltinBases.WEAKREF.equals(base)) throw new PyRaise("TypeError", "cannot pickle '" + x.cls.name + "' object");
        if ("set".equals(base)) return setReduce(x);
        return newobjReduce(x);
    }

    /** A program's class that defines __reduce_ex__ or __reduce__ itself: copy uses what the method returns. */
    static boolean programReduces(PyInstance x) {
        return x.cls.lookup("__reduce_ex__") instanceof PyFunction || x.cls.lookup("__reduce__") instanceof PyFunction;
    }

    /**
     * rv = x.__reduce_ex__(4): the program's __reduce_ex__ (copy's reductor, which holds x), or
     * object.__reduce_ex__, which calls the overriding __reduce__ through a bound method it makes
     * and frees. null when rv is a str (copy returns x); otherwise rv's shape as _reconstruct(x,
     * memo, *rv) takes it (syntax.ReduceChecks lets a program return only such tuple displays and
     * str literals), with CPython's TypeErrors for the wrong lengths and for None.
     */
    private Reduced programReduce(PyInstance x) {
        PyObject reduceEx = x.cls.lookup("__reduce_ex__");
        PyObject rv;
        if (reduceEx instanceof PyFunction f) {
            rv = in.builtinImpl.callValue(f, List.of(x, v.integer(4)));
        } else {
            PyFunction reduce = (PyFunction) x.cls.lookup("__reduce__");
            heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
            try {
                rv = copy.holding(x, () -> in.builtinImpl.callValue(reduce, List.of(x)));
            } finally {
                heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
            }
        }
        if (rv instanceof PyStr) {
            heap.decref(rv);
            return null;
        }
        PyTuple t = rv instanceof PyTuple tuple ? tuple : null;
        if (t == null) {
            // The checker lets only tuple displays and str literals be returned: here the method fell off its end.
            String type = rv.typeName();
            heap.decref(rv);
            throw new PyRaise("TypeError", "Value after * must be an iterable, not " + type);
        }
        int n = t.items.length;
        if (n < 2 || n > 5) {
            heap.decref(t);
            throw new PyRaise("TypeError", n == 0 ? "_reconstruct() missing 2 required positional arguments: 'func' and 'args'"
                    : n == 1 ? "_reconstruct() missing 1 required positional argument: 'args'"
                    : "_reconstruct() takes from 4 to 7 positional arguments but " + (n + 2) + " were given");
        }
        return new Reduced(false, t);
    }

    /**
     * BaseException_reduce: (type, args) or, when the instance has a __dict__, (type, args, __dict__);
     * ImportError_reduce with a name or path set: (type, args, state), the state a copy of __dict__
     * (or a new dict) with name and path added, which BaseException.__setstate__ sets back.
     */
    private Reduced exceptionReduce(PyInstance x) {
        PyObject args = osErrorArgs(x);
        boolean hasDict = x.dict != null || !in.instanceDicts.names(x).isEmpty();
        PyObject name = importMember(x, "name"), path = importMember(x, "path");
        if (name != null || path != null) {
            PyDict state = heap.alloc(new PyDict());
            if (hasDict) {
                PyDict dict = in.instanceDicts.dictOf(x);
                state.copyShapeFrom(dict);
                in.builtinImpl.putAll(state, dict);
            }
            if (name != null) heap.decref(state.put(v.intern("name"), heap.newRef(name), heap));
            if (path != null) heap.decref(state.put(v.intern("path"), heap.newRef(path), heap));
            return new Reduced(false, tuple(heap.newRef(x.cls), args, state));
        }
        if (!hasDict) return new Reduced(false, tuple(heap.newRef(x.cls), args));
        PyDict dict = in.instanceDicts.dictOf(x);
        return new Reduced(false, tuple(heap.newRef(x.cls), args, heap.newRef(dict)));
    }

    /**
     * The args the copy is called with (a new reference): OSError_reduce gives back what a filename
     * took out of args, as (errno, strerror, filename) or, with filename2, (errno, strerror,
     * filename, None, filename2); every other exception's own args tuple.
     */
    private PyObject osErrorArgs(PyInstance x) {
        PyObject args = x.exc.args == null ? v.emptyTuple : x.exc.args;
        PyObject filename = member(x, "filename");
        if (!(args instanceof PyTuple t) || t.items.length != 2 || filename == null || !x.cls.isSubclassOf(in.exceptions.classes.get("OSError"))) {
            return heap.newRef(args);
        }
        PyObject filename2 = member(x, "filename2");
        if (filename2 == null) return tuple(heap.newRef(t.items[0]), heap.newRef(t.items[1]), heap.newRef(filename));
        return tuple(heap.newRef(t.items[0]), heap.newRef(t.items[1]), heap.newRef(filename), heap.newRef(v.none), heap.newRef(filename2));
    }

    /** deque_reduce: (deque, () or ((), maxlen), None, iter(x)): deque() is called, then refilled through append. */
    private Reduced dequeReduce(PyDeque d) {
        PyObject args = d.maxlen < 0 ? heap.newRef(v.emptyTuple) : tuple(heap.newRef(v.emptyTuple), v.integer(d.maxlen));
        PyObject items = in.builtinImpl.getIter(d);
        return new Reduced(false, tuple(in.builtinImpl.moduleFunction("collections", "deque"), args, heap.newRef(v.none), items));
    }

    /** set_reduce: (type, (list(x),), state); the state is object_getstate's. */
    private Reduced setReduce(PyInstance x) {
        PyList keys = setMembers((PySet) x.body);
        PyTuple args = tuple(keys);
        PyObject state = copy.declaring(args, () -> state(x));
        return new Reduced(false, tuple(heap.newRef(x.cls), args, state));
    }

    /**
     * set_reduce of a plain set or frozenset: (type, (list(x),), None), the type called with the
     * list (a deep copy's deep-copied list) as the copy; type a new reference.
     */
    private PyTuple setReduce(PySet s, PyObject type, PyObject none) {
        PyTuple args = tuple(setMembers(s));
        return tuple(type, args, heap.newRef(none));
    }

    /** PySequence_List(x): a new list of the members in iteration order. */
    private PyList setMembers(PySet s) {
        PyList keys = heap.alloc(new PyList(new ArrayList<>(), 0));
        for (PyObject m : s.members()) in.builtinImpl.append(keys, heap.newRef(m));
        return keys;
    }

    /** odict_reduce: (type, (), state, None, iter(x.items())), items() asked of the instance's class. */
    private Reduced orderedDictReduce(PyInstance x) {
        PyObject state = state(x);
        PyObject iter = copy.declaring(state, () -> itemsIterator(x));
        return new Reduced(false, tuple(heap.newRef(x.cls), heap.newRef(v.emptyTuple), state, heap.newRef(v.none), iter));
    }

    /**
     * reduce_newobj: (copyreg.__newobj__, (cls,) or (cls, value), state, iter(x) for a list,
     * iter(x.items()) for a dict); a value type's __getnewargs__ makes the plain value first.
     */
    private Reduced newobjReduce(PyInstance x) {
        PyTuple newargs = x.holdsValue()
                ? tuple(heap.newRef(x.cls), in.valueInstances.plain(x, x.body))
                : tuple(heap.newRef(x.cls));
        // Each part is declared while the next may run the program's code (__getstate__, __iter__, items).
        int depth = in.stack.size();
        in.push(newargs);
        try {
            PyObject state = state(x);
            in.push(state);
            PyObject listItems = x.body instanceof PyList ? in.builtinImpl.getIter(x) : heap.newRef(v.none);
            in.push(listItems);
            PyObject dictItems = x.body instanceof PyDict ? itemsIterator(x) : heap.newRef(v.none);
            return new Reduced(true, tuple(heap.newRef(v.none), newargs, state, listItems, dictItems));
        } finally {
            while (in.stack.size() > depth) in.pop();
        }
    }

    /** iter(x.items()), items() asked of the instance's class first. */
    private PyObject itemsIterator(PyInstance x) {
        PyObject items = callOwnOrBase(x, "items");
        try {
            return in.builtinImpl.getIter(items);
        } finally {
            heap.decref(items);
        }
    }


    /**
     * object_getstate: the class's own __getstate__, or the default: the instance's __dict__ (None
     * when it is empty), paired with a dict of the set __slots__ values when it has any.
     */
    private PyObject state(PyInstance x) {
        PyObject hook = x.cls.lookup("__getstate__");
        if (hook instanceof PyFunction fn) return copy.holding(x, () -> in.builtinImpl.callValue(fn, List.of(x)));
        List<String> slotNames = slotNames(x.cls);
        copy.cacheSlotnames(x.cls, slotNames);
        boolean dictEmpty = in.instanceDicts.names(x).stream().allMatch(x::isSlot);
        PyObject state = dictEmpty ? heap.newRef(v.none) : heap.newRef(in.instanceDicts.dictOf(x));
        if (slotNames.isEmpty()) return state;
        PyDict slots = heap.alloc(new PyDict());
        for (String name : slotNames) {
            PyObject value = x.attrs.get(name);
            if (value != null) in.builtinImpl.put(slots, v.intern(name), heap.newRef(value));
        }
        if (slots.entries().isEmpty()) {
            heap.decref(slots);
            return state;
        }
        return tuple(state, slots);
    }

    /** copyreg._slotnames: every class's __slots__ names along the MRO, without __dict__ and __weakref__. */
    static List<String> slotNames(PyClass cls) {
        List<String> names = new ArrayList<>();
        for (PyClass c : cls.mro) {
            if (c.slots == null) continue;
            for (String name : c.slots) if (!name.equals("__dict__") && !name.equals("__weakref__")) names.add(name);
        }
        return names;
    }

    // ---- copy._reconstruct(x, memo, *rv) ----

    private PyObject reconstruct(PyObject x, PyDict memo, Reduced r) {
        PyObject state = r.item(2);
        PyObject listIter = r.item(3);
        PyObject dictIter = r.item(4);
        PyObject y = memo != null && r.argItems().length > 0 ? constructDeep(r, memo) : constructShallow(r);
        if (memo != null) copy.remember(memo, x, y);
        return copy.filling(y, () -> {
            if (state != null && state != v.none) {
                if (memo == null) setState(y, state);
                else copy.withDeepCopy(state, memo, copied -> setState(y, copied));
            }
            if (listIter != null && listIter != v.none) refillList(y, listIter, memo);
            if (dictIter != null && dictIter != v.none) refillDict(y, dictIter, memo);
        });
    }

    /** y = func(*args): CALL_FUNCTION_EX makes a tuple of a list of arguments. */
    private PyObject constructShallow(Reduced r) {
        if (r.rv.items[1] instanceof PyTuple args) return construct(r, args);
        PyObject[] items = r.argItems();
        if (items.length == 0) return construct(r, v.emptyTuple);
        for (PyObject o : items) heap.incref(o);
        PyTuple args = heap.alloc(new PyTuple(items));
        try {
            return copy.declaring(args, () -> construct(r, args));
        } finally {
            heap.decref(args);
        }
    }

    /**
     * y = func(*args) in a deep copy: args is a generator of the arguments' deep copies (its
     * closure tuple made first), which PySequence_Tuple gathers into a tuple made for ten items
     * and shrunk to their number; the exhausted generator lets go of its function, and so of the closure.
     */
    private PyObject constructDeep(Reduced r, PyDict memo) {
        PyTuple closure = tuple(heap.newRef(v.none), heap.newRef(v.none));
        PyTuple args;
        try {
            in.push(closure);
            PyObject[] items = r.argItems();
            PyObject[] copies = new PyObject[items.length];
            int depth = in.stack.size();
            try {
                for (int k = 0; k < items.length; k++) {
                    copies[k] = copy.deepNested(items[k], memo);
                    in.push(copies[k]);
                }
            } catch (RuntimeException | Error e) {
                for (PyObject c : copies) if (c != null) heap.decref(c);
                throw e;
            } finally {
                while (in.stack.size() > depth) in.pop();
            }
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 10);
            args = heap.allocCounted(new PyTuple(copies));
        } finally {
            in.pop();
            heap.decref(closure);
        }
        try {
            return copy.declaring(args, () -> construct(r, args));
        } finally {
            heap.decref(args);
        }
    }

    /**
     * func(*args): copyreg.__newobj__(cls, *rest), or the class called with the args tuple itself,
     * or a builtin (iter, reversed, enumerate, zip, map, filter) called with it.
     */
    private PyObject construct(Reduced r, PyTuple args) {
        if (IteratorReduction.rebuildsThroughType(r.rv.items[0])) return iterators.rebuildThroughType(r.rv.items[0], args);
        // A program's function given by its __reduce__: PyObject_Call hands it the tuple's items.
        if (r.rv.items[0] instanceof PyFunction f) return in.builtinImpl.callValue(f, List.of(args.items));
        if (!r.newobj && !(r.rv.items[0] instanceof PyClass)) return in.callBuiltinWithTuple(r.rv.items[0], args);
        PyClass cls = (PyClass) (r.newobj ? args.items[0] : r.rv.items[0]);
        if (!r.newobj) return in.instantiate(cls, List.of(args.items), Map.of(), true, args);
        List<PyObject> rest = List.of(args.items).subList(1, args.items.length);
        // __newobj__(cls, *args) gets its own tuple of the rest, and builds cls.__new__(cls, *args)'s
        // arguments in a list and a tuple; tp_new_wrapper slices the class off into another.
        PyTuple varargs = rest.isEmpty() ? null : tuple(rest.stream().map(heap::newRef).toArray(PyObject[]::new));
        try {
            heap.decref(heap.alloc(new PyList(new ArrayList<>(), 0)));
            PyObject[] all = new PyObject[1 + rest.size()];
            all[0] = heap.newRef(cls);
            for (int k = 0; k < rest.size(); k++) all[1 + k] = heap.newRef(rest.get(k));
            PyTuple newArgs = tuple(all);
            try {
                return copy.declaring(newArgs, () -> varargs == null ? newobj(cls, rest) : copy.declaring(varargs, () -> newobj(cls, rest)));
            } finally {
                heap.decref(newArgs);
            }
        } finally {
            if (varargs != null) heap.decref(varargs);
        }
    }

    /** cls.__new__(cls, *rest): the program's own __new__, or the builtin type's (no __init__). */
    private PyObject newobj(PyClass cls, List<PyObject> rest) {
        if (cls.lookup("__new__") instanceof PyDescriptor d && d.fget instanceof PyFunction fn) {
            return in.callPrepended(fn, cls, rest, Map.of());
        }
        if (!rest.isEmpty()) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, rest.size());
        try {
            if (BuiltinBases.VALUES.contains(String.valueOf(cls.builtinBase))) return in.valueInstances.make(cls, rest, Map.of());
            return in.newInstance(cls);
        } finally {
            if (!rest.isEmpty()) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, rest.size());
        }
    }

    /**
     * _reconstruct's state branch: y.__setstate__(state) when y has one (the class's, or
     * BaseException's, which sets each item as an attribute), else the copy's __dict__ updated and
     * a (dict, slots) pair's slot values set.
     */
    private void setState(PyObject made, PyObject state) {
        if (IteratorReduction.applies(made)) {
            iterators.setState(made, state);
            return;
        }
        if (!(made instanceof PyInstance y)) {
            throw new PyRaise("TypeError", "a copy whose __new__ returned a '" + made.typeName() + "' is not supported in the memory lab");
        }
        if (y.cls.lookup("__setstate__") instanceof PyFunction fn) {
            heap.decref(in.builtinImpl.callValue(fn, List.of(y, state)));
            return;
        }
        if (y.exc != null) {
            if (!(state instanceof PyDict d)) throw new PyRaise("TypeError", "state is not a dictionary");
            for (PyObject[] e : new ArrayList<>(d.entries())) setAttribute(y, e[0], e[1]);
            return;
        }
        PyObject dictState = state;
        PyObject slotState = v.none;
        if (state instanceof PyTuple t && t.items.length == 2) {
            dictState = t.items[0];
            slotState = t.items[1];
        }
        if (dictState != v.none) in.builtinImpl.update(in.instanceDicts.dictOf(y), dictState);
        if (slotState == v.none) return;
        if (!(slotState instanceof PyDict slots)) {
            throw new PyRaise("TypeError", "a copy state whose second item is not a dict is not supported in the memory lab");
        }
        // slotstate.items()'s iterator keeps one (key, value) result tuple from its start to its end.
        PyTuple result = tuple(heap.newRef(v.none), heap.newRef(v.none));
        try {
            copy.declaring(result, () -> {
                for (PyObject[] e : new ArrayList<>(slots.entries())) setAttribute(y, e[0], e[1]);
                return null;
            });
        } finally {
            heap.decref(result);
        }
    }

    private void setAttribute(PyInstance y, PyObject name, PyObject value) {
        if (!(name instanceof PyStr s)) throw new PyRaise("TypeError", "attribute name must be string, not '" + name.typeName() + "'");
        in.setAttr(y, s.value, heap.newRef(value));
    }

    /** for item in listiter: y.append(item) (deep: item = deepcopy(item, memo) first). */
    private void refillList(PyObject y, PyObject iter, PyDict memo) {
        for (PyObject item = in.builtinImpl.next(iter); item != null; item = in.builtinImpl.next(iter)) {
            PyObject original = item;
            PyObject added = copy.declaring(original, () -> memo == null ? heap.newRef(original) : copy.deepNested(original, memo));
            heap.decref(original);
            try {
                heap.decref(copy.declaring(added, () -> callOwnOrBase(y, "append", added)));
            } finally {
                heap.decref(added);
            }
        }
    }

    /** for key, value in dictiter: y[key] = value (deep: both deep-copied first). */
    private void refillDict(PyObject y, PyObject iter, PyDict memo) {
        for (PyObject pair = in.builtinImpl.next(iter); pair != null; pair = in.builtinImpl.next(iter)) {
            PyObject key = heap.newRef(((PyTuple) pair).items[0]);
            PyObject value = heap.newRef(((PyTuple) pair).items[1]);
            heap.decref(pair);
            copy.declaring(key, () -> copy.declaring(value, () -> {
                PyObject k = memo == null ? heap.newRef(key) : copy.deepNested(key, memo);
                PyObject val = copy.declaring(k, () -> memo == null ? heap.newRef(value) : copy.deepNested(value, memo));
                try {
                    copy.declaring(k, () -> copy.declaring(val, () -> {
                        in.builtinImpl.setItem(y, k, val);
                        return null;
                    }));
                } finally {
                    heap.decref(k);
                }
                return null;
            }));
            heap.decref(key);
            heap.decref(value);
        }
    }

    /** o.name(*args) as copy.py's and odict_reduce's code calls it: the class's own method first. */
    private PyObject callOwnOrBase(PyObject o, String name, PyObject... args) {
        if (o instanceof PyInstance i && i.cls.lookup(name) instanceof PyFunction) return in.builtinImpl.types.instances().special(o, name, args);
        return in.builtinImpl.callMethod(o, name, List.of(args), Map.of());
    }

    private PyTuple tuple(PyObject... items) {
        return heap.alloc(new PyTuple(items));
    }
}
