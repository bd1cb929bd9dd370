package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * bisect (Modules/_bisectmodule.c): binary search with `<` only, optional lo/hi and key=;
 * insort inserts into a list as list.insert does (so the list grows as insert makes it grow).
 */
final class BisectModule extends NativeModule {
    private final Builtins p;

    BisectModule(Interpreter in, Builtins protocols) {
        super("bisect", in);
        this.p = protocols;
        for (String name : List.of("bisect_left", "bisect_right", "bisect")) {
            keywordFunction(name, (args, kw) -> v.integer(search(name, args, kw, name.equals("bisect_left"), null)));
        }
        for (String name : List.of("insort_left", "insort_right", "insort")) {
            keywordFunction(name, (args, kw) -> {
                PyObject item = args.size() > 1 ? args.get(1) : kw.get("x");
                PyObject key = kw.get("key");
                PyObject probe = item == null || key == null || key instanceof PyNone ? null : p.callValue(key, List.of(item));
                try {
                    long at = search(name, args, kw, name.equals("insort_left"), probe);
                    if (!(args.get(0) instanceof PyList l)) throw new PyRaise("TypeError", "insort needs a list in the lab");
                    if (l.items.size() >= l.allocated) l.resizeFor(l.items.size() + 1);
                    l.items.add((int) at, heap.newRef(item));
                    return v.none;
                } finally {
                    if (probe != null) heap.decref(probe);
                }
            });
        }
    }

    /** The insertion point; probe is the key of x already computed (insort), else x itself is compared. */
    private long search(String name, List<PyObject> args, Map<String, PyObject> kw, boolean left, PyObject probe) {
        for (String k : kw.keySet()) {
            if (!List.of("a", "x", "lo", "hi", "key").contains(k)) {
                throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for " + name + "()");
            }
        }
        if (args.size() > 4) throw new PyRaise("TypeError", name + "() takes at most 4 arguments (" + args.size() + " given)");
        PyObject a = Args.get(args, kw, 0, "a");
        PyObject x = Args.get(args, kw, 1, "x");
        if (a == null || x == null) throw new PyRaise("TypeError", name + "() missing required argument '" + (a == null ? "a" : "x") + "' (pos " + (a == null ? 1 : 2) + ")");
        PyObject loArg = Args.get(args, kw, 2, "lo");
        PyObject hiArg = Args.get(args, kw, 3, "hi");
        long lo = loArg == null ? 0 : Args.integer(loArg);
        if (lo < 0) throw new PyRaise("ValueError", "lo must be non-negative");
        long hi = hiArg == null || hiArg instanceof PyNone ? p.len(a) : Args.integer(hiArg);
        PyObject key = kw.get("key");
        if (key instanceof PyNone) key = null;
        PyObject target = probe != null ? probe : x;
        while (lo < hi) {
            long mid = (lo + hi) >>> 1;
            PyObject index = v.integer(mid);
            PyObject item;
            try {
                item = p.getItem(a, index);
            } finally {
                heap.decref(index);
            }
            PyObject k = item;
            try {
                if (key != null) k = p.callValue(key, List.of(item));
                boolean goLeft = left ? !in.ops.order("<", k, target) : in.ops.order("<", target, k);
                if (goLeft) hi = mid;
                else lo = mid + 1;
            } finally {
                if (k != item) heap.decref(k);
                heap.decref(item);
            }
        }
        return lo;
    }
}
