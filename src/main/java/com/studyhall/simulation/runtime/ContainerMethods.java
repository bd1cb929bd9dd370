package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;

/** The less common methods of tuple, list, dict and set, registered in those types' tables. */
final class ContainerMethods {
    private ContainerMethods() { }

    static void installTuple(BuiltinType t) {
        t.method("count", (self, args, kw) -> {
            Args.count("count", args, 1, 1);
            int n = 0;
            for (PyObject o : ((PyTuple) self).items) if (t.ops().sameOrEqual(o, args.get(0))) n++;
            return t.v.integer(n);
        });
        t.method("index", (self, args, kw) -> t.v.integer(index(t, List.of(((PyTuple) self).items), args, "tuple.index(x): x not in tuple")));
    }

    /** list.index / tuple.index with optional start and end, as slices clamp them. */
    static int index(BuiltinType t, List<PyObject> items, List<PyObject> args, String missing) {
        Args.count("index", args, 1, 3);
        int[] b = com.studyhall.simulation.library.Text.bounds(items.size(), Args.bound(args, 1), Args.bound(args, 2));
        for (int i = b[0]; i < Math.min(b[1], items.size()); i++) {
            if (t.ops().sameOrEqual(items.get(i), args.get(0))) return i;
        }
        throw new PyRaise("ValueError", missing);
    }

    static void installDict(BuiltinType t) {
        t.method("popitem", (self, args, kw) -> {
            Args.count("popitem", args, 0, 0);
            PyDict d = (PyDict) PyInstance.bodyOf(self);
            List<PyObject[]> entries = d.entries();
            if (entries.isEmpty()) throw new PyRaise("KeyError", "'popitem(): dictionary is empty'");
            // A split table is first made ordinary at the shared table's size.
            if (d.split != null) d.combine(SharedKeys.LOG2_SIZE, true);
            PyObject[] e = d.remove(entries.get(entries.size() - 1)[0]);
            return t.heap.alloc(new PyTuple(new PyObject[] {e[0], e[1]}));
        });
        t.method("fromkeys", (self, args, kw) -> {
            Args.count("fromkeys", args, 1, 2);
            PyDict d = t.heap.alloc(new PyDict());
            PyObject value = args.size() > 1 ? args.get(1) : t.v.none;
            for (PyObject k : t.builtins().iterate(args.get(0))) t.builtins().put(d, t.heap.newRef(k), t.heap.newRef(value));
            return d;
        });
    }

    /** The methods set and frozenset share: they only read, and make new sets of the receiver's kind. */
    static void installSetQueries(SetLikeType t) {
        for (String name : List.of("union", "intersection", "difference")) {
            TokenType op = name.equals("union") ? TokenType.PIPE : name.equals("intersection") ? TokenType.AMPER : TokenType.MINUS;
            t.varargsMethod(name, (self, args, kw) -> {
                PyObject acc = t.heap.newRef(self);
                if (args.isEmpty()) {
                    t.heap.decref(acc);
                    return copy(t, self);
                }
                for (PyObject other : args) {
                    PyObject s = asSet(t, other);
                    try {
                        PyObject next = t.ops().binary(op, acc, s);
                        t.heap.decref(acc);
                        acc = next;
                    } finally {
                        t.heap.decref(s);
                    }
                }
                return acc;
            });
        }
        t.method("symmetric_difference", (self, args, kw) -> {
            Args.count("symmetric_difference", args, 1, 1);
            PySet other = (PySet) asSet(t, args.get(0));
            try {
                return t.symmetricDifference((PySet) self, other);
            } finally {
                t.heap.decref(other);
            }
        });
        t.method("copy", (self, args, kw) -> copy(t, self));
        for (String name : List.of("issubset", "issuperset", "isdisjoint")) {
            t.method(name, (self, args, kw) -> {
                Args.count(name, args, 1, 1);
                PySet s = (PySet) self;
                PySet o = (PySet) asSet(t, args.get(0));
                try {
                    boolean r = switch (name) {
                        case "issubset" -> s.members().stream().allMatch(o::contains);
                        case "issuperset" -> o.members().stream().allMatch(s::contains);
                        default -> s.members().stream().noneMatch(o::contains);
                    };
                    return t.v.bool(r);
                } finally {
                    t.heap.decref(o);
                }
            });
        }
    }

    /** The methods only a set has: they change it in place. */
    static void installSetChanges(SetType t) {
        t.varargsMethod("update", (self, args, kw) -> {
            for (PyObject other : args) t.builtins().addEachIterated((PySet) self, other);
            return t.v.none;
        });
        for (String name : List.of("intersection_update", "difference_update")) {
            t.varargsMethod(name, (self, args, kw) -> {
                PySet s = (PySet) self;
                for (PyObject other : args) {
                    PySet o = (PySet) asSet(t, other);
                    try {
                        for (PyObject m : s.members()) {
                            if (o.contains(m) != name.startsWith("intersection")) t.heap.decref(s.discard(m));
                        }
                    } finally {
                        t.heap.decref(o);
                    }
                }
                return t.v.none;
            });
        }
        // set_symmetric_difference_update: other (made a set first unless it is one) toggles each member.
        t.method("symmetric_difference_update", (self, args, kw) -> {
            Args.count("symmetric_difference_update", args, 1, 1);
            PySet o = (PySet) asSet(t, args.get(0));
            try {
                t.toggle((PySet) self, o);
            } finally {
                t.heap.decref(o);
            }
            return t.v.none;
        });
        t.method("pop", (self, args, kw) -> {
            PySet s = (PySet) self;
            if (s.size() == 0) throw new PyRaise("KeyError", "'pop from an empty set'");
            return s.discard(s.members().get(0));
        });
    }

    /** set.copy(); a frozenset's copy is the frozenset itself (frozenset_copy). */
    private static PyObject copy(SetLikeType t, PyObject self) {
        if (self instanceof PyFrozenSet) return t.heap.newRef(self);
        PySet s = (PySet) self;
        PySet out = t.emptyLike(s);
        out.copyTableIfSameSize(s, s.size());
        for (PyObject m : s.members()) out.add(t.heap.newRef(m), t.heap);
        return out;
    }

    /** The argument as a set (a new reference): itself if it is one, else a temporary set of its items. */
    private static PyObject asSet(BuiltinType t, PyObject o) {
        if (o instanceof PySet) return t.heap.newRef(o);
        PySet s = t.heap.alloc(new PySet());
        for (PyObject m : t.builtins().iterate(o)) s.add(t.heap.newRef(m), t.heap);
        return s;
    }
}
