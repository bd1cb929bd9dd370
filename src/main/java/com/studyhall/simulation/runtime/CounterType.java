package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * collections.Counter (Lib/collections/__init__.py): a dict of counts. A missing key counts 0
 * without being stored, update/subtract add and take away counts, most_common sorts by count
 * (ties keep insertion order), and + - &amp; | keep only positive counts.
 */
final class CounterType extends DictType {
    CounterType(DictType dict, Interpreter in) {
        super("Counter", dict, in);
        method("update", (self, args, kw) -> {
            update((PyDict) self, args, kw, 1);
            return v.none;
        });
        method("subtract", (self, args, kw) -> {
            update((PyDict) self, args, kw, -1);
            return v.none;
        });
        method("most_common", (self, args, kw) -> {
            Args.count("most_common", args, 0, 1);
            PyObject n = Args.get(args, kw, 0, "n");
            if (n == null || n instanceof PyNone) return sortedByCount((PyDict) self);
            PyFunction mostCommon = ((CollectionsModule) builtins().nativeModule("collections")).mostCommon();
            try {
                return in.callBorrowed(mostCommon, List.of(self, n));
            } finally {
                heap.decref(mostCommon);
            }
        });
        method("elements", (self, args, kw) -> {
            Args.count("elements", args, 0, 0);
            ArrayList<PyObject> out = new ArrayList<>();
            for (PyObject[] e : ((PyDict) self).entries()) {
                long n = e[1] instanceof PyInt i ? i.value().longValue() : 0;
                for (long k = 0; k < n; k++) out.add(heap.newRef(e[0]));
            }
            PyList items = heap.alloc(new PyList(out, out.size()));
            return heap.alloc(new PyIter("itertools.chain", items));
        });
        method("total", (self, args, kw) -> {
            Args.count("total", args, 0, 0);
            return sum(((PyDict) self).entries());
        });
        method("copy", (self, args, kw) -> {
            Args.count("copy", args, 0, 0);
            PyCounter c = heap.alloc(new PyCounter());
            builtins().update(c, self);
            return c;
        });
    }

    /** Counter(iterable=None, /, **kwds): an empty Counter, then update(). */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        PyCounter c = heap.alloc(new PyCounter());
        try {
            update(c, args, kwargs, 1);
        } catch (RuntimeException e) {
            heap.decref(c);
            throw e;
        }
        return c;
    }

    /**
     * Counter.update / subtract: a mapping adds its counts (an empty Counter takes a mapping with
     * dict.update), any other iterable counts each element; keyword arguments come last.
     */
    private void update(PyDict c, List<PyObject> args, Map<String, PyObject> kw, int sign) {
        if (args.size() > 1) throw new PyRaise("TypeError", "expected at most 1 arguments, got " + args.size());
        PyObject src = args.isEmpty() ? null : args.get(0);
        if (src != null && !(src instanceof PyNone)) {
            if (src instanceof PyDict m) {
                if (sign > 0 && c.map.isEmpty()) {
                    builtins().update(c, m);
                } else {
                    for (PyObject[] e : m.entries()) addCount(c, e[0], e[1], sign);
                }
            } else {
                PyObject one = v.integer(1);
                try {
                    for (PyObject o : new ArrayList<>(builtins().iterate(src))) addCount(c, o, one, sign);
                } finally {
                    heap.decref(one);
                }
            }
        }
        if (!kw.isEmpty()) {
            PyDict kwds = heap.alloc(new PyDict());
            try {
                kwds.presize(kw.size(), true);
                for (Map.Entry<String, PyObject> e : kw.entrySet()) builtins().put(kwds, v.intern(e.getKey()), heap.newRef(e.getValue()));
                update(c, List.of(kwds), Map.of(), sign);
            } finally {
                heap.decref(kwds);
            }
        }
    }

    /** self[elem] = self.get(elem, 0) + count (or - count). */
    private void addCount(PyDict c, PyObject key, PyObject count, int sign) {
        PyObject old = c.get(key);
        PyObject base = old != null ? heap.newRef(old) : v.integer(0);
        PyObject sum;
        try {
            sum = ops().binary(sign > 0 ? TokenType.PLUS : TokenType.MINUS, base, count);
        } finally {
            heap.decref(base);
        }
        builtins().put(c, heap.newRef(key), sum);
    }

    private PyObject sum(List<PyObject[]> entries) {
        PyObject acc = v.integer(0);
        for (PyObject[] e : entries) {
            PyObject next = ops().binary(TokenType.PLUS, acc, e[1]);
            heap.decref(acc);
            acc = next;
        }
        return acc;
    }

    /** sorted(items, key=count, reverse=True): a stable sort, so equal counts keep insertion order. */
    private List<PyObject[]> mostCommon(PyDict c) {
        List<PyObject[]> entries = new ArrayList<>(c.entries());
        entries.sort((x, y) -> ops().order("<", y[1], x[1]) ? -1 : ops().order("<", x[1], y[1]) ? 1 : 0);
        return entries;
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyObject r = ((PyDict) o).get(key);
        return r != null ? heap.newRef(r) : v.integer(0);
    }

    /** Counter.__delitem__ ignores a missing key. */
    @Override
    void delItem(PyObject o, PyObject key) {
        if (((PyDict) o).get(key) != null) super.delItem(o, key);
    }

    /**
     * Counter.__repr__, Python code: {@code d = dict(self.most_common())} (or {@code dict(self)}
     * when the counts do not compare), then {@code f'Counter({d!r})'}; the dict is a real one,
     * made by the type's call (no free list) and freed into the free list on return.
     */
    @Override
    String repr(PyObject o) {
        PyDict c = (PyDict) o;
        if (c.map.isEmpty()) return "Counter()";
        PyList sorted;
        try {
            sorted = sortedByCount(c);
        } catch (PyRaise e) {
            if (!in.exceptions.is(e, "TypeError")) throw e;
            in.exceptions.discard(e);
            sorted = null;
        }
        PyDict d = heap.allocFromType(new PyDict());
        try {
            if (sorted == null) {
                builtins().update(d, c);
            } else {
                // PyDict_MergeFromSeq2 walks the list with a list iterator.
                heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
                for (PyObject pair : sorted.items) {
                    PyObject[] kv = ((PyTuple) pair).items;
                    builtins().put(d, heap.newRef(kv[0]), heap.newRef(kv[1]));
                }
                heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
                heap.decref(sorted);
                sorted = null;
            }
            return "Counter(" + ops().repr(d) + ")";
        } finally {
            heap.decref(sorted);
            heap.decref(d);
        }
    }

    /** Counter.__repr__ has no recursion guard of its own: the dict it prints enters one (dict_repr). */
    @Override
    boolean reprEnters(PyObject o) {
        return false;
    }

    /**
     * most_common(): {@code sorted(self.items(), key=itemgetter(1), reverse=True)} with the
     * temporaries CPython makes around the new list: the items view, the itemgetter (and its
     * argument tuple), the dict iterator (whose result tuple becomes the first pair), the bound
     * list.sort, and one argument tuple per key call.
     */
    private PyList sortedByCount(PyDict c) {
        heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        try {
            PyList list = heap.alloc(new PyList(new ArrayList<>(), 0));
            List<PyObject[]> entries = c.entries();
            list.resizeFor(entries.size());
            heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
            for (PyObject[] e : entries) list.items.add(heap.alloc(new PyTuple(new PyObject[] {heap.newRef(e[0]), heap.newRef(e[1])})));
            heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
            heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
            builtins().clinicParser("list.sort", 2);
            try {
                for (int i = 0; i < entries.size(); i++) {
                    heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
                    heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
                }
                list.items.sort((x, y) -> ops().order("<", count(y), count(x)) ? -1 : ops().order("<", count(x), count(y)) ? 1 : 0);
            } catch (RuntimeException e) {
                heap.decref(list);
                throw e;
            } finally {
                heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
            }
            return list;
        } finally {
            heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
            heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
        }
    }

    private static PyObject count(PyObject pair) {
        return ((PyTuple) pair).items[1];
    }

    /** Counter.__eq__ (3.10+): a missing count equals zero; against another mapping, dict equality. */
    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!(b instanceof PyCounter y)) return super.eq(a, b);
        PyDict x = (PyDict) a;
        return countsEqual(x, y) && countsEqual(y, x);
    }

    private boolean countsEqual(PyDict x, PyDict y) {
        PyObject zero = v.integer(0);
        try {
            for (PyObject[] e : x.entries()) {
                PyObject other = y.get(e[0]);
                if (!ops().sameOrEqual(e[1], other != null ? other : zero)) return false;
            }
            return true;
        } finally {
            heap.decref(zero);
        }
    }

    /**
     * Counter.__le__/__lt__/__ge__/__gt__ (3.10+): multiset inclusion, a missing count being zero.
     * {@code <=} asks {@code self[e] <= other[e]} for every key of self and then of other and stops
     * at the first false; {@code <} is {@code <=} and {@code !=}. Against anything but a Counter,
     * NotImplemented (then CPython's TypeError).
     */
    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(b instanceof PyCounter y)) return null;
        PyDict x = (PyDict) a;
        String inclusion = op.startsWith("<") ? "<=" : ">=";
        boolean included = countsOrdered(inclusion, x, x, y) && countsOrdered(inclusion, y, x, y);
        if (op.length() == 2 || !included) return included;
        return !eq(a, b);
    }

    /** {@code x[e] op y[e]} for every key e of keys (in its order), missing counts read as zero. */
    private boolean countsOrdered(String op, PyDict keys, PyDict x, PyDict y) {
        PyObject zero = v.integer(0);
        try {
            for (PyObject[] e : keys.entries()) {
                PyObject left = x.get(e[0]);
                PyObject right = y.get(e[0]);
                if (!ops().order(op, left != null ? left : zero, right != null ? right : zero)) return false;
            }
            return true;
        } finally {
            heap.decref(zero);
        }
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (!(b instanceof PyCounter y)) return null;
        PyDict x = (PyDict) a;
        PyCounter result = heap.alloc(new PyCounter());
        PyObject zero = v.integer(0);
        try {
            for (PyObject[] e : x.entries()) {
                PyObject other = y.get(e[0]);
                PyObject o = other != null ? other : zero;
                PyObject n = switch (op) {
                    case PLUS -> ops().binary(TokenType.PLUS, e[1], o);
                    case MINUS -> ops().binary(TokenType.MINUS, e[1], o);
                    case PIPE -> heap.newRef(ops().order("<", e[1], o) ? o : e[1]);
                    case AMPER -> heap.newRef(ops().order("<", e[1], o) ? e[1] : o);
                    default -> null;
                };
                if (n == null) {
                    heap.decref(result);
                    return null;
                }
                keepPositive(result, e[0], n, zero);
            }
            if (op != TokenType.AMPER) {
                for (PyObject[] e : y.entries()) {
                    if (x.get(e[0]) != null) continue;
                    PyObject n = op == TokenType.MINUS ? ops().binary(TokenType.MINUS, zero, e[1]) : heap.newRef(e[1]);
                    keepPositive(result, e[0], n, zero);
                }
            }
        } finally {
            heap.decref(zero);
        }
        return result;
    }

    /** +c keeps the positive counts, -c the negated negative ones. */
    @Override
    PyObject unary(TokenType op, PyObject o) {
        if (op != TokenType.PLUS && op != TokenType.MINUS) return null;
        PyCounter result = heap.alloc(new PyCounter());
        PyObject zero = v.integer(0);
        try {
            for (PyObject[] e : ((PyDict) o).entries()) {
                PyObject n = op == TokenType.PLUS ? heap.newRef(e[1]) : ops().binary(TokenType.MINUS, zero, e[1]);
                keepPositive(result, e[0], n, zero);
            }
        } finally {
            heap.decref(zero);
        }
        return result;
    }

    /** Stores n under key when n > 0 (takes n's reference). */
    private void keepPositive(PyCounter result, PyObject key, PyObject n, PyObject zero) {
        if (ops().order(">", n, zero)) builtins().put(result, heap.newRef(key), n);
        else heap.decref(n);
    }
}
