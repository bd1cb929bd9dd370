package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * copy: copy() makes a shallow copy the way copy.py dispatches (list.copy, dict.copy, set copy,
 * a new instance sharing the attribute values; immutable objects come back as themselves);
 * deepcopy() rebuilds containers item by item (a list grows by append, as copy.py's does),
 * keeping a memo so shared objects and cycles are copied once.
 */
final class CopyModule extends NativeModule {
    CopyModule(Interpreter in) {
        super("copy", in);
        function("copy", (args, kw) -> shallow(one("copy.copy", args)));
        keywordFunction("deepcopy", (args, kw) -> {
            Args.count("deepcopy", args, 1, 2);
            return deep(args.get(0), new IdentityHashMap<>());
        });
    }

    @Override
    String qualify(String fname) {
        return fname;
    }

    private PyObject shallow(PyObject x) {
        if (x instanceof PyList || x instanceof PyDict || x instanceof PySet || x instanceof PyDeque) {
            return in.builtinImpl.callMethod(x, "copy", List.of(), Map.of());
        }
        if (x instanceof PyNamedTuple t) {
            // A tuple subclass is rebuilt through __reduce_ex__: a new object with the same items.
            for (PyObject o : t.items) heap.incref(o);
            heap.incref(t.cls);
            return heap.alloc(new PyNamedTuple(t.cls, t.items.clone()));
        }
        if (x instanceof PyInstance i) {
            refuseBuiltinPart(i);
            PyInstance y = newInstance(i.cls);
            for (String name : in.instanceDicts.names(i)) in.instanceDicts.set(y, name, heap.newRef(in.instanceDicts.get(i, name)));
            return y;
        }
        return heap.newRef(x);
    }

    /** An empty dict of the same kind (defaultdict keeps its factory, which deepcopy treats as atomic). */
    private PyDict emptyLike(PyDict d) {
        if (d instanceof PyDefaultDict dd) {
            PyDefaultDict y = new PyDefaultDict();
            if (dd.factory != null) y.factory = heap.newRef(dd.factory);
            return y;
        }
        if (d instanceof PyCounter) return new PyCounter();
        if (d instanceof PyOrderedDict) return new PyOrderedDict(heap);
        return new PyDict();
    }

    /**
     * Copying a list/dict/set subclass's instance goes through __reduce_ex__ and copyreg in CPython
     * (refilling the copy with its overridden append or __setitem__): not modelled.
     */
    private static void refuseBuiltinPart(PyInstance i) {
        if (i.body != null) {
            throw new PyRaise("TypeError", "copying an instance of a class deriving from '" + i.cls.builtinBase
                    + "' is not supported in the memory lab");
        }
    }

    private PyInstance newInstance(PyClass cls) {
        heap.incref(cls);
        PyInstance y = heap.alloc(new PyInstance(cls));
        return y;
    }

    /** A deep copy (new reference); memo maps each original already copied to its copy. */
    private PyObject deep(PyObject x, Map<PyObject, PyObject> memo) {
        in.checkDeadline();
        PyObject done = memo.get(x);
        if (done != null) return heap.newRef(done);
        if (x instanceof PyList l) {
            PyList y = heap.alloc(new PyList(new ArrayList<>(), 0));
            memo.put(x, y);
            for (PyObject item : new ArrayList<>(l.items)) in.builtinImpl.append(y, deep(item, memo));
            return y;
        }
        if (x instanceof PyNamedTuple t) {
            PyObject[] items = new PyObject[t.items.length];
            for (int i = 0; i < items.length; i++) items[i] = deep(t.items[i], memo);
            heap.incref(t.cls);
            PyNamedTuple y = heap.alloc(new PyNamedTuple(t.cls, items));
            memo.put(x, y);
            return y;
        }
        if (x instanceof PyDeque d) {
            PyDeque y = heap.alloc(new PyDeque());
            y.maxlen = d.maxlen;
            memo.put(x, y);
            DequeType deques = (DequeType) in.builtinImpl.types.of(PyDeque.class);
            for (PyObject item : new ArrayList<>(d.items)) deques.append(y, deep(item, memo));
            return y;
        }
        if (x instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.items.length];
            boolean same = true;
            for (int i = 0; i < items.length; i++) {
                items[i] = deep(t.items[i], memo);
                same &= items[i] == t.items[i];
            }
            if (same) {
                for (PyObject o : items) heap.decref(o);
                return heap.newRef(x);
            }
            PyTuple y = heap.alloc(new PyTuple(items));
            memo.put(x, y);
            return y;
        }
        if (x instanceof PyDict d) {
            PyDict y = heap.alloc(emptyLike(d));
            memo.put(x, y);
            for (PyObject[] e : d.entries()) {
                PyObject k = deep(e[0], memo);
                in.builtinImpl.put(y, k, deep(e[1], memo));
            }
            return y;
        }
        if (x instanceof PySet s) {
            PySet y = heap.alloc(s instanceof PyFrozenSet ? new PyFrozenSet() : new PySet());
            memo.put(x, y);
            for (PyObject m : s.members()) y.add(deep(m, memo), heap);
            return y;
        }
        if (x instanceof PyInstance i) {
            refuseBuiltinPart(i);
            PyInstance y = newInstance(i.cls);
            memo.put(x, y);
            for (String name : in.instanceDicts.names(i)) in.instanceDicts.set(y, name, deep(in.instanceDicts.get(i, name), memo));
            return y;
        }
        return heap.newRef(x);
    }
}
