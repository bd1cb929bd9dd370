package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What {@code x.__reduce_ex__(4)} answers for the builtin iterators copy.copy and copy.deepcopy
 * meet, so the copy is a new iterator at the same position as CPython 3.11 makes it:
 * - over a list, tuple or str: {@code (iter, (seq,), index)}, then {@code __setstate__(index)};
 *   once exhausted {@code (iter, ([],))} (a list's), {@code (iter, ((),))} or {@code (iter, ('',))};
 * - over a range: {@code (iter, (range(start, stop, step),), index)}, a new range like the first;
 * - list_reverseiterator and reversed: {@code (reversed, (seq,), index)}; exhausted, like a list's;
 * - over a dict, a view or a set: {@code (iter, (list,))}, the list of what is left, read through a
 *   copy of the iterator's state (so an item iterator's cached result tuple may end up in the list,
 *   as in dictiter_reduce);
 * - enumerate: {@code (enumerate, (inner, index))}; zip: {@code (zip, its)} with its own tuple of
 *   iterators (and {@code True} to set when strict); map: {@code (map, (func, *its))}; filter:
 *   {@code (filter, (func, it))}: a shallow copy shares the inner iterators, so both advance them.
 * - a deque's iterator (either way): {@code (type(it), (deque, consumed))}, rebuilt by dequeiter_new
 *   as a new iterator advanced that far;
 * - the itertools objects whose reduce 3.11 still has ({@link ItertoolReduction}).
 * The tuples are real objects made in CPython's order, so gc.get_count() after a copy is CPython's.
 */
final class IteratorReduction {
    private static final Set<String> SEQUENCE_ITERATORS = Set.of("list_iterator", "tuple_iterator", "str_ascii_iterator");
    private static final Set<String> SNAPSHOT_ITERATORS = Set.of("dict_keyiterator", "dict_valueiterator", "dict_itemiterator",
            "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator", "odict_iterator", "set_iterator");
    private static final Set<String> LAZY = Set.of("zip", "map", "filter", "list_reverseiterator", "reversed");

    private static final Set<String> DEQUE_ITERATORS = Set.of("_collections._deque_iterator", "_collections._deque_reverse_iterator");

    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    private final ItertoolReduction itertools;

    IteratorReduction(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
        this.itertools = new ItertoolReduction(in);
    }

    static boolean applies(PyObject x) {
        if (x instanceof PyIter it) {
            return SEQUENCE_ITERATORS.contains(it.kind) || SNAPSHOT_ITERATORS.contains(it.kind)
                    || it.kind.equals("range_iterator") || it.kind.equals("enumerate") || DEQUE_ITERATORS.contains(it.kind);
        }
        if (x instanceof PyItertool t) return ItertoolReduction.applies(t);
        return x instanceof PyLazyIter it && LAZY.contains(it.kind);
    }

    /** Whether func is a type copy's func(*args) calls as its C tp_new: a deque iterator's, a _grouper's. */
    static boolean rebuildsThroughType(PyObject func) {
        return func instanceof PyBuiltin b && (DEQUE_ITERATORS.contains(b.name) || ItertoolReduction.REBUILT_TYPES.contains(b.name));
    }

    /**
     * dequeiter_new(deque, index): a new iterator over the deque (reversed for the reverse type),
     * advanced index items, each dropped at once; the itertools types: see ItertoolReduction.
     */
    PyObject rebuildThroughType(PyObject func, PyTuple args) {
        if (ItertoolReduction.REBUILT_TYPES.contains(((PyBuiltin) func).name)) return itertools.rebuild(((PyBuiltin) func).name, args);
        PyObject deque = args.items[0];
        PyObject it = ((PyBuiltin) func).name.endsWith("reverse_iterator")
                ? in.builtinImpl.callValue(builtin("reversed"), List.of(deque)) : in.builtinImpl.getIter(deque);
        long index = args.items.length > 1 ? Args.integer(args.items[1]) : 0;
        for (long k = 0; k < index; k++) {
            PyObject item = in.builtinImpl.next(it);
            if (item == null) break;
            heap.decref(item);
        }
        return it;
    }

    /** rv, a new tuple: (func, args) or (func, args, state). */
    PyTuple reduce(PyObject x) {
        if (x instanceof PyLazyIter it) return lazyReduce(it);
        if (x instanceof PyItertool t) return itertools.reduce(t);
        PyIter it = (PyIter) x;
        if (DEQUE_ITERATORS.contains(it.kind)) {
            // dequeiter_reduce: (type(it), (deque, len(deque) - counter)); the iterator keeps its deque to the end.
            return rv(in.builtinImpl.typeObject(it.kind), tuple(heap.newRef(it.source), v.integer(it.index)));
        }
        if (it.kind.equals("enumerate")) {
            if (it.source == null) return rv(builtin("enumerate"), tuple(emptyIterator(), v.integer(it.index)));
            return rv(builtin("enumerate"), tuple(heap.newRef(it.source), v.integer(it.index)));
        }
        if (SNAPSHOT_ITERATORS.contains(it.kind)) return rv(builtin("iter"), tuple(remaining(it)));
        if (it.kind.equals("range_iterator")) {
            PyRange r = (PyRange) it.source;
            PyRange fresh = heap.alloc(new PyRange(r.start, r.stop, r.step));
            return rv(builtin("iter"), tuple(fresh), v.integer(it.index));
        }
        if (it.source == null) return rv(builtin("iter"), tuple(emptyOf(it.kind)));
        return rv(builtin("iter"), tuple(heap.newRef(it.source)), v.integer(it.index));
    }

    private PyTuple lazyReduce(PyLazyIter it) {
        return switch (it.kind) {
            case "zip" -> it.strict
                    ? rv(builtin("zip"), heap.newRef(it.refs[0]), heap.newRef(v.bool(true)))
                    : rv(builtin("zip"), heap.newRef(it.refs[0]));
            case "map" -> {
                PyTuple its = (PyTuple) it.refs[1];
                PyObject[] args = new PyObject[1 + its.items.length];
                args[0] = heap.newRef(it.refs[0]);
                for (int k = 0; k < its.items.length; k++) args[1 + k] = heap.newRef(its.items[k]);
                yield rv(builtin("map"), tuple(args));
            }
            case "filter" -> rv(builtin("filter"), tuple(heap.newRef(it.refs[0]), heap.newRef(it.refs[1])));
            default -> it.refs[0] == null
                    ? (it.kind.equals("reversed") ? rv(builtin("reversed"), heap.newRef(v.emptyTuple))
                            : rv(builtin("iter"), tuple(heap.alloc(new PyList(new ArrayList<>(), 0)))))
                    : rv(builtin("reversed"), tuple(heap.newRef(it.refs[0])), v.integer(it.index));
        };
    }

    /**
     * The items left, read as PySequence_List reads a copy of the iterator's state: the copy holds the
     * dict or set for as long as it reads (an item iterator's cached result tuple is shared, not held).
     */
    private PyList remaining(PyIter it) {
        PyList list = heap.alloc(new PyList(new ArrayList<>(), 0));
        if (it.source == null) return list;
        PyIter reader = new PyIter(it, heap.newRef(it.source));
        try {
            for (PyObject item = in.builtinImpl.next(reader); item != null; item = in.builtinImpl.next(reader)) {
                in.builtinImpl.append(list, item);
            }
        } catch (RuntimeException | Error e) {
            heap.decref(list);
            throw e;
        } finally {
            if (reader.source != null) heap.decref(reader.source);
        }
        return list;
    }

    /** iter(()) for an exhausted enumerate's inner iterator, which the lab has let go. */
    private PyObject emptyIterator() {
        return in.builtinImpl.getIter(v.emptyTuple);
    }

    private PyObject emptyOf(String kind) {
        return switch (kind) {
            case "list_iterator" -> heap.alloc(new PyList(new ArrayList<>(), 0));
            case "tuple_iterator" -> heap.newRef(v.emptyTuple);
            default -> v.str("");
        };
    }

    /**
     * y.__setstate__(state): the position, kept inside the sequence as each type's setstate keeps it
     * (a forward iterator between 0 and the length, a reverse one between -1 and the last index);
     * a strict zip's True.
     */
    void setState(PyObject y, PyObject state) {
        if (y instanceof PyItertool t) {
            itertools.setState(t, state);
            return;
        }
        if (y instanceof PyLazyIter z && z.kind.equals("zip")) {
            z.strict = in.ops.truthy(state);
            return;
        }
        long index = Args.integer(state);
        if (y instanceof PyLazyIter r) {
            if (r.refs[0] == null) return;
            long last = in.builtinImpl.len(r.refs[0]) - 1;
            r.index = Math.max(-1, Math.min(index, last));
            return;
        }
        PyIter it = (PyIter) y;
        if (it.source == null) return;
        long length = in.builtinImpl.len(it.source);
        it.index = Math.max(0, Math.min(index, length));
    }

    private PyObject builtin(String name) {
        return in.builtinImpl.builtin(name);
    }

    private PyTuple rv(PyObject... items) {
        return tuple(items);
    }

    private PyTuple tuple(PyObject... items) {
        return heap.alloc(new PyTuple(items));
    }
}
