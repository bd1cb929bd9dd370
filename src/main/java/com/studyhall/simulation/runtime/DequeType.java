package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * collections.deque (Modules/_collectionsmodule.c): appends and pops at both ends, an optional
 * maxlen that trims the opposite end, rotation, and the block bookkeeping that sys.getsizeof
 * reports (an extend into an empty deque starts at the left edge of its block).
 */
final class DequeType extends BuiltinType {
    DequeType(Interpreter in) {
        super("deque", null, in);
        method("append", (self, args, kw) -> {
            Args.count("append", args, 1, 1);
            append((PyDeque) self, heap.newRef(args.get(0)));
            return v.none;
        });
        method("appendleft", (self, args, kw) -> {
            Args.count("appendleft", args, 1, 1);
            appendLeft((PyDeque) self, heap.newRef(args.get(0)));
            return v.none;
        });
        method("pop", (self, args, kw) -> {
            Args.count("pop", args, 0, 0);
            PyDeque d = (PyDeque) self;
            if (d.items.isEmpty()) throw new PyRaise("IndexError", "pop from an empty deque");
            return d.popRight();
        });
        method("popleft", (self, args, kw) -> {
            Args.count("popleft", args, 0, 0);
            PyDeque d = (PyDeque) self;
            if (d.items.isEmpty()) throw new PyRaise("IndexError", "pop from an empty deque");
            return d.popLeft();
        });
        method("extend", (self, args, kw) -> {
            Args.count("extend", args, 1, 1);
            extend((PyDeque) self, args.get(0), false);
            return v.none;
        });
        method("extendleft", (self, args, kw) -> {
            Args.count("extendleft", args, 1, 1);
            extend((PyDeque) self, args.get(0), true);
            return v.none;
        });
        method("rotate", (self, args, kw) -> {
            Args.count("rotate", args, 0, 1);
            ((PyDeque) self).rotate(args.isEmpty() ? 1 : Args.integer(args.get(0)));
            return v.none;
        });
        method("clear", (self, args, kw) -> {
            Args.count("clear", args, 0, 0);
            self.releaseContents(heap);
            return v.none;
        });
        method("copy", (self, args, kw) -> copy((PyDeque) self));
        method("count", (self, args, kw) -> {
            Args.count("count", args, 1, 1);
            int n = 0;
            for (PyObject o : new ArrayList<>(((PyDeque) self).items)) if (ops().sameOrEqual(o, args.get(0))) n++;
            return v.integer(n);
        });
        method("index", (self, args, kw) -> v.integer(ContainerMethods.index(this, List.copyOf(((PyDeque) self).items), args,
                ops().repr(args.get(0)) + " is not in deque")));
        method("remove", (self, args, kw) -> {
            Args.count("remove", args, 1, 1);
            PyDeque d = (PyDeque) self;
            for (int i = 0; i < d.items.size(); i++) {
                if (ops().sameOrEqual(d.items.get(i), args.get(0))) {
                    heap.decref(deleteAt(d, i));
                    return v.none;
                }
            }
            throw new PyRaise("ValueError", ops().repr(args.get(0)) + " is not in deque");
        });
        method("insert", (self, args, kw) -> {
            Args.count("insert", args, 2, 2);
            insert((PyDeque) self, Args.integer(args.get(0)), heap.newRef(args.get(1)));
            return v.none;
        });
        method("reverse", (self, args, kw) -> {
            Args.count("reverse", args, 0, 0);
            java.util.Collections.reverse(((PyDeque) self).items);
            return v.none;
        });
    }

    /** deque(iterable=(), maxlen=None). */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        for (String k : kwargs.keySet()) {
            if (!k.equals("iterable") && !k.equals("maxlen")) {
                throw new PyRaise("TypeError", "deque() got an unexpected keyword argument '" + k + "'");
            }
        }
        if (args.size() > 2) throw new PyRaise("TypeError", "deque() takes at most 2 arguments (" + args.size() + " given)");
        PyObject iterable = Args.get(args, kwargs, 0, "iterable");
        PyObject maxlen = Args.get(args, kwargs, 1, "maxlen");
        long max = -1;
        if (maxlen != null && !(maxlen instanceof PyNone)) {
            if (!(maxlen instanceof PyInt)) throw new PyRaise("TypeError", "an integer is required");
            max = Args.integer(maxlen);
            if (max < 0) throw new PyRaise("ValueError", "maxlen must be non-negative");
        }
        PyDeque d = heap.alloc(new PyDeque());
        d.maxlen = max;
        if (iterable != null) {
            try {
                extend(d, iterable, false);
            } catch (RuntimeException e) {
                heap.decref(d);
                throw e;
            }
        }
        return d;
    }

    /** deque_append_internal: the item goes in, then a full deque drops its leftmost item. */
    void append(PyDeque d, PyObject item) {
        d.pushRight(item);
        if (d.maxlen >= 0 && d.items.size() > d.maxlen) heap.decref(d.popLeft());
    }

    void appendLeft(PyDeque d, PyObject item) {
        d.pushLeft(item);
        if (d.maxlen >= 0 && d.items.size() > d.maxlen) heap.decref(d.popRight());
    }

    /** deque_extend / deque_extendleft: an empty deque first moves to the edge of its block (space-saving heuristic). */
    void extend(PyDeque d, PyObject iterable, boolean left) {
        List<PyObject> items = new ArrayList<>(builtins().iterate(iterable));
        if (d.maxlen == 0) return;
        if (d.items.isEmpty()) d.leftIndex = left ? PyDeque.BLOCKLEN - 1 : 1;
        for (PyObject o : items) {
            if (left) appendLeft(d, heap.newRef(o));
            else append(d, heap.newRef(o));
        }
    }

    /** deque_copy: a new deque with the same maxlen, filled by append (one item) or extend. */
    PyDeque copy(PyDeque d) {
        PyDeque c = heap.alloc(new PyDeque());
        c.maxlen = d.maxlen;
        if (d.items.size() == 1) append(c, heap.newRef(d.items.get(0)));
        else extend(c, d, false);
        return c;
    }

    /** deque_del_item: rotate the item to the left end, pop it, rotate back. Returns the item's reference. */
    private PyObject deleteAt(PyDeque d, int i) {
        d.rotate(-i);
        PyObject item = d.popLeft();
        d.rotate(i);
        return item;
    }

    /** deque_insert, as rotations around an append. */
    private void insert(PyDeque d, long index, PyObject item) {
        long n = d.items.size();
        if (d.maxlen == n) {
            heap.decref(item);
            throw new PyRaise("IndexError", "deque already at its maximum size");
        }
        if (index >= n) {
            append(d, item);
        } else if (index <= -n || index == 0) {
            appendLeft(d, item);
        } else {
            d.rotate(-index);
            if (index < 0) append(d, item);
            else appendLeft(d, item);
            d.rotate(index);
        }
    }

    private static int position(PyObject key, PyDeque d) {
        PyInt k = NumberIndex.of(key);
        if (k == null) {
            throw new PyRaise("TypeError", "sequence index must be integer, not '" + key.typeName() + "'");
        }
        long i = k.value().longValue();
        long n = d.items.size();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw new PyRaise("IndexError", "deque index out of range");
        return (int) i;
    }

    @Override
    long len(PyObject o) {
        return ((PyDeque) o).items.size();
    }

    @Override
    boolean truthy(PyObject o) {
        return !((PyDeque) o).items.isEmpty();
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyDeque d = (PyDeque) o;
        return heap.newRef(d.items.get(position(key, d)));
    }

    @Override
    PyObject slice(PyObject o, SliceValue slice) {
        throw new PyRaise("TypeError", "sequence index must be integer, not 'slice'");
    }

    /** deque_ass_item: the new item takes the slot, then the old one is released. */
    @Override
    void setItem(PyObject o, PyObject key, PyObject value) {
        PyDeque d = (PyDeque) o;
        int i;
        try {
            i = position(key, d);
        } catch (PyRaise e) {
            heap.decref(value);
            throw e;
        }
        PyObject old = d.items.set(i, value);
        heap.decref(old);
    }

    @Override
    void delItem(PyObject o, PyObject key) {
        PyDeque d = (PyDeque) o;
        heap.decref(deleteAt(d, position(key, d)));
    }

    @Override
    PyObject iter(PyObject o) {
        heap.incref(o);
        PyIter it = heap.alloc(new PyIter("_collections._deque_iterator", o));
        it.dequeState = ((PyDeque) o).state;
        return it;
    }

    @Override
    List<PyObject> items(PyObject o) {
        return List.copyOf(((PyDeque) o).items);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return ListType.containsByEquality(ops(), items(container), item);
    }

    @Override
    String recursionRepr(PyObject o) {
        return "[...]";
    }

    @Override
    String repr(PyObject o) {
        return reprThroughList(() -> itemsRepr(o));
    }

    private String itemsRepr(PyObject o) {
        PyDeque d = (PyDeque) o;
        StringBuilder b = new StringBuilder("deque([");
        List<PyObject> items = items(o);
        for (int i = 0; i < items.size(); i++) b.append(i > 0 ? ", " : "").append(ops().repr(items.get(i)));
        b.append(']');
        if (d.maxlen >= 0) b.append(", maxlen=").append(d.maxlen);
        return b.append(')').toString();
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyDeque y && ListType.sequencesEqual(ops(), items(a), items(y));
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(b instanceof PyDeque y)) return null;
        return ListType.orderSequences(ops(), op, items(a), items(y));
    }

    /** deque + deque (deque_concat: a copy extended); deque * n is not modelled. */
    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (op == TokenType.PLUS) {
            if (!(b instanceof PyDeque)) {
                throw new PyRaise("TypeError", "can only concatenate deque (not \"" + b.typeName() + "\") to deque");
            }
            PyDeque c = copy((PyDeque) a);
            extend(c, b, false);
            return c;
        }
        return null;
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        if (attr.equals("maxlen")) {
            long m = ((PyDeque) o).maxlen;
            return m < 0 ? v.none : v.integer(m);
        }
        return null;
    }
}
