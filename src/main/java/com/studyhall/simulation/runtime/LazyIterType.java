package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/** zip, map, filter, reversed, list_reverseiterator and callable_iterator: tp_iternext of each, as bltinmodule.c, listobject.c and iterobject.c. */
final class LazyIterType extends IteratorType {
    LazyIterType(Interpreter in) {
        super("iterator", in);
    }

    @Override
    String repr(PyObject o) {
        return "<" + o.typeName() + " object at " + Reprs.address(o) + ">";
    }

    /** The next item as a new reference, or null when exhausted. */
    PyObject next(PyObject o) {
        in.checkDeadline();
        PyLazyIter it = (PyLazyIter) o;
        return switch (it.kind) {
            case "zip" -> zipNext(it);
            case "map" -> mapNext(it);
            case "filter" -> filterNext(it);
            case "callable_iterator" -> callNext(it);
            default -> reversedNext(it);
        };
    }

    /** zip_next: the result tuple is refilled in place when only the zip holds it. */
    private PyObject zipNext(PyLazyIter it) {
        PyTuple iters = (PyTuple) it.refs[0];
        int n = iters.items.length;
        if (n == 0) return null;
        PyTuple r = it.result;
        if (r.refcnt == 1) {
            heap.incref(r);
            // zip_next's own reference to the result while an iterator's __next__ may run Python code.
            builtins().hold(r);
            try {
                for (int i = 0; i < n; i++) {
                    PyObject item = builtins().next(iters.items[i]);
                    if (item == null) {
                        builtins().unhold(r);
                        heap.decref(r);
                        return ended(it, i);
                    }
                    PyObject old = r.items[i];
                    r.items[i] = item;
                    heap.decref(old);
                }
            } finally {
                builtins().unhold(r);
            }
            if (!r.isTracked()) heap.track(r);
            return r;
        }
        PyObject[] items = new PyObject[n];
        try {
            for (int i = 0; i < n; i++) {
                PyObject item = builtins().next(iters.items[i]);
                if (item == null) {
                    for (int k = 0; k < i; k++) heap.decref(items[k]);
                    return ended(it, i);
                }
                items[i] = item;
                builtins().hold(item); // the items taken so far, while the next iterator runs
            }
        } finally {
            for (PyObject item : items) if (item != null) builtins().unhold(item);
        }
        return heap.alloc(new PyTuple(items));
    }

    /**
     * Iterator {@code i} of a zip ran out. With strict=True, a later one ran out first (argument i+1
     * is shorter) or an earlier one still has items (a later argument is longer): a ValueError.
     */
    private PyObject ended(PyLazyIter it, int i) {
        if (!it.strict) return null;
        PyObject[] iters = ((PyTuple) it.refs[0]).items;
        if (i > 0) throw new PyRaise("ValueError", "zip() argument " + (i + 1) + " is shorter than argument" + (i == 1 ? " " : "s 1-") + i);
        for (int k = 1; k < iters.length; k++) {
            PyObject extra = builtins().next(iters[k]);
            if (extra != null) {
                heap.decref(extra);
                throw new PyRaise("ValueError", "zip() argument " + (k + 1) + " is longer than argument" + (k == 1 ? " " : "s 1-") + k);
            }
        }
        return null;
    }

    private PyObject mapNext(PyLazyIter it) {
        PyTuple iters = (PyTuple) it.refs[1];
        List<PyObject> args = new ArrayList<>();
        try {
            for (PyObject i : iters.items) {
                PyObject item = builtins().next(i);
                if (item == null) return null;
                args.add(item);
                builtins().hold(item);
            }
            return builtins().callValue(it.refs[0], args);
        } finally {
            for (PyObject a : args) {
                builtins().unhold(a);
                heap.decref(a);
            }
        }
    }

    private PyObject filterNext(PyLazyIter it) {
        while (true) {
            PyObject item = builtins().next(it.refs[1]);
            if (item == null) return null;
            boolean keep;
            if (it.refs[0] instanceof PyNone) {
                keep = ops().truthy(item);
            } else {
                PyObject good;
                builtins().hold(item);
                try {
                    good = builtins().callValue(it.refs[0], List.of(item));
                } catch (RuntimeException e) {
                    heap.decref(item);
                    throw e;
                } finally {
                    builtins().unhold(item);
                }
                keep = ops().truthy(good);
                heap.decref(good);
            }
            if (keep) return item;
            heap.decref(item);
        }
    }

    /**
     * calliter_iternext: the callable's result until it equals the sentinel (compared as
     * sentinel == result) or the callable raises StopIteration; then both are let go of.
     */
    private PyObject callNext(PyLazyIter it) {
        if (it.refs[0] == null) return null;
        PyObject result;
        try {
            result = builtins().callValue(it.refs[0], List.of());
        } catch (PyRaise e) {
            if (!in.exceptions.is(e, "StopIteration")) throw e;
            in.exceptions.discard(e);
            it.drop(0, heap);
            it.drop(1, heap);
            return null;
        }
        boolean done;
        try {
            done = ops().sameOrEqual(it.refs[1], result);
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        if (!done) return result;
        it.drop(0, heap);
        it.drop(1, heap);
        heap.decref(result);
        return null;
    }

    /** reversed over a sequence: items from the end; the exhausted iterator drops its sequence. */
    private PyObject reversedNext(PyLazyIter it) {
        PyObject seq = it.refs[0];
        if (seq == null) return null;
        // listreviter_next reads the list (a subclass's list part) without calling __len__ or __getitem__.
        if (PyInstance.bodyOf(seq) instanceof PyList l) {
            if (it.index >= 0 && it.index < l.items.size()) return heap.newRef(l.items.get((int) it.index--));
            it.index = -1;
            it.drop(0, heap);
            return null;
        }
        if (seq instanceof PyInstance) {
            // reversed_next: __getitem__ at the falling index, __len__ only once (in reversed());
            // an IndexError or StopIteration ends the iteration.
            if (it.index >= 0) {
                PyObject key = v.integer(it.index);
                try {
                    PyObject item = builtins().getItem(seq, key);
                    it.index--;
                    return item;
                } catch (PyRaise e) {
                    if (!in.exceptions.is(e, "IndexError") && !in.exceptions.is(e, "StopIteration")) throw e;
                    in.exceptions.discard(e);
                } finally {
                    heap.decref(key);
                }
            }
            it.index = -1;
            it.drop(0, heap);
            return null;
        }
        long n = builtins().len(seq);
        if (it.index >= 0 && it.index < n) {
            PyObject key = v.integer(it.index--);
            try {
                return builtins().getItem(seq, key);
            } finally {
                heap.decref(key);
            }
        }
        it.index = -1;
        it.drop(0, heap);
        return null;
    }
}
