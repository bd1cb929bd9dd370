package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The builtins that walk iterables: iter, next, zip, map, filter, reversed, any, all, sorted,
 * min and max (with key= and default=), and list.sort's key= and reverse=.
 */
final class IterationBuiltins {
    private final Interpreter in;
    private final Builtins p;
    private final Heap heap;
    private final Values v;

    private IterationBuiltins(Interpreter in, Builtins protocols) {
        this.in = in;
        this.p = protocols;
        this.heap = in.heap;
        this.v = in.values;
    }

    static IterationBuiltins sorter(Interpreter in, Builtins protocols) {
        return new IterationBuiltins(in, protocols);
    }

    static void install(BuiltinsModule m, Interpreter in, Builtins protocols) {
        IterationBuiltins b = new IterationBuiltins(in, protocols);
        m.function("iter", (args, kw) -> b.iter(args));
        m.function("next", (args, kw) -> b.next(args));
        m.keywordFunction("zip", (args, kw) -> b.zip(args, kw));
        m.function("map", (args, kw) -> b.map(args));
        m.function("filter", (args, kw) -> b.filter(args));
        m.function("reversed", (args, kw) -> b.reversed(args));
        m.function("any", (args, kw) -> b.anyAll(args, true));
        m.function("all", (args, kw) -> b.anyAll(args, false));
        m.keywordFunction("sorted", (args, kw) -> {
            if (args.size() != 1) throw new PyRaise("TypeError", "sorted expected 1 argument, got " + args.size());
            PyList l = in.heap.alloc(new PyList(new ArrayList<>(), 0));
            in.push(l); // held on the C stack while key functions run
            try {
                protocols.extend(l, args.get(0));
                // builtin_sorted calls the new list's sort through a bound method it makes and frees
                // around the call: one allocation more, which can start an automatic collection.
                in.heap.incref(l);
                PyObject sortMethod = in.heap.alloc(new PyBuiltin("sort", l, null));
                try {
                    // ... and calls it on the generic path, which spends a level of the recursion limit.
                    in.recursion.enter(RecursionCounter.CALL);
                    try {
                        b.sort(l, kw);
                    } finally {
                        in.recursion.leave();
                    }
                } finally {
                    in.heap.decref(sortMethod);
                }
            } catch (RuntimeException e) {
                in.heap.decref(in.pop());
                throw e;
            }
            return in.pop();
        });
        m.keywordFunction("min", (args, kw) -> b.minMax("min", args, kw));
        m.keywordFunction("max", (args, kw) -> b.minMax("max", args, kw));
    }

    /** builtin_iter: iter(iterable), or iter(callable, sentinel), a callable_iterator holding both. */
    private PyObject iter(List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "iter expected at least 1 argument, got 0");
        if (args.size() > 2) throw new PyRaise("TypeError", "iter expected at most 2 arguments, got " + args.size());
        if (args.size() == 1) return p.getIter(args.get(0));
        if (!ObjectBuiltins.isCallable(args.get(0))) throw new PyRaise("TypeError", "iter(v, w): v must be callable");
        return heap.alloc(new PyLazyIter("callable_iterator", heap.newRef(args.get(0)), heap.newRef(args.get(1))));
    }

    private PyObject next(List<PyObject> args) {
        Args.count("next", args, 1, 2);
        PyObject it = args.get(0);
        if (it instanceof PyGenerator g) return nextOfGenerator(g, args);
        if (!p.isIterator(it)) throw new PyRaise("TypeError", "'" + it.typeName() + "' object is not an iterator");
        if (it instanceof PyInstance && args.size() == 1) {
            // Without a default, the StopIteration __next__ raised is the one that propagates.
            return p.types.instances().special(it, "__next__");
        }
        PyObject item = p.next(it);
        if (item != null) return item;
        if (args.size() > 1) return heap.newRef(args.get(1));
        throw new PyRaise("StopIteration", "");
    }

    /** next(gen[, default]): the next value, else the default, else StopIteration carrying the returned value. */
    private PyObject nextOfGenerator(PyGenerator g, List<PyObject> args) {
        PyObject item = in.generators.send(g, null);
        if (item != null) return item;
        PyObject returned = in.generators.takeReturned();
        if (args.size() > 1) {
            heap.decref(returned);
            return heap.newRef(args.get(1));
        }
        if (returned instanceof PyNone) throw new PyRaise("StopIteration", "");
        throw PyRaise.withArg("StopIteration", in.ops.str(returned), returned);
    }

    /** New iterators of every argument, in a tuple (ittuple of zip and map). */
    private PyTuple iterators(List<PyObject> iterables) {
        PyObject[] its = new PyObject[iterables.size()];
        try {
            for (int i = 0; i < its.length; i++) its[i] = p.getIter(iterables.get(i));
        } catch (RuntimeException e) {
            for (PyObject o : its) if (o != null) heap.decref(o);
            throw e;
        }
        return its.length == 0 ? (PyTuple) v.emptyTuple : heap.alloc(new PyTuple(its));
    }

    private PyObject zip(List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!k.equals("strict")) throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for zip()");
        }
        boolean strict = kw.containsKey("strict") && in.ops.truthy(kw.get("strict"));
        PyTuple its = iterators(args);
        PyObject[] nones = new PyObject[args.size()];
        java.util.Arrays.fill(nones, v.none);
        PyLazyIter z = heap.alloc(new PyLazyIter("zip", its));
        z.strict = strict;
        z.result = nones.length == 0 ? (PyTuple) v.emptyTuple : heap.alloc(new PyTuple(nones));
        return z;
    }

    private PyObject map(List<PyObject> args) {
        if (args.size() < 2) throw new PyRaise("TypeError", "map() must have at least two arguments.");
        PyTuple its = iterators(args.subList(1, args.size()));
        return heap.alloc(new PyLazyIter("map", heap.newRef(args.get(0)), its));
    }

    private PyObject filter(List<PyObject> args) {
        if (args.size() != 2) throw new PyRaise("TypeError", "filter expected 2 arguments, got " + args.size());
        PyObject it = p.getIter(args.get(1));
        return heap.alloc(new PyLazyIter("filter", heap.newRef(args.get(0)), it));
    }

    /** reversed: lists get a list_reverseiterator, ranges a range_iterator, dicts a reverse key iterator. */
    private PyObject reversed(List<PyObject> args) {
        if (args.size() != 1) throw new PyRaise("TypeError", "reversed expected 1 argument, got " + args.size());
        PyObject seq = args.get(0);
        if (seq instanceof PyInstance && p.types.instances().defines(seq, "__reversed__")) {
            return p.types.instances().special(seq, "__reversed__");
        }
        // list.__reversed__ and dict.__reversed__ serve their subclasses' instances too.
        PyObject body = PyInstance.bodyOf(seq);
        if (body instanceof PyDict && seq != body) {
            heap.incref(seq);
            PyIter it = heap.alloc(new PyIter(DictType.keyIteratorName(seq, true), seq));
            it.snapshot = new ArrayList<>(p.iterate(seq));
            Collections.reverse(it.snapshot);
            it.odictState = PyOrderedDict.stateOf(seq);
            return it;
        }
        if (body instanceof PyList && seq != body) {
            PyLazyIter it = heap.alloc(new PyLazyIter("list_reverseiterator", heap.newRef(seq)));
            it.index = ((PyList) body).items.size() - 1;
            return it;
        }
        if (seq instanceof PyView) return ((DictViewType) p.types.of(seq)).reversed(seq);
        if (seq instanceof PyRange r) {
            java.math.BigInteger n = r.bigLength;
            java.math.BigInteger last = r.start.add(r.step.multiply(n.subtract(java.math.BigInteger.ONE)));
            PyRange back = heap.alloc(new PyRange(last, last.subtract(r.step.multiply(n)), r.step.negate()));
            try {
                return p.getIter(back);
            } finally {
                heap.decref(back);
            }
        }
        if (seq instanceof PyDict d) {
            heap.incref(d);
            PyIter it = heap.alloc(new PyIter(DictType.keyIteratorName(d, true), d));
            it.snapshot = new ArrayList<>(p.iterate(d));
            Collections.reverse(it.snapshot);
            it.odictState = PyOrderedDict.stateOf(d);
            return it;
        }
        if (seq instanceof PyDeque d) {
            heap.incref(d);
            PyIter it = heap.alloc(new PyIter("_collections._deque_reverse_iterator", d));
            it.snapshot = new ArrayList<>(d.items);
            Collections.reverse(it.snapshot);
            it.dequeState = d.state;
            return it;
        }
        boolean userSequence = seq instanceof PyInstance && p.types.instances().defines(seq, "__getitem__");
        PyObject value = BuiltinBases.receiver(seq); // a str or tuple subclass's instance is walked by its own __getitem__
        if (!(seq instanceof PyList || value instanceof PyTuple || value instanceof PyStr || BytesLikeType.buffer(seq) != null
                || userSequence)) {
            throw new PyRaise("TypeError", "'" + seq.typeName() + "' object is not reversible");
        }
        long n = p.len(seq); // reversed_new: the length first (a __len__ may raise), then the object
        PyLazyIter it = heap.alloc(new PyLazyIter(seq instanceof PyList ? "list_reverseiterator" : "reversed", heap.newRef(seq)));
        it.index = n - 1;
        return it;
    }

    private PyObject anyAll(List<PyObject> args, boolean any) {
        Args.count(any ? "any" : "all", args, 1, 1);
        PyObject it = p.getIter(args.get(0));
        try {
            for (PyObject o = p.next(it); o != null; o = p.next(it)) {
                boolean t;
                try {
                    t = in.ops.truthy(o);
                } finally {
                    heap.decref(o);
                }
                if (t == any) return v.bool(any);
            }
            return v.bool(!any);
        } finally {
            heap.decref(it);
        }
    }

    private PyObject key(PyObject keyFunc, PyObject item) {
        return keyFunc == null ? heap.newRef(item) : p.callValue(keyFunc, List.of(item));
    }

    private static PyObject keyFunction(Map<String, PyObject> kw) {
        PyObject k = kw.get("key");
        return k == null || k instanceof PyNone ? null : k;
    }

    /**
     * builtin_min/builtin_max are METH_VARARGS | METH_KEYWORDS: the call packs the positional
     * arguments into a tuple (iterated itself when there are several) and the keywords into a dict.
     */
    private PyObject minMax(String name, List<PyObject> args, Map<String, PyObject> kw) {
        // METH_VARARGS | METH_KEYWORDS: under CALL_FUNCTION_EX the call's own tuple and dict.
        if (p.takeArgumentsPackedByCaller(args)) return minMax(name, in.starCall.tuple, args, kw);
        PyTuple call = heap.alloc(new PyTuple(args.stream().map(heap::newRef).toArray(PyObject[]::new)));
        p.hold(call);
        PyDict keywords = null;
        if (!kw.isEmpty()) {
            keywords = heap.alloc(new PyDict());
            for (Map.Entry<String, PyObject> e : kw.entrySet()) p.put(keywords, v.intern(e.getKey()), heap.newRef(e.getValue()));
            p.hold(keywords);
        }
        try {
            return minMax(name, call, args, kw);
        } finally {
            if (keywords != null) {
                p.unhold(keywords);
                heap.decref(keywords);
            }
            p.unhold(call);
            heap.decref(call);
        }
    }

    /** min/max: the first of equal extremes wins; key is called once per item, in order. */
    private PyObject minMax(String name, PyTuple call, List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!k.equals("key") && !k.equals("default")) {
                throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (args.isEmpty()) throw new PyRaise("TypeError", name + " expected at least 1 argument, got 0");
        if (args.size() > 1 && kw.containsKey("default")) {
            throw new PyRaise("TypeError", "Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        PyObject keyFunc = keyFunction(kw);
        PyObject it = p.getIter(args.size() == 1 ? args.get(0) : call);
        PyObject best = null;
        PyObject bestKey = null;
        try {
            for (PyObject o = p.next(it); o != null; o = p.next(it)) {
                PyObject k;
                p.hold(o);
                try {
                    k = key(keyFunc, o);
                } catch (RuntimeException e) {
                    heap.decref(o);
                    throw e;
                } finally {
                    p.unhold(o);
                }
                if (best == null || in.ops.order(name.equals("min") ? "<" : ">", k, bestKey)) {
                    if (best != null) {
                        p.unhold(best);
                        p.unhold(bestKey);
                        heap.decref(best);
                        heap.decref(bestKey);
                    }
                    best = o;
                    bestKey = k;
                    p.hold(best);
                    p.hold(bestKey);
                } else {
                    heap.decref(o);
                    heap.decref(k);
                }
            }
        } catch (RuntimeException e) {
            if (best != null) {
                heap.decref(best);
                heap.decref(bestKey);
            }
            throw e;
        } finally {
            if (best != null) {
                p.unhold(best);
                p.unhold(bestKey);
            }
            heap.decref(it);
        }
        if (best == null) {
            PyObject d = kw.get("default");
            if (d != null) return heap.newRef(d);
            throw new PyRaise("ValueError", name + "() arg is an empty sequence");
        }
        heap.decref(bestKey);
        return best;
    }

    /** list.sort: keys computed in list order, a stable sort, reverse by reversing before and after. */
    void sort(PyList l, Map<String, PyObject> kw) {
        // Only a call with keywords (sorted passes its own on) leaves _PyArg_UnpackKeywords' fast path.
        if (!kw.isEmpty()) p.clinicParser("list.sort", 2);
        for (String k : kw.keySet()) {
            if (!k.equals("key") && !k.equals("reverse")) {
                throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for sort()");
            }
        }
        boolean reverse = kw.containsKey("reverse") && in.ops.truthy(kw.get("reverse"));
        PyObject keyFunc = keyFunction(kw);
        List<PyObject> items = new ArrayList<>(l.items);
        // Without a key function the items are their own keys (no reference more).
        List<PyObject> keys = keyFunc == null ? items : new ArrayList<>();
        try {
            if (keyFunc != null) {
                for (PyObject o : items) {
                    PyObject k = key(keyFunc, o);
                    p.hold(k);
                    keys.add(k);
                }
            }
            // Reverse stability: reverse, sort stably, reverse the result (as listsort does).
            List<Integer> slots = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) slots.add(i);
            if (reverse) Collections.reverse(slots);
            List<Integer> order = ListSort.order(slots.size(), (a, b) -> in.ops.order("<", keys.get(slots.get(a)), keys.get(slots.get(b))));
            List<Integer> sorted = new ArrayList<>();
            for (int i : order) sorted.add(slots.get(i));
            if (reverse) Collections.reverse(sorted);
            l.items.clear();
            for (int i : sorted) l.items.add(items.get(i));
        } finally {
            if (keyFunc != null) {
                for (PyObject k : keys) {
                    p.unhold(k);
                    heap.decref(k);
                }
            }
        }
    }
}
