package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** dict: an insertion-ordered hash table, its views and its methods. */
class DictType extends BuiltinType {
    DictType(Interpreter in) {
        this("dict", null, in);
        classMethod("fromkeys", (type, args, kw) -> fromKeys(args));
    }

    /** dict.fromkeys: a dict or set source presizes the new dict once (dict_fromkeys); others insert one by one. */
    private PyObject fromKeys(List<PyObject> args) {
        Args.count("fromkeys", args, 1, 2);
        PyObject value = args.size() > 1 ? args.get(1) : v.none;
        PyDict d = heap.allocFromType(new PyDict());
        try {
            PyObject src = args.get(0);
            if (src.getClass() == PyDict.class || src instanceof PySet) {
                // estimate_log2_keysize((n*3+1)/2) as calculate_log2_keysize rounds it; a set's keys table is never unicode-only.
                long minSize = (builtins().len(src) * 3 + 1) / 2;
                int log2 = 64 - Long.numberOfLeadingZeros(((minSize | 8) - 1) | 7);
                d.resizeEmpty(log2, PyInstance.bodyOf(src) instanceof PyDict s && s.unicode);
            }
            if (src.getClass() == PyDict.class) {
                // dict_fromkeys from an exact dict inserts with the stored hashes.
                for (Map.Entry<Object, PyObject[]> e : ((PyDict) src).keyedEntries()) {
                    PyObject key = heap.newRef(e.getValue()[0]);
                    d.putKeyed(Keys.stored(e.getKey(), true), key, heap.newRef(value), heap);
                    in.maintainTracking(d, key);
                    in.maintainTracking(d, value);
                }
                return d;
            }
            for (PyObject k : builtins().iterate(src)) builtins().put(d, heap.newRef(k), heap.newRef(value));
            return d;
        } catch (PyRaise e) {
            heap.decref(d);
            throw e;
        }
    }

    /** For the dict subclasses of collections: they share dict's slots and methods. */
    DictType(String name, BuiltinType base, Interpreter in) {
        super(name, base, in);
        ContainerMethods.installDict(this);
        method("get", (self, args, kw) -> {
            PyObject r = ((PyDict) PyInstance.bodyOf(self)).get(args.get(0));
            return r != null ? heap.newRef(r) : args.size() > 1 ? heap.newRef(args.get(1)) : v.none;
        });
        method("keys", (self, args, kw) -> view("dict_keys", self));
        method("values", (self, args, kw) -> view("dict_values", self));
        method("items", (self, args, kw) -> view("dict_items", self));
        // dict's take no keywords (ArgumentShapes says so first); OrderedDict's take key= and default=.
        method("setdefault", (self, args, kw) -> {
            PyDict d = (PyDict) PyInstance.bodyOf(self);
            PyObject key = Args.get(args, kw, 0, "key");
            PyObject r = d.get(key);
            if (r != null) return heap.newRef(r);
            PyObject given = Args.get(args, kw, 1, "default");
            PyObject dv = given != null ? given : v.none;
            builtins().put(d, heap.newRef(key), heap.newRef(dv));
            return heap.newRef(dv);
        });
        method("pop", (self, args, kw) -> {
            PyObject key = Args.get(args, kw, 0, "key");
            PyObject given = Args.get(args, kw, 1, "default");
            PyObject[] e = ((PyDict) PyInstance.bodyOf(self)).remove(key);
            if (e == null) {
                if (given != null) return heap.newRef(given);
                throw PyRaise.withArg("KeyError", ops().repr(key), heap.newRef(key));
            }
            heap.decref(e[0]);
            return e[1];
        });
        // METH_VARARGS | METH_KEYWORDS: the call packs the positional arguments into a tuple; the keywords'
        // dict is the one update() makes (from a star call, the caller's tuple and dict are used as they are).
        method("update", (self, args, kw) -> builtins().takeArgumentsPackedByCaller(args) ? update(self, args, kw)
                : builtins().withPackedArguments(args.size(), false, () -> update(self, args, kw)));
        method("clear", (self, args, kw) -> {
            ((PyDict) PyInstance.bodyOf(self)).clearAll(heap);
            return v.none;
        });
        method("copy", (self, args, kw) -> copyOf((PyDict) PyInstance.bodyOf(self)));
    }

    /** dict_or: a copy of the left dict updated with the right one; only between two dicts. */
    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (op != TokenType.PIPE || !(PyInstance.bodyOf(b) instanceof PyDict other) || PyInstance.bodyOf(a).getClass() != PyDict.class) return null;
        // An OrderedDict on the right of an exact dict answers first (binary_op1: its type derives from
        // dict's and has its own slot); a dict subclass on the left is not its base, so dict_or goes first.
        if (OrderedDictType.isOrderedDict(b) && !(a instanceof PyInstance)) return null;
        PyDict c = copyOf((PyDict) PyInstance.bodyOf(a));
        builtins().update(c, other);
        return c;
    }

    /** PyDict_Copy: the copy clones the source's table unless a third of it is deleted entries. */
    private PyDict copyOf(PyDict d) {
        PyDict c = heap.alloc(new PyDict());
        c.copyShapeFrom(d);
        builtins().putAll(c, d);
        return c;
    }

    /** dict_ior: the dict updates itself from anything dict.update accepts. */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        if (op != TokenType.PIPE || PyInstance.bodyOf(a).getClass() != PyDict.class) return null;
        builtins().update((PyDict) PyInstance.bodyOf(a), b);
        return heap.newRef(a);
    }

    private PyObject view(String kind, PyObject dict) {
        heap.incref(dict);
        return heap.alloc(new PyView(kind, dict));
    }

    @Override
    long len(PyObject o) {
        return ((PyDict) PyInstance.bodyOf(o)).map.size();
    }

    @Override
    boolean truthy(PyObject o) {
        return !((PyDict) PyInstance.bodyOf(o)).map.isEmpty();
    }

    @Override
    String recursionRepr(PyObject o) {
        return "{...}";
    }

    @Override
    String repr(PyObject o) {
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (PyObject[] e : new ArrayList<>(((PyDict) PyInstance.bodyOf(o)).map.values())) {
            b.append(first ? "" : ", ").append(ops().repr(e[0])).append(": ").append(ops().repr(e[1]));
            first = false;
        }
        return b.append('}').toString();
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!(PyInstance.bodyOf(b) instanceof PyDict y)) return false;
        PyDict x = (PyDict) PyInstance.bodyOf(a);
        if (x.map.size() != y.map.size()) return false;
        for (PyObject[] e : x.map.values()) {
            PyObject other = y.get(e[0]);
            if (other == null || !ops().sameOrEqual(e[1], other)) return false;
        }
        return true;
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyObject r = ((PyDict) PyInstance.bodyOf(o)).get(key);
        if (r == null && o instanceof PyInstance) {
            // dict_subscript: a subclass's __missing__(key) answers for a missing key.
            PyObject missing = builtins().types.instances().special(o, "__missing__", key);
            if (missing != null) return missing;
        }
        if (r == null) throw PyRaise.withArg("KeyError", ops().repr(key), heap.newRef(key));
        return heap.newRef(r);
    }

    @Override
    void setItem(PyObject o, PyObject key, PyObject value) {
        builtins().put((PyDict) PyInstance.bodyOf(o), heap.newRef(key), value);
    }

    @Override
    void delItem(PyObject o, PyObject key) {
        PyObject[] e = ((PyDict) PyInstance.bodyOf(o)).remove(key);
        if (e == null) throw PyRaise.withArg("KeyError", ops().repr(key), heap.newRef(key));
        heap.decref(e[0]);
        heap.decref(e[1]);
    }

    @Override
    PyObject iter(PyObject o) {
        heap.incref(o);
        PyIter it = heap.alloc(new PyIter(keyIteratorName(o, false), o));
        it.snapshot = items(o);
        it.odictState = PyOrderedDict.stateOf(o);
        return it;
    }

    /** iter(d) and reversed(d): dict_keyiterator, dict_reversekeyiterator, or an OrderedDict's odict_iterator either way. */
    static String keyIteratorName(PyObject o, boolean reverse) {
        if (PyInstance.bodyOf(o) instanceof PyOrderedDict) return "odict_iterator";
        return reverse ? "dict_reversekeyiterator" : "dict_keyiterator";
    }

    @Override
    List<PyObject> items(PyObject o) {
        List<PyObject> keys = new ArrayList<>();
        for (PyObject[] e : ((PyDict) PyInstance.bodyOf(o)).map.values()) keys.add(e[0]);
        return keys;
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return ((PyDict) PyInstance.bodyOf(container)).get(item) != null;
    }
    /** dict_update: at most one mapping or iterable of pairs, then the keyword arguments. */
    private PyObject update(PyObject self, List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() > 1) throw new PyRaise("TypeError", "update expected at most 1 argument, got " + args.size());
        if (!args.isEmpty()) builtins().update((PyDict) PyInstance.bodyOf(self), args.get(0));
        if (!kw.isEmpty()) {
            // The keywords arrive as a dict of their own (as the call builds it), merged like any dict.
            PyDict given = heap.alloc(new PyDict());
            given.presize(kw.size(), true);
            for (var e : kw.entrySet()) builtins().put(given, v.intern(e.getKey()), heap.newRef(e.getValue()));
            try {
                builtins().update((PyDict) PyInstance.bodyOf(self), given);
            } finally {
                heap.decref(given);
            }
        }
        return v.none;
    }
}
