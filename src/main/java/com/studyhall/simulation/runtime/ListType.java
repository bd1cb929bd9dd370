package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** list: a mutable sequence with list_resize's growth pattern, its operators and its methods. */
final class ListType extends BuiltinType {
    ListType(Interpreter in) {
        super("list", null, in);
        method("append", (self, args, kw) -> {
            if (args.size() != 1) throw new PyRaise("TypeError", "list.append() takes exactly one argument (" + args.size() + " given)");
            builtins().append((PyList) PyInstance.bodyOf(self), heap.newRef(args.get(0)));
            return v.none;
        });
        method("extend", (self, args, kw) -> {
            builtins().extend((PyList) PyInstance.bodyOf(self), args.get(0));
            return v.none;
        });
        method("insert", (self, args, kw) -> {
            PyList l = (PyList) PyInstance.bodyOf(self);
            long i = Args.integer(args.get(0));
            int n = l.items.size();
            if (i < 0) i = Math.max(0, i + n);
            if (i > n) i = n;
            l.resizeFor(n + 1);
            l.items.add((int) i, heap.newRef(args.get(1)));
            return v.none;
        });
        method("pop", (self, args, kw) -> {
            PyList l = (PyList) PyInstance.bodyOf(self);
            // The index is converted first (list_pop_impl's clinic), then the list's length is checked.
            long i = args.isEmpty() ? -1 : Args.integer(args.get(0));
            if (l.items.isEmpty()) throw new PyRaise("IndexError", "pop from empty list");
            if (i < 0) i += l.items.size();
            if (i < 0 || i >= l.items.size()) throw new PyRaise("IndexError", "pop index out of range");
            PyObject o = l.items.remove((int) i);
            l.resizeFor(l.items.size());
            return o;
        });
        method("remove", (self, args, kw) -> {
            PyList l = (PyList) PyInstance.bodyOf(self);
            for (int i = 0; i < l.items.size(); i++) {
                if (ops().sameOrEqual(l.items.get(i), args.get(0))) {
                    PyObject o = l.items.remove(i);
                    l.resizeFor(l.items.size());
                    heap.decref(o);
                    return v.none;
                }
            }
            throw new PyRaise("ValueError", "list.remove(x): x not in list");
        });
        method("clear", (self, args, kw) -> {
            ((PyList) PyInstance.bodyOf(self)).clear(heap);
            return v.none;
        });
        method("copy", (self, args, kw) -> {
            ArrayList<PyObject> items = new ArrayList<>(((PyList) PyInstance.bodyOf(self)).items);
            items.forEach(heap::incref);
            return heap.alloc(new PyList(items, items.size()));
        });
        method("index", (self, args, kw) -> {
            List<PyObject> items = ((PyList) PyInstance.bodyOf(self)).items;
            return v.integer(ContainerMethods.index(this, items, args, ops().repr(args.get(0)) + " is not in list"));
        });
        method("count", (self, args, kw) -> {
            int c = 0;
            for (PyObject o : ((PyList) PyInstance.bodyOf(self)).items) if (ops().sameOrEqual(o, args.get(0))) c++;
            return v.integer(c);
        });
        method("reverse", (self, args, kw) -> {
            java.util.Collections.reverse(((PyList) PyInstance.bodyOf(self)).items);
            return v.none;
        });
        method("sort", (self, args, kw) -> {
            builtins().sort((PyList) PyInstance.bodyOf(self), kw);
            return v.none;
        });
    }

    private static List<PyObject> items(PyList l) {
        return l.items;
    }

    @Override
    long len(PyObject o) {
        return items((PyList) PyInstance.bodyOf(o)).size();
    }

    @Override
    boolean truthy(PyObject o) {
        return !items((PyList) PyInstance.bodyOf(o)).isEmpty();
    }

    @Override
    String recursionRepr(PyObject o) {
        return "[...]";
    }

    @Override
    boolean reprEnters(PyObject o) {
        return !((PyList) PyInstance.bodyOf(o)).items.isEmpty();
    }

    @Override
    String repr(PyObject o) {
        StringBuilder b = new StringBuilder("[");
        List<PyObject> items = items((PyList) PyInstance.bodyOf(o));
        for (int i = 0; i < items.size(); i++) b.append(i > 0 ? ", " : "").append(ops().repr(items.get(i)));
        return b.append(']').toString();
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return PyInstance.bodyOf(b) instanceof PyList y && sequencesEqual(ops(), items((PyList) PyInstance.bodyOf(a)), y.items);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(PyInstance.bodyOf(b) instanceof PyList y)) return null;
        return orderSequences(ops(), op, items((PyList) PyInstance.bodyOf(a)), y.items);
    }

    static boolean sequencesEqual(Ops ops, List<PyObject> a, List<PyObject> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!ops.sameOrEqual(a.get(i), b.get(i))) return false;
        return true;
    }

    /** Lexicographic order: the first unequal items decide, else the lengths. */
    static boolean orderSequences(Ops ops, String op, List<PyObject> a, List<PyObject> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!ops.sameOrEqual(a.get(i), b.get(i))) return ops.order(op, a.get(i), b.get(i));
        }
        return compare(op, Integer.compare(a.size(), b.size()));
    }

    /** The error a sequence's + or * gives once the other operand's reflected method declined too. */
    static PyRaise sequenceError(TokenType op, PyObject a, PyObject b) {
        boolean seq = a instanceof PyStr || a instanceof PyList || a instanceof PyTuple;
        if (op == TokenType.PLUS && seq) return cannotConcatenate(a, b);
        if (op == TokenType.STAR && isRepeatable(a)) return Ops.typeError("can't multiply sequence by non-int of type '" + b.typeName() + "'");
        return null;
    }

    /** A str, list, tuple, bytes or bytearray: a sequence whose sq_repeat takes any __index__ count. */
    static boolean isRepeatable(PyObject a) {
        return a instanceof PyStr || a instanceof PyList || a instanceof PyTuple || a instanceof PyBytes || a instanceof PyBytearray;
    }

    static PyRaise cannotConcatenate(PyObject a, PyObject b) {
        return Ops.typeError("can only concatenate " + a.typeName() + " (not \"" + b.typeName() + "\") to " + a.typeName());
    }

    /** How many times seq * n repeats (negative counts as zero); a non-int n is CPython's TypeError. */
    static int repeatCount(PyObject seq, PyObject n) {
        PyInt count = n instanceof PyInstance ? NumberIndex.of(n) : n instanceof PyInt i ? i : null;
        if (count == null) {
            throw Ops.typeError("can't multiply sequence by non-int of type '" + n.typeName() + "'");
        }
        return count.value().max(BigInteger.ZERO).min(BigInteger.valueOf(10_000_000)).intValue();
    }

    /** list_inplace_concat extends the list itself; list_inplace_repeat repeats it in place. */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        PyList l = (PyList) PyInstance.bodyOf(a);
        // list_inplace_concat returns the list itself: a subclass's instance, not its list part.
        if (op == TokenType.PLUS) {
            builtins().extend(l, b);
            return heap.newRef(a);
        }
        if (op == TokenType.STAR && b instanceof PyInt n) {
            builtins().listInplaceRepeat(l, n);
            return heap.newRef(a);
        }
        // sq_inplace_repeat comes after the count's own number slots (__rmul__), which go first.
        if (op == TokenType.STAR && b instanceof PyInstance && !(PyInstance.bodyOf(b) instanceof PyList)
                && builtins().types.instances().defines(b, "__index__") && !builtins().types.instances().defines(b, "__rmul__")) {
            builtins().listInplaceRepeat(l, NumberIndex.of(b));
            return heap.newRef(a);
        }
        return null;
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        switch (op) {
            case PLUS: {
                // A user class's __radd__ goes first (sq_concat comes last); a list subclass's instance is a list.
                if (b instanceof PyInstance && !(PyInstance.bodyOf(b) instanceof PyList)) return null;
                if (!(PyInstance.bodyOf(b) instanceof PyList y)) throw cannotConcatenate(a, b);
                ArrayList<PyObject> items = new ArrayList<>(items((PyList) PyInstance.bodyOf(a)));
                items.addAll(y.items);
                items.forEach(heap::incref);
                return heap.alloc(new PyList(items, items.size()));
            }
            case STAR:
                if (b instanceof PyInstance) return null;
                return repeat((PyList) PyInstance.bodyOf(a), repeatCount(a, b));
            default:
                return null;
        }
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return op == TokenType.STAR ? repeat((PyList) PyInstance.bodyOf(b), repeatCount(b, a)) : null;
    }

    private PyObject repeat(PyList l, int times) {
        if ((long) l.items.size() * times > 1_000_000) throw new PyRaise("MemoryError", "");
        ArrayList<PyObject> items = new ArrayList<>();
        for (int i = 0; i < times; i++) items.addAll(l.items);
        items.forEach(heap::incref);
        return heap.alloc(new PyList(items, items.size()));
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        List<PyObject> items = items((PyList) PyInstance.bodyOf(o));
        return heap.newRef(items.get((int) index(key, items.size(), "list")));
    }

    @Override
    PyObject slice(PyObject o, SliceValue s) {
        List<PyObject> src = items((PyList) PyInstance.bodyOf(o));
        ArrayList<PyObject> items = new ArrayList<>();
        for (int i : s.indexes(src.size())) items.add(heap.newRef(src.get(i)));
        return heap.alloc(new PyList(items, items.size()));
    }

    @Override
    void setItem(PyObject o, PyObject key, PyObject value) {
        PyList l = (PyList) PyInstance.bodyOf(o);
        if (key instanceof SliceValue s) {
            List<PyObject> items = builtins().iterate(value);
            long[] b = s.bounds(l.items.size());
            if (b[2] != 1) {
                assignExtended(l, s.indexes(l.items.size()), items);
                heap.decref(value);
                return;
            }
            int lo = (int) b[0];
            int hi = (int) Math.max(b[0], b[1]);
            int oldSize = l.items.size();
            List<PyObject> removed = new ArrayList<>(l.items.subList(lo, hi));
            l.items.subList(lo, hi).clear();
            List<PyObject> added = new ArrayList<>();
            for (PyObject x : items) added.add(heap.newRef(x));
            l.items.addAll(lo, added);
            // list_ass_slice resizes from the old length, and not at all when as many items come as go.
            if (l.items.size() != oldSize) l.resizeFor(l.items.size(), oldSize);
            heap.decref(value);
            for (int k = removed.size() - 1; k >= 0; k--) heap.decref(removed.get(k));
            return;
        }
        int i = (int) index(key, l.items.size(), "list assignment");
        PyObject old = l.items.set(i, value);
        heap.decref(old);
    }

    /** list_ass_subscript with a step: sizes must match; replaced items are released in slice order. */
    private void assignExtended(PyList l, List<Integer> indexes, List<PyObject> items) {
        if (indexes.size() != items.size()) {
            throw new PyRaise("ValueError", "attempt to assign sequence of size " + items.size()
                    + " to extended slice of size " + indexes.size());
        }
        List<PyObject> garbage = new ArrayList<>();
        for (int k = 0; k < indexes.size(); k++) garbage.add(l.items.set(indexes.get(k), heap.newRef(items.get(k))));
        garbage.forEach(heap::decref);
    }

    @Override
    void delItem(PyObject o, PyObject key) {
        PyList l = (PyList) PyInstance.bodyOf(o);
        if (key instanceof SliceValue s) {
            List<Integer> idx = s.indexes(l.items.size());
            idx.sort(Comparator.reverseOrder());
            List<PyObject> removed = new ArrayList<>();
            for (int i : idx) removed.add(0, l.items.remove(i));
            l.resizeFor(l.items.size());
            // list_ass_slice releases the removed items from the last to the first.
            for (int k = removed.size() - 1; k >= 0; k--) heap.decref(removed.get(k));
            return;
        }
        int i = (int) index(key, l.items.size(), "list assignment");
        PyObject old = l.items.remove(i);
        l.resizeFor(l.items.size());
        heap.decref(old);
    }

    @Override
    PyObject iter(PyObject o) {
        heap.incref(o);
        return heap.alloc(new PyIter("list_iterator", o));
    }

    @Override
    List<PyObject> items(PyObject o) {
        return new ArrayList<>(items((PyList) PyInstance.bodyOf(o)));
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return containsByEquality(ops(), items(container), item);
    }

    static boolean containsByEquality(Ops ops, List<PyObject> items, PyObject item) {
        for (PyObject o : items) if (ops.sameOrEqual(o, item)) return true;
        return false;
    }
}
