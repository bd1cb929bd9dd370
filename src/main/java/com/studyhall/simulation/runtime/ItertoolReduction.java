package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Set;

/**
 * The {@code __reduce__} and {@code __setstate__} of the itertools objects copy.copy and
 * copy.deepcopy meet (Modules/itertoolsmodule.c of 3.11; 3.12 deprecated them): the copy is the
 * type called with the reduce's arguments, then given the state. What the arguments and state hold
 * decides what a shallow copy shares with the original:
 * <ul>
 * <li>count: {@code (count, (n,))}, or {@code (count, (cnt, step))} once it counts in objects; repeat:
 * {@code (repeat, (elem[, times]))}: both independent of the original;</li>
 * <li>cycle: {@code (cycle, (it,), (saved, firstpass))}, after the first pass an iterator over the
 * saved list at the cycle's position and {@code True}: a shallow copy shares the iterator and the
 * saved list;</li>
 * <li>chain: {@code (chain, (), (source[, active]))}; islice: {@code (islice, (it, next, stop[, step]),
 * cnt)}; accumulate: {@code (accumulate, (it, func), total)}, with an initial value not yet given
 * {@code (accumulate, (chain((initial,), it), func), None)}; zip_longest: {@code (zip_longest, its,
 * fillvalue)}; groupby: {@code (groupby, (it, key), (currkey, currvalue, tgtkey))}; takewhile and
 * dropwhile: {@code (type, (func, it), flag)}; filterfalse, starmap: {@code (type, (func, it))};
 * compress: {@code (compress, (data, selectors))}: a shallow copy shares the inner iterators, so
 * advancing one advances the other;</li>
 * <li>product: {@code (product, pools, indices)}; permutations, combinations and
 * combinations_with_replacement: {@code (type, (pool, r), indices)} (permutations' state adds its
 * cycles): the pools are shared tuples, the copy's result tuple is its own.</li>
 * </ul>
 * A _grouper is rebuilt by _grouper_new (it becomes its groupby's current group); a tee's deep copy
 * by tee_new and teedataobject_new (its data objects with their iterator and the values read copied);
 * pairwise has no reduce (CPython's "cannot pickle" TypeError).
 */
final class ItertoolReduction {
    private static final Set<String> REDUCED = Set.of("count", "repeat", "cycle", "chain", "islice", "accumulate", "zip_longest",
            "product", "permutations", "combinations", "combinations_with_replacement", "groupby",
            "takewhile", "dropwhile", "filterfalse", "starmap", "compress", "_grouper", "_tee", "_tee_dataobject");
    /** The names of the type objects copy calls as their C tp_new (_grouper_new, tee_new, teedataobject_new). */
    static final String GROUPER = "itertools._grouper";
    static final String TEE = "itertools._tee";
    static final String TEE_DATA = "itertools._tee_dataobject";
    static final Set<String> REBUILT_TYPES = Set.of(GROUPER, TEE, TEE_DATA);

    private final Interpreter in;
    private final Heap heap;
    private final Values v;

    ItertoolReduction(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    static boolean applies(PyItertool t) {
        return REDUCED.contains(t.kind);
    }

    /** pairwise has no __reduce__: copyreg's _reduce_ex refuses it. */
    static void checkReducible(PyObject x) {
        if (x instanceof PyItertool t && t.kind.equals("pairwise")) throw new PyRaise("TypeError", "cannot pickle 'itertools.pairwise' object");
    }

    /** rv, a new tuple: (type, args) or (type, args, state). */
    PyTuple reduce(PyItertool t) {
        PyObject type = in.builtinImpl.moduleFunction("itertools", t.kind);
        return switch (t.kind) {
            case "count" -> t.refs[0] == null ? tuple(type, tuple(v.integer(t.state[0])))
                    : tuple(type, tuple(ref(t.refs[0]), ref(t.refs[1])));
            case "repeat" -> t.state[0] < 0 ? tuple(type, tuple(ref(t.refs[0])))
                    : tuple(type, tuple(ref(t.refs[0]), v.integer(t.state[0])));
            case "cycle" -> cycleReduce(type, t);
            case "chain" -> t.refs[0] == null ? tuple(type, ref(v.emptyTuple))
                    : tuple(type, ref(v.emptyTuple), t.refs[1] == null ? tuple(ref(t.refs[0])) : tuple(ref(t.refs[0]), ref(t.refs[1])));
            case "islice" -> isliceReduce(type, t);
            case "accumulate" -> accumulateReduce(type, t);
            case "zip_longest" -> zipLongestReduce(type, t);
            case "product" -> productReduce(type, t);
            case "permutations", "combinations", "combinations_with_replacement" -> poolReduce(type, t);
            case "groupby" -> groupbyReduce(type, t);
            // (func, it) with takewhile's stop or dropwhile's start flag; compress (data, selectors).
            case "takewhile", "dropwhile" -> tuple(type, tuple(ref(t.refs[1]), ref(t.refs[0])), v.integer(t.stopped ? 1 : 0));
            case "compress" -> tuple(type, tuple(ref(t.refs[0]), ref(t.refs[1])));
            case "_grouper" -> grouperReduce(t);
            // tee_reduce: _tee(()) then its state (dataobj, index); teedataobject_reduce: (it, values read, next link).
            case "_tee" -> tuple(in.builtinImpl.typeObject(TEE), tuple(ref(v.emptyTuple)), tuple(ref(t.refs[0]), v.integer(t.state[0])));
            case "_tee_dataobject" -> teeDataReduce(t);
            default -> tuple(type, tuple(ref(t.refs[1] == null ? v.none : t.refs[1]), ref(t.refs[0])));
        };
    }

    /** Exhausted: product(()); not started: product(*pools), the iterator's own pools tuple; else the indices as the state. */
    private PyTuple productReduce(PyObject type, PyItertool t) {
        if (t.stopped) return tuple(type, tuple(ref(v.emptyTuple)));
        if (t.refs[1] == null) return tuple(type, ref(t.refs[0]));
        return tuple(type, ref(t.refs[0]), indices(t.indices, t.indices.length));
    }

    /**
     * permutations, combinations, combinations_with_replacement: (type, (pool, r)) before the first
     * result, (type, ((), r)) once exhausted, else with the indices (and permutations' cycles) as the state.
     */
    private PyTuple poolReduce(PyObject type, PyItertool t) {
        PyObject r = v.integer(t.state[0]);
        if (t.refs[1] == null) return tuple(type, tuple(ref(t.refs[0]), r));
        if (t.stopped) return tuple(type, tuple(ref(v.emptyTuple), r));
        PyObject args = tuple(ref(t.refs[0]), r);
        if (!t.kind.equals("permutations")) return tuple(type, args, indices(t.indices, (int) t.state[0]));
        return tuple(type, args, tuple(indices(t.indices, t.indices.length), indices(t.cycles, t.cycles.length)));
    }

    private PyObject indices(int[] values, int count) {
        if (count == 0) return ref(v.emptyTuple);
        PyObject[] items = new PyObject[count];
        for (int i = 0; i < count; i++) items[i] = v.integer(values[i]);
        return tuple(items);
    }

    /**
     * _grouper_reduce: (type, (parent, tgtkey)) while it is its groupby's current group, else
     * (iter, ((),)): a group the groupby moved past copies as an empty iterator.
     */
    private PyTuple grouperReduce(PyItertool grouper) {
        PyItertool parent = (PyItertool) grouper.refs[0];
        if (parent.currentGrouper != grouper) return tuple(in.builtinImpl.builtin("iter"), tuple(ref(v.emptyTuple)));
        return tuple(in.builtinImpl.typeObject(GROUPER), tuple(ref(parent), ref(grouper.refs[1])));
    }

    private PyTuple teeDataReduce(PyItertool data) {
        int read = (int) data.state[0];
        java.util.ArrayList<PyObject> values = new java.util.ArrayList<>();
        for (int i = 0; i < read; i++) values.add(ref(data.refs[1 + i]));
        PyObject next = data.refs[ItertoolsModule.LINKCELLS + 1];
        return tuple(in.builtinImpl.typeObject(TEE_DATA), tuple(ref(data.refs[0]), heap.alloc(new PyList(values, read)),
                ref(next == null ? v.none : next)));
    }

    /** The C tp_new copy's func(*args) reaches for these types: _grouper_new, tee_new, teedataobject_new. */
    PyObject rebuild(String type, PyTuple args) {
        return switch (type) {
            case GROUPER -> newGrouper(args);
            case TEE -> {
                // tee_new(()): a tee over iter(()) with a data object of its own, replaced by __setstate__.
                PyObject it = in.builtinImpl.getIter(args.items[0]);
                yield newTee(((ItertoolsModule) in.builtinImpl.nativeModule("itertools")).dataObject(it));
            }
            default -> newTeeData(args);
        };
    }

    private PyItertool newTee(PyItertool data) {
        PyItertool tee = heap.alloc(new PyItertool("_tee", 56, data));
        tee.state = new long[4];
        return tee;
    }

    /** teedataobject_new(it, values, next): the values read so far, and the next link when the cells are full. */
    private PyObject newTeeData(PyTuple args) {
        PyItertool data = ((ItertoolsModule) in.builtinImpl.nativeModule("itertools")).dataObject(ref(args.items[0]));
        List<PyObject> values = ((PyList) args.items[1]).items;
        for (int i = 0; i < values.size(); i++) data.refs[1 + i] = ref(values.get(i));
        data.state[0] = values.size();
        if (args.items[2] != v.none) data.refs[ItertoolsModule.LINKCELLS + 1] = ref(args.items[2]);
        return data;
    }

    /** _grouper_new(parent, tgtkey): a new group that becomes the groupby's current one (the original stops yielding). */
    PyObject newGrouper(PyTuple args) {
        PyItertool parent = (PyItertool) args.items[0];
        PyItertool grouper = heap.alloc(new PyItertool("_grouper", 48, ref(parent), ref(args.items[1])));
        grouper.state = new long[4];
        parent.currentGrouper = grouper;
        return grouper;
    }

    /** refs: it, keyfunc, tgtkey, currkey, currvalue; started, the state is (currkey, currvalue, tgtkey). */
    private PyTuple groupbyReduce(PyObject type, PyItertool g) {
        PyObject args = tuple(ref(g.refs[0]), ref(g.refs[1] == null ? v.none : g.refs[1]));
        if (g.refs[2] == null || g.refs[3] == null || g.refs[4] == null) return tuple(type, args);
        return tuple(type, args, tuple(ref(g.refs[3]), ref(g.refs[4]), ref(g.refs[2])));
    }

    /** After the first pass the iterator is gone: a new one over the saved list, set to the cycle's index. */
    private PyTuple cycleReduce(PyObject type, PyItertool t) {
        PyObject saved = t.refs[1];
        if (t.refs[0] != null) return tuple(type, tuple(ref(t.refs[0])), tuple(ref(saved), v.bool(t.state[1] != 0)));
        PyIter it = (PyIter) in.builtinImpl.getIter(saved);
        it.index = t.state[0];
        return tuple(type, tuple(it), tuple(ref(saved), v.bool(true)));
    }

    /** Exhausted, islice(iter([]), 0) with count 0 (the empty list made and dropped); stop None when unbounded. */
    private PyTuple isliceReduce(PyObject type, PyItertool t) {
        if (t.refs[0] == null) {
            PyObject list = heap.alloc(new PyList(new java.util.ArrayList<>(), 0));
            PyObject it = in.builtinImpl.getIter(list);
            heap.decref(list);
            return tuple(type, tuple(it, v.integer(0)), v.integer(0));
        }
        PyObject stop = t.state[1] == -1 ? ref(v.none) : v.integer(t.state[1]);
        PyTuple args = t.state[2] == 1 ? tuple(ref(t.refs[0]), v.integer(t.state[0]), stop)
                : tuple(ref(t.refs[0]), v.integer(t.state[0]), stop, v.integer(t.state[2]));
        return tuple(type, args, v.integer(t.state[3]));
    }

    /** refs: binop, it, total, initial. An initial value not yet given goes back in front through a chain. */
    private PyTuple accumulateReduce(PyObject type, PyItertool t) {
        PyObject func = t.refs[0] == null ? v.none : t.refs[0];
        if (t.refs[3] != null) {
            PyObject chain = chain(t.refs[3], t.refs[1]);
            return tuple(type, tuple(chain, ref(func)), ref(v.none));
        }
        if (t.refs[2] == v.none) {
            // A running total of None: islice(accumulate(chain((None,), it), func), 1, None), as accumulate_reduce builds it.
            PyObject chain = chain(t.refs[2], t.refs[1]);
            PyObject again;
            try {
                again = in.builtinImpl.callValue(type, List.of(chain, func));
            } finally {
                heap.decref(chain);
            }
            return tuple(in.builtinImpl.moduleFunction("itertools", "islice"), tuple(again, v.integer(1), ref(v.none)));
        }
        return tuple(type, tuple(ref(t.refs[1]), ref(func)), ref(t.refs[2] == null ? v.none : t.refs[2]));
    }

    /** chain((first,), it): the one-item tuple is the call's argument, dropped after. */
    private PyObject chain(PyObject first, PyObject it) {
        PyTuple head = tuple(ref(first));
        try {
            return in.builtinImpl.callValue(in.builtinImpl.moduleFunction("itertools", "chain"), List.of(head, it));
        } finally {
            heap.decref(head);
        }
    }

    /** A new tuple of the inner iterators, () for one already exhausted; the fill value is the state. */
    private PyTuple zipLongestReduce(PyObject type, PyItertool t) {
        PyObject[] its = ((PyTuple) t.refs[0]).items;
        PyObject[] args = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) args[i] = ref(its[i] == null ? v.emptyTuple : its[i]);
        PyObject argTuple = args.length == 0 ? ref(v.emptyTuple) : tuple(args);
        return tuple(type, argTuple, ref(t.refs[2]));
    }

    /** The type's __setstate__ on the copy, with CPython's checks where a program could reach them. */
    void setState(PyItertool y, PyObject state) {
        switch (y.kind) {
            case "cycle" -> {
                if (!(state instanceof PyTuple s) || s.items.length != 2 || !(s.items[0] instanceof PyList)) {
                    throw new PyRaise("TypeError", "state is not a tuple");
                }
                y.set(1, ref(s.items[0]), heap);
                y.state[1] = in.ops.truthy(s.items[1]) ? 1 : 0;
                y.state[0] = 0;
            }
            case "chain" -> {
                PyObject[] parts = ((PyTuple) state).items;
                y.set(0, ref(parts[0]), heap);
                y.set(1, parts.length > 1 ? ref(parts[1]) : null, heap);
            }
            case "islice" -> y.state[3] = Args.integer(state);
            case "accumulate" -> y.set(2, ref(state), heap);
            case "zip_longest" -> y.set(2, ref(state), heap);
            case "takewhile", "dropwhile" -> y.stopped = in.ops.truthy(state);
            case "_tee" -> {
                PyObject[] parts = ((PyTuple) state).items;
                y.set(0, ref(parts[0]), heap);
                y.state[0] = Args.integer(parts[1]);
            }
            case "groupby" -> {
                PyObject[] parts = ((PyTuple) state).items;
                y.set(3, ref(parts[0]), heap);
                y.set(4, ref(parts[1]), heap);
                y.set(2, ref(parts[2]), heap);
            }
            case "product", "combinations", "combinations_with_replacement" -> setIndices(y, ((PyTuple) state).items);
            case "permutations" -> {
                PyObject[] parts = ((PyTuple) state).items;
                PyObject[] cycles = ((PyTuple) parts[1]).items;
                for (int i = 0; i < cycles.length; i++) y.cycles[i] = (int) Args.integer(cycles[i]);
                setIndices(y, ((PyTuple) parts[0]).items);
            }
            default -> throw new IllegalStateException(y.kind + " has no __setstate__");
        }
    }

    /**
     * The indices given back, then a new result tuple of the items they name (product's from each
     * pool, the others' from the one pool); a product with an empty pool is exhausted.
     */
    private void setIndices(PyItertool y, PyObject[] state) {
        PyObject[] pools = ((PyTuple) y.refs[0]).items;
        boolean product = y.kind.equals("product");
        for (int i = 0; i < state.length; i++) {
            if (product && ((PyTuple) pools[i]).items.length == 0) {
                y.stopped = true;
                return;
            }
            y.indices[i] = (int) Args.integer(state[i]);
        }
        int r = product ? pools.length : (int) y.state[0];
        PyObject[] items = new PyObject[r];
        for (int i = 0; i < r; i++) {
            PyTuple pool = (PyTuple) (product ? pools[i] : y.refs[0]);
            items[i] = ref(pool.items[y.indices[i]]);
        }
        y.set(1, r == 0 ? ref(v.emptyTuple) : tuple(items), heap);
    }

    private PyObject ref(PyObject o) {
        return heap.newRef(o);
    }

    private PyTuple tuple(PyObject... items) {
        return heap.alloc(new PyTuple(items));
    }
}
