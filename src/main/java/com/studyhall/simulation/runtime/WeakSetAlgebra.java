package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A WeakSet's set algebra as Lib/_weakrefset.py writes it: the new-set methods build a new WeakSet
 * (union and intersection through WeakSet(iterable), difference and symmetric_difference as a copy
 * updated in place), the in-place ones work on the data set with {@code ref(item)} of each item of
 * the other iterable (so an item that cannot be weakly referenced is CPython's TypeError, except
 * where intersection's {@code item in self} skips it), and the comparisons compare the data set with
 * the set of the other's references. Items are compared as the references compare: by identity or
 * equality of their live referents.
 */
final class WeakSetAlgebra {
    private final WeakContainerType type;
    private final Heap heap;
    private final Interpreter in;

    WeakSetAlgebra(WeakContainerType type, Interpreter in) {
        this.type = type;
        this.heap = in.heap;
        this.in = in;
    }

    void install() {
        type.method("union", (self, args, kw) -> union(set(self, "union"), other(self, "union", args, kw)));
        type.method("intersection", (self, args, kw) -> intersection(set(self, "intersection"), other(self, "intersection", args, kw)));
        type.method("difference", (self, args, kw) -> difference(set(self, "difference"), other(self, "difference", args, kw)));
        type.method("symmetric_difference", (self, args, kw) ->
                symmetricDifference(set(self, "symmetric_difference"), other(self, "symmetric_difference", args, kw)));
        type.method("difference_update", (self, args, kw) -> {
            differenceUpdate(set(self, "difference_update"), other(self, "difference_update", args, kw));
            return in.values.none;
        });
        type.method("intersection_update", (self, args, kw) -> {
            intersectionUpdate(set(self, "intersection_update"), other(self, "intersection_update", args, kw));
            return in.values.none;
        });
        type.method("symmetric_difference_update", (self, args, kw) -> {
            symmetricDifferenceUpdate(set(self, "symmetric_difference_update"), other(self, "symmetric_difference_update", args, kw));
            return in.values.none;
        });
        type.method("issubset", (self, args, kw) -> in.values.bool(issubset(set(self, "issubset"), other(self, "issubset", args, kw))));
        type.method("issuperset", (self, args, kw) -> in.values.bool(issuperset(set(self, "issuperset"), other(self, "issuperset", args, kw))));
        type.method("isdisjoint", (self, args, kw) -> {
            PyWeakContainer c = set(self, "isdisjoint");
            PyObject common = intersection(c, other(self, "isdisjoint", args, kw));
            try {
                return in.values.bool(common instanceof PyWeakContainer w && w.data.map.isEmpty());
            } finally {
                heap.decref(common);
            }
        });
    }

    /** A WeakSet method: the weak dictionaries have none of that name (CPython's AttributeError). */
    private static PyWeakContainer set(PyObject self, String name) {
        PyWeakContainer c = (PyWeakContainer) self;
        if (!c.kind.equals("WeakSet")) throw new PyRaise("AttributeError", "'" + c.kind + "' object has no attribute '" + name + "'");
        return c;
    }

    /** The one parameter {@code other} of a Python-level method, by position or keyword. */
    private static PyObject other(PyObject self, String name, List<PyObject> args, Map<String, PyObject> kw) {
        String qualified = ((PyWeakContainer) self).kind + "." + name + "()";
        for (String k : kw.keySet()) {
            if (!k.equals("other")) throw new PyRaise("TypeError", qualified + " got an unexpected keyword argument '" + k + "'");
            if (!args.isEmpty()) throw new PyRaise("TypeError", qualified + " got multiple values for argument 'other'");
        }
        if (args.size() > 1) throw new PyRaise("TypeError", qualified + " takes 2 positional arguments but " + (args.size() + 1) + " were given");
        PyObject other = Args.get(args, kw, 0, "other");
        if (other == null) throw new PyRaise("TypeError", qualified + " missing 1 required positional argument: 'other'");
        return other;
    }

    /** The operators: | & - ^ are union, intersection, difference and symmetric_difference with any iterable. */
    PyObject binary(TokenType op, PyWeakContainer a, PyObject b) {
        return switch (op) {
            case PIPE -> union(a, b);
            case AMPER -> intersection(a, b);
            case MINUS -> difference(a, b);
            case CARET -> symmetricDifference(a, b);
            default -> null;
        };
    }

    /** |=, &=, -=, ^=: the set updated in place (each returns self). */
    PyObject inplace(TokenType op, PyWeakContainer a, PyObject b) {
        switch (op) {
            case PIPE -> update(a, b);
            case AMPER -> intersectionUpdate(a, b);
            case MINUS -> differenceUpdate(a, b);
            case CARET -> symmetricDifferenceUpdate(a, b);
            default -> {
                return null;
            }
        }
        return heap.newRef(a);
    }

    /** <= and >= are issubset/issuperset (any iterable); < and > compare with set(map(ref, other)). */
    Boolean order(String op, PyWeakContainer a, PyObject b) {
        return switch (op) {
            case "<=" -> issubset(a, b);
            case ">=" -> issuperset(a, b);
            case "<" -> issubset(a, b) && live(a).size() < references(b).size();
            default -> issuperset(a, b) && live(a).size() > references(b).size();
        };
    }

    /** __eq__: another WeakSet with the same live items; anything else is NotImplemented (then identity). */
    boolean eq(PyWeakContainer a, PyObject b) {
        if (!(b instanceof PyWeakContainer w) || !w.kind.equals("WeakSet")) return false;
        List<PyObject> mine = live(a);
        List<PyObject> theirs = references(w);
        return mine.size() == theirs.size() && issubset(a, w);
    }

    PyObject union(PyWeakContainer c, PyObject other) {
        return type.filled(type.allocate("WeakSet"), result -> {
            for (PyObject item : live(c)) type.addItem(result, item);
            for (PyObject item : iterable(other)) type.addItem(result, item);
        });
    }

    /** self.__class__(item for item in other if item in self): items that cannot be referenced are not in it. */
    PyObject intersection(PyWeakContainer c, PyObject other) {
        return type.filled(type.allocate("WeakSet"), result -> {
            for (PyObject item : iterable(other)) {
                if (WeakrefModule.weakrefable(item) && type.findByReferent(c, item) != null) type.addItem(result, item);
            }
        });
    }

    PyObject difference(PyWeakContainer c, PyObject other) {
        return type.filled(type.copyOf(c), result -> differenceUpdate(result, other));
    }

    PyObject symmetricDifference(PyWeakContainer c, PyObject other) {
        return type.filled(type.copyOf(c), result -> symmetricDifferenceUpdate(result, other));
    }

    /** update() and |=: add(element) for each element of other. */
    void update(PyWeakContainer c, PyObject other) {
        for (PyObject item : iterable(other)) type.addItem(c, item);
    }

    /** __isub__: the whole set when other is self, else data.difference_update(ref(item) for item in other), item by item. */
    void differenceUpdate(PyWeakContainer c, PyObject other) {
        if (other == c) {
            type.clearData(c);
            return;
        }
        for (PyObject item : iterable(other)) {
            WeakrefModule.requireWeakrefable(item);
            PyObject[] e = type.findByReferent(c, item);
            if (e != null) type.drop(c, e[0]);
        }
    }

    /** __iand__: data.intersection_update(...) builds the kept set from all of other's references first. */
    void intersectionUpdate(PyWeakContainer c, PyObject other) {
        List<PyObject> keep = references(other);
        for (PyObject[] e : new ArrayList<>(c.data.entries())) {
            PyObject item = ((PyWeakref) e[0]).referent;
            if (item == null || keep.stream().noneMatch(k -> in.ops.sameOrEqual(k, item))) type.drop(c, e[0]);
        }
    }

    /** __ixor__: empty when other is self; else other's references as a set, each then removed if present or added. */
    void symmetricDifferenceUpdate(PyWeakContainer c, PyObject other) {
        if (other == c) {
            type.clearData(c);
            return;
        }
        for (PyObject item : references(other)) {
            PyObject[] e = type.findByReferent(c, item);
            if (e != null) type.drop(c, e[0]);
            else type.addItem(c, item);
        }
    }

    /** data.issubset(ref(item) for item in other): other's references are all made first (a set of them). */
    boolean issubset(PyWeakContainer c, PyObject other) {
        List<PyObject> theirs = references(other);
        for (PyObject item : live(c)) {
            if (theirs.stream().noneMatch(k -> in.ops.sameOrEqual(k, item))) return false;
        }
        return true;
    }

    /** data.issuperset(ref(item) for item in other): the generator is read until an item is missing. */
    boolean issuperset(PyWeakContainer c, PyObject other) {
        for (PyObject item : iterable(other)) {
            WeakrefModule.requireWeakrefable(item);
            if (type.findByReferent(c, item) == null) return false;
        }
        return true;
    }

    /** The live items of a WeakSet, in its data's order (borrowed). */
    private static List<PyObject> live(PyWeakContainer c) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject[] e : c.data.entries()) {
            PyObject item = ((PyWeakref) e[0]).referent;
            if (item != null) out.add(item);
        }
        return out;
    }

    /** The items of other (borrowed): a WeakSet's live items, or any iterable's. */
    private List<PyObject> iterable(PyObject other) {
        if (other instanceof PyWeakContainer w && w.kind.equals("WeakSet")) return live(w);
        return new ArrayList<>(in.builtinImpl.iterate(other));
    }

    /** set(ref(item) for item in other) as the referents it holds, duplicates dropped (borrowed). */
    private List<PyObject> references(PyObject other) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject item : iterable(other)) {
            WeakrefModule.requireWeakrefable(item);
            if (out.stream().noneMatch(k -> in.ops.sameOrEqual(k, item))) out.add(item);
        }
        return out;
    }
}
