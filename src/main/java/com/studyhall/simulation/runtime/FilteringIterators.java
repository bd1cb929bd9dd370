package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/**
 * tp_iternext of itertools' filtering and mapping iterators (3.11's itertoolsmodule.c): each
 * pulls from its iterator (refs[0]) and asks its function (refs[1]); an item it does not hand
 * out is released at once. pairwise keeps the previous item in refs[1] and makes a new pair each
 * time (3.11 does not reuse the tuple).
 */
final class FilteringIterators {
    private FilteringIterators() { }

    static PyObject next(ItertoolsType t, PyItertool it) {
        Builtins b = t.builtins();
        Heap heap = t.heap;
        switch (it.kind) {
            case "takewhile": {
                if (it.stopped) return null;
                PyObject item = b.next(it.refs[0]);
                if (item == null) return null;
                if (test(t, it.refs[1], item)) return item;
                heap.decref(item);
                it.stopped = true;
                return null;
            }
            case "starmap": {
                PyObject args = b.next(it.refs[0]);
                if (args == null) return null;
                b.hold(args);
                try {
                    List<PyObject> items = args instanceof PyTuple tuple ? List.of(tuple.items) : b.iterate(args);
                    return b.callValue(it.refs[1], items);
                } finally {
                    b.unhold(args);
                    heap.decref(args);
                }
            }
            case "pairwise":
                return pair(b, heap, it);
            default:
                break;
        }
        while (true) {
            PyObject item = b.next(it.refs[0]);
            if (item == null) return null;
            switch (it.kind) {
                case "dropwhile":
                    if (it.stopped || !test(t, it.refs[1], item)) {
                        it.stopped = true;
                        return item;
                    }
                    break;
                case "filterfalse":
                    if (!(it.refs[1] == null ? t.ops().truthy(item) : test(t, it.refs[1], item))) return item;
                    break;
                default: { // compress: the next selector decides
                    PyObject selector = b.next(it.refs[1]);
                    if (selector == null) {
                        heap.decref(item);
                        return null;
                    }
                    boolean keep = t.ops().truthy(selector);
                    heap.decref(selector);
                    if (keep) return item;
                }
            }
            heap.decref(item);
        }
    }

    /** The truth of func(item), the item held while the function runs. */
    private static boolean test(ItertoolsType t, PyObject func, PyObject item) {
        Builtins b = t.builtins();
        b.hold(item);
        try {
            PyObject good = b.callValue(func, List.of(item));
            try {
                return t.ops().truthy(good);
            } finally {
                t.heap.decref(good);
            }
        } finally {
            b.unhold(item);
        }
    }

    /** pairwise_next: the first call reads two items; exhausted, it drops its iterator and the old item. */
    private static PyObject pair(Builtins b, Heap heap, PyItertool it) {
        if (it.refs[0] == null) return null;
        if (it.refs[1] == null) {
            PyObject first = b.next(it.refs[0]);
            if (first == null) {
                it.set(0, null, heap);
                return null;
            }
            it.refs[1] = first;
        }
        PyObject next = b.next(it.refs[0]);
        if (next == null) {
            it.set(0, null, heap);
            it.set(1, null, heap);
            return null;
        }
        PyObject result = heap.alloc(new PyTuple(new PyObject[] {heap.newRef(it.refs[1]), heap.newRef(next)}));
        it.set(1, next, heap);
        return result;
    }
}
