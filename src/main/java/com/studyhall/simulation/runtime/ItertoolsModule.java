package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * itertools as learners meet it: count, repeat, islice, chain (and chain.from_iterable), cycle, accumulate, zip_longest,
 * product, permutations, combinations, groupby, takewhile, dropwhile, filterfalse, starmap,
 * compress and pairwise. Each call makes a {@link PyItertool} holding what the C iterator holds;
 * chain.from_iterable, combinations_with_replacement and tee too.
 */
final class ItertoolsModule extends NativeModule {
    ItertoolsModule(Interpreter in) {
        super("itertools", in);
        function("count", this::count);
        function("repeat", this::repeat);
        function("islice", this::islice);
        function("chain", (args, kw) -> make("chain", 48, chainSource(args), null));
        function("cycle", (args, kw) -> make("cycle", 64, iterOf(one("cycle", args)), heap.alloc(new PyList(new ArrayList<>(), 0))));
        keywordFunction("accumulate", this::accumulate);
        keywordFunction("zip_longest", this::zipLongest);
        keywordFunction("product", this::product);
        function("permutations", this::permutations);
        function("combinations", this::combinations);
        keywordFunction("combinations_with_replacement", this::combinationsWithReplacement);
        function("tee", this::tee);
        // chain.from_iterable(iterable): a chain whose source is the iterable's iterator (chain_new_from_iterable).
        function("chain.from_iterable", (args, kw) -> make("chain", 48, iterOf(one("chain.from_iterable", args)), null));
        // The filtering iterators hold their iterator first and the function second, as their tp_traverse visits them.
        for (String kind : List.of("takewhile", "dropwhile", "filterfalse", "starmap")) {
            function(kind, (args, kw) -> {
                if (args.size() != 2) throw new PyRaise("TypeError", kind + " expected 2 arguments, got " + args.size());
                PyObject func = args.get(0) == v.none && kind.equals("filterfalse") ? null : args.get(0);
                PyObject source = iterOf(args.get(1));
                return make(kind, kind.endsWith("while") ? 56 : 48, source, func == null ? null : heap.newRef(func));
            });
        }
        keywordFunction("compress", (args, kw) -> {
            PyObject data = Args.get(args, kw, 0, "data");
            PyObject selectors = Args.get(args, kw, 1, "selectors");
            if (args.size() + kw.size() > 2) {
                throw new PyRaise("TypeError", "compress() takes at most 2 arguments (" + (args.size() + kw.size()) + " given)");
            }
            if (data == null) throw new PyRaise("TypeError", "compress() missing required argument 'data' (pos 1)");
            if (selectors == null) throw new PyRaise("TypeError", "compress() missing required argument 'selectors' (pos 2)");
            PyObject dataIter = iterOf(data);
            PyObject selectorIter;
            try {
                selectorIter = iterOf(selectors);
            } catch (RuntimeException e) {
                heap.decref(dataIter);
                throw e;
            }
            return make("compress", 48, dataIter, selectorIter);
        });
        function("pairwise", (args, kw) -> {
            if (args.size() != 1) throw new PyRaise("TypeError", "pairwise expected 1 argument, got " + args.size());
            return make("pairwise", 48, iterOf(args.get(0)), null);
        });
        keywordFunction("groupby", (args, kw) -> {
            Args.count("groupby", args, 1, 2);
            PyObject key = args.size() > 1 ? args.get(1) : kw.get("key");
            return make("groupby", 80, iterOf(args.get(0)), key == null || key == v.none ? null : heap.newRef(key),
                    null, null, null);
        });
    }

    @Override
    String qualify(String fname) {
        return fname;
    }

    private PyItertool make(String kind, long size, PyObject... refs) {
        PyItertool it = heap.alloc(new PyItertool(kind, size, refs));
        it.state = new long[4];
        return it;
    }

    private PyObject iterOf(PyObject o) {
        return in.builtinImpl.getIter(o);
    }

    /** chain's source: an iterator over its argument tuple, which only that iterator keeps. */
    private PyObject chainSource(List<PyObject> args) {
        PyObject tuple = tupleOf(args);
        try {
            return iterOf(tuple);
        } finally {
            heap.decref(tuple);
        }
    }

    /** An argument tuple as the C function receives it (a new reference, consumed by the caller). */
    private PyObject tupleOf(List<PyObject> items) {
        if (items.isEmpty()) return heap.newRef(v.emptyTuple);
        items.forEach(heap::incref);
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    /** PySequence_Tuple: a tuple stays itself, anything else is copied into a new tuple. */
    private PyTuple pool(PyObject o) {
        if (o.getClass() == PyTuple.class) return (PyTuple) heap.newRef(o);
        List<PyObject> items = in.builtinImpl.iterate(o);
        if (items.isEmpty()) return (PyTuple) heap.newRef(v.emptyTuple);
        items.forEach(heap::incref);
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    private PyObject count(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("count", args, 0, 2);
        PyObject start = args.isEmpty() ? v.integer(0) : heap.newRef(args.get(0));
        PyObject step = args.size() < 2 ? v.integer(1) : heap.newRef(args.get(1));
        for (PyObject n : List.of(start, step)) {
            if (!(n instanceof PyInt) && !(n instanceof PyFloat)) {
                heap.decref(start);
                heap.decref(step);
                throw new PyRaise("TypeError", "a number is required");
            }
        }
        PyItertool it = make("count", 56, start, step);
        // Fast mode (an int start, step 1): the counter is a C integer, each value made as it is returned.
        boolean fast = start instanceof PyInt s && s.value().bitLength() < 63 && step instanceof PyInt st && st.value().intValue() == 1
                && st.value().bitLength() < 2;
        if (fast) {
            it.state[0] = ((PyInt) start).value().longValue();
            it.set(0, null, heap);
        }
        return it;
    }

    private PyObject repeat(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("repeat", args, 1, 2);
        PyItertool it = make("repeat", 48, heap.newRef(args.get(0)));
        it.state[0] = args.size() < 2 ? -1 : Math.max(0, Args.indexValue(args.get(1)).longValue());
        return it;
    }

    private PyObject islice(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() < 2 || args.size() > 4) {
            throw new PyRaise("TypeError", "islice expected " + (args.size() < 2 ? "at least 2" : "at most 4")
                    + " arguments, got " + args.size());
        }
        long start = 0;
        long step = 1;
        long stop;
        if (args.size() == 2) {
            stop = index(args.get(1), "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        } else {
            String bad = "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            start = Math.max(0, index(args.get(1), bad));
            stop = index(args.get(2), bad);
            if (args.size() == 4) {
                step = args.get(3) == v.none ? 1 : index(args.get(3), "Step for islice() must be a positive integer or None.");
                if (step <= 0) throw new PyRaise("ValueError", "Step for islice() must be a positive integer or None.");
            }
        }
        PyItertool it = make("islice", 72, iterOf(args.get(0)));
        it.state[0] = start;
        it.state[1] = stop;
        it.state[2] = step;
        return it;
    }

    /** None is -1 (no bound); a negative int or another type raises ValueError with the message. */
    private long index(PyObject o, String message) {
        if (o == v.none) return -1;
        PyInt i = NumberIndex.of(o);
        if (i == null || i.value().signum() < 0 || i.value().bitLength() > 63) throw new PyRaise("ValueError", message);
        return i.value().longValue();
    }

    private PyObject accumulate(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("accumulate", args, 1, 2);
        PyObject func = args.size() > 1 ? args.get(1) : kw.get("func");
        PyObject initial = kw.get("initial");
        return make("accumulate", 64, func == null || func == v.none ? null : heap.newRef(func), iterOf(args.get(0)), null,
                initial == null || initial == v.none ? null : heap.newRef(initial));
    }

    private PyObject zipLongest(List<PyObject> args, Map<String, PyObject> kw) {
        PyObject fill = kw.getOrDefault("fillvalue", v.none);
        PyObject[] iters = new PyObject[args.size()];
        for (int i = 0; i < iters.length; i++) iters[i] = iterOf(args.get(i));
        PyObject[] blanks = new PyObject[iters.length];
        for (int i = 0; i < blanks.length; i++) blanks[i] = v.none;
        PyTuple ittuple = iters.length == 0 ? (PyTuple) heap.newRef(v.emptyTuple) : heap.alloc(new PyTuple(iters));
        PyTuple result = blanks.length == 0 ? (PyTuple) heap.newRef(v.emptyTuple) : heap.alloc(new PyTuple(blanks));
        PyItertool it = make("zip_longest", 72, ittuple, result, heap.newRef(fill));
        it.state[0] = iters.length;
        return it;
    }

    private PyObject product(List<PyObject> args, Map<String, PyObject> kw) {
        int repeat = kw.containsKey("repeat") ? Args.indexValue(kw.get("repeat")).intValueExact() : 1;
        if (repeat < 0) throw new PyRaise("ValueError", "repeat argument cannot be negative");
        int n = args.size() * repeat;
        PyObject[] pools = new PyObject[n];
        for (int i = 0; i < args.size(); i++) pools[i] = pool(args.get(i));
        for (int i = args.size(); i < n; i++) pools[i] = heap.newRef(pools[i - args.size()]);
        PyTuple poolTuple = n == 0 ? (PyTuple) heap.newRef(v.emptyTuple) : heap.alloc(new PyTuple(pools));
        PyItertool it = make("product", 64 + 8L * n, poolTuple, null);
        it.indices = new int[n];
        return it;
    }

    private PyObject permutations(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("permutations", args, 1, 2);
        PyTuple pool = pool(args.get(0));
        int n = pool.items.length;
        int r = args.size() < 2 || args.get(1) == v.none ? n : Args.indexValue(args.get(1)).intValueExact();
        if (r < 0) {
            heap.decref(pool);
            throw new PyRaise("ValueError", "r must be non-negative");
        }
        PyItertool it = make("permutations", 80 + 8L * n + 8L * r, pool, null);
        it.indices = new int[n];
        for (int i = 0; i < n; i++) it.indices[i] = i;
        it.cycles = new int[Math.max(r, 0)];
        for (int i = 0; i < r; i++) it.cycles[i] = n - i;
        it.state[0] = r;
        it.stopped = r > n;
        return it;
    }

    private PyObject combinations(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("combinations", args, 2, 2);
        PyTuple pool = pool(args.get(0));
        int r = Args.indexValue(args.get(1)).intValueExact();
        if (r < 0) {
            heap.decref(pool);
            throw new PyRaise("ValueError", "r must be non-negative");
        }
        PyItertool it = make("combinations", 72 + 8L * r, pool, null);
        it.indices = new int[r];
        for (int i = 0; i < r; i++) it.indices[i] = i;
        it.state[0] = r;
        it.stopped = r > pool.items.length;
        return it;
    }

    /** combinations_with_replacement(iterable, r): the pool tuple and r indices, all 0 (cwr_new). */
    private PyObject combinationsWithReplacement(List<PyObject> args, Map<String, PyObject> kw) {
        PyObject iterable = Args.get(args, kw, 0, "iterable");
        PyObject count = Args.get(args, kw, 1, "r");
        if (args.size() + kw.size() > 2) {
            throw new PyRaise("TypeError", "combinations_with_replacement() takes at most 2 arguments (" + (args.size() + kw.size()) + " given)");
        }
        if (iterable == null) throw new PyRaise("TypeError", "combinations_with_replacement() missing required argument 'iterable' (pos 1)");
        if (count == null) throw new PyRaise("TypeError", "combinations_with_replacement() missing required argument 'r' (pos 2)");
        PyTuple pool = pool(iterable);
        int r = Args.indexValue(count).intValueExact();
        if (r < 0) {
            heap.decref(pool);
            throw new PyRaise("ValueError", "r must be non-negative");
        }
        PyItertool it = make("combinations_with_replacement", 72 + 8L * r, pool, null);
        it.indices = new int[r];
        it.state[0] = r;
        it.stopped = pool.items.length == 0 && r > 0;
        return it;
    }

    /** Values one _tee_dataobject holds before the next link takes over (LINKCELLS). */
    static final int LINKCELLS = 57;

    /**
     * tee(iterable, n=2): a tuple of n _tee iterators sharing one _tee_dataobject, which holds the
     * iterator and every value read so far (a new link every 57 values); a tee argument is copied.
     */
    private PyObject tee(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("tee", args, 1, 2);
        long n = args.size() > 1 ? Args.integer(args.get(1)) : 2;
        if (n < 0) throw new PyRaise("ValueError", "n must be >= 0");
        if (n == 0) return heap.newRef(v.emptyTuple);
        PyObject[] tees = new PyObject[(int) n];
        PyTuple result = heap.alloc(new PyTuple(tees));
        try {
            PyObject it = iterOf(args.get(0));
            if (it instanceof PyItertool t && t.kind.equals("_tee")) {
                tees[0] = it;
            } else {
                tees[0] = make("_tee", 56, dataObject(it));
            }
            for (int i = 1; i < n; i++) tees[i] = copyTee(heap, (PyItertool) tees[0]);
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** teedataobject_newinternal: takes the caller's reference to the iterator; values and the next link come later. */
    PyItertool dataObject(PyObject it) {
        PyObject[] refs = new PyObject[LINKCELLS + 2];
        refs[0] = it;
        return make("_tee_dataobject", 512, refs);
    }

    /** tee_copy (also what copy.copy calls, through tee's __copy__): a new _tee on the same data object, at the same index. */
    static PyObject copyTee(Heap heap, PyItertool tee) {
        PyItertool copy = heap.alloc(new PyItertool("_tee", 56, heap.newRef(tee.refs[0])));
        copy.state = new long[4];
        copy.state[0] = tee.state[0];
        return copy;
    }
}
