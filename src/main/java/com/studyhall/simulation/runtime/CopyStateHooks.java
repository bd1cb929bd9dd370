package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * copy.copy and copy.deepcopy of an instance whose class defines __getstate__ or __setstate__, as
 * Lib/copy.py 3.11 and object.__reduce_ex__(4) run them: reduce_newobj makes the (cls,) tuple,
 * asks _PyObject_GetState for the state (the class's __getstate__ through a bound method made
 * for the call, or the instance's __dict__, None when it is empty), and returns the 5-tuple
 * (copyreg.__newobj__, (cls,), state, None, None); copy() calls _reconstruct(x, memo, *rv) with the
 * 7-tuple a list built, which makes the copy, deep-copies the state (deepcopy), and hands it to
 * __setstate__ or updates the copy's __dict__ (a 2-tuple's second dict set attribute by attribute).
 * The tuples hold the state and x as CPython's do, so a hook sees CPython's reference counts; the
 * copy() frame's reductor (x.__reduce_ex__, a bound method) holds x throughout.
 */
record CopyStateHooks(CopyModule copy, Interpreter in) {

    static boolean applies(PyInstance i) {
        return i.cls.lookup("__getstate__") != null || i.cls.lookup("__setstate__") != null;
    }

    /** A hook the class defines as a plain function (a staticmethod, classmethod or other descriptor would bind otherwise). */
    private static PyFunction plain(PyObject hook, String name) {
        if (hook == null || hook instanceof PyFunction) return (PyFunction) hook;
        throw new PyRaise("TypeError", name + " other than a plain method is not supported in the memory lab");
    }

    PyObject shallow(PyInstance x) {
        return reduced(x, null);
    }

    PyObject deep(PyInstance x, PyDict memo) {
        return reduced(x, memo);
    }

    private PyObject reduced(PyInstance x, PyDict memo) {
        for (PyClass c : x.cls.mro) {
            if (c.slots != null && !c.slots.isEmpty()) {
                // object.__getstate__'s (dict, slots) pair and a copy without __dict__ are not modelled.
                throw new PyRaise("TypeError", "copying a __slots__ instance whose class defines __getstate__ or __setstate__ is not supported in the memory lab");
            }
        }
        List<PyObject> held = new ArrayList<>();
        in.heap.incref(x); // copy()'s reductor, the bound x.__reduce_ex__
        held.add(x);
        in.push(x);
        try {
            PyTuple newargs = tuple(in.heap.newRef(x.cls));
            hold(held, newargs);
            PyObject state = state(x);
            hold(held, state);
            PyTuple rv = tuple(in.heap.newRef(in.values.none), in.heap.newRef(newargs), in.heap.newRef(state), in.heap.newRef(in.values.none),
                    in.heap.newRef(in.values.none));
            hold(held, rv);
            in.heap.decref(in.heap.alloc(new PyList(new ArrayList<>(), 0)));
            PyObject second = memo == null ? in.values.none : memo;
            hold(held, tuple(in.heap.newRef(x), in.heap.newRef(second), in.heap.newRef(in.values.none), in.heap.newRef(newargs), in.heap.newRef(state),
                    in.heap.newRef(in.values.none), in.heap.newRef(in.values.none)));
            return memo == null ? reconstruct(x, state, null) : reconstructDeep(x, state, memo, held);
        } finally {
            for (int k = held.size() - 1; k >= 0; k--) {
                in.pop();
                in.heap.decref(held.get(k));
            }
        }
    }

    private void hold(List<PyObject> held, PyObject o) {
        held.add(o);
        in.push(o);
    }

    private PyTuple tuple(PyObject... items) {
        return in.heap.alloc(new PyTuple(items));
    }

    /** _PyObject_GetState: the class's __getstate__ called through a bound method made and freed, or the default state. */
    private PyObject state(PyInstance x) {
        PyFunction getstate = plain(x.cls.lookup("__getstate__"), "__getstate__");
        if (getstate == null) {
            // object.__getstate__: copyreg._slotnames first (cached on the class), then the dict, or None when empty.
            copy.cacheSlotnames(x.cls);
            if (in.instanceDicts.names(x).isEmpty()) return in.heap.newRef(in.values.none);
            return in.heap.newRef(in.instanceDicts.dictOf(x));
        }
        // The bound method holds x while the hook runs.
        in.heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        try {
            return copy.holding(x, () -> in.builtinImpl.callValue(getstate, List.of(x)));
        } finally {
            in.heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
        }
    }

    /** y = copyreg.__newobj__(cls), then the state set on it; a new reference to y. */
    private PyObject reconstruct(PyInstance x, PyObject state, PyDict memo) {
        copy.newobjCall();
        PyInstance y = copy.newInstance(x.cls);
        if (memo != null) copy.remember(memo, x, y);
        return copy.filling(y, () -> {
            if (state != in.values.none) setState(y, state);
        });
    }

    /**
     * The deep _reconstruct: the generator of deep-copied arguments (its closure tuple made with the
     * call's 7-tuple, freed once func(*args) exhausted it), the copy memoized, then the state
     * deep-copied: the local that held it now holds the copy.
     */
    private PyObject reconstructDeep(PyInstance x, PyObject state, PyDict memo, List<PyObject> held) {
        PyTuple closure = tuple(in.heap.newRef(in.values.none), in.heap.newRef(in.values.none));
        in.push(closure);
        in.heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 10);
        copy.newobjCall();
        PyInstance y = copy.newInstance(x.cls);
        in.heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        in.pop();
        in.heap.decref(closure);
        copy.remember(memo, x, y);
        return copy.filling(y, () -> {
            if (state != in.values.none) copy.withDeepCopy(state, memo, copied -> setState(y, copied));
        });
    }

    /** _reconstruct's state branch: y.__setstate__(state), or the copy's __dict__ updated (and a 2-tuple's slot state set). */
    private void setState(PyInstance y, PyObject state) {
        PyFunction setstate = plain(y.cls.lookup("__setstate__"), "__setstate__");
        if (setstate != null) {
            // hasattr(y, '__setstate__') makes the bound method and frees it; the call itself makes none.
            in.heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
            in.heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
            in.heap.decref(in.builtinImpl.callValue(setstate, List.of(y, state)));
            return;
        }
        PyObject dictState = state;
        PyObject slotState = in.values.none;
        if (state instanceof PyTuple t && t.getClass() == PyTuple.class && t.items.length == 2) {
            dictState = t.items[0];
            slotState = t.items[1];
        }
        if (dictState != in.values.none) in.builtinImpl.update(in.instanceDicts.dictOf(y), dictState);
        if (slotState == in.values.none) return;
        if (!(slotState instanceof PyDict slots) || slots.getClass() != PyDict.class) {
            throw new PyRaise("TypeError", "a copy state whose second item is not a dict is not supported in the memory lab");
        }
        for (PyObject[] e : slots.entries()) in.setAttr(y, ((PyStr) e[0]).value, in.heap.newRef(e[1]));
    }
}
