package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;

/**
 * heapq: the C functions of Modules/_heapqmodule.c (siftdown/siftup with `<` only, items moved
 * within the list so their refcounts do not change; push appends and pop shrinks the list as
 * list.append and a slice deletion do). merge, nsmallest and nlargest are Lib/heapq.py's Python
 * functions, which the lab runs as Python (HeapqMerge, HeapqSelect).
 */
final class HeapqModule extends NativeModule {
    private final Builtins p;

    HeapqModule(Interpreter in, Builtins protocols) {
        super("heapq", in);
        this.p = protocols;
        function("heappush", (args, kw) -> {
            PyList h = heap(args, 2, "heappush");
            append(h, heap.newRef(args.get(1)));
            siftdown(h, 0, h.items.size() - 1);
            return v.none;
        });
        function("heappop", (args, kw) -> {
            PyList h = heap(args, 1, "heappop");
            return pop(h, false);
        });
        function("heapify", (args, kw) -> {
            PyList h = heap(args, 1, "heapify");
            for (int i = (h.items.size() >> 1) - 1; i >= 0; i--) siftup(h, i);
            return v.none;
        });
        function("heapreplace", (args, kw) -> {
            PyList h = heap(args, 2, "heapreplace");
            if (h.items.isEmpty()) throw new PyRaise("IndexError", "index out of range");
            return replaceTop(h, heap.newRef(args.get(1)), false);
        });
        function("heappushpop", (args, kw) -> {
            PyList h = heap(args, 2, "heappushpop");
            PyObject item = args.get(1);
            if (h.items.isEmpty() || !less(h.items.get(0), item)) return heap.newRef(item);
            return replaceTop(h, heap.newRef(item), false);
        });
        // The max-heap functions merge(reverse=True) uses (_heapqmodule.c's siftdown_max/siftup_max).
        function("_heapify_max", (args, kw) -> {
            PyList h = heap(args, 1, "_heapify_max");
            for (int i = (h.items.size() >> 1) - 1; i >= 0; i--) siftup(h, i, true);
            return v.none;
        });
        function("_heappop_max", (args, kw) -> pop(heap(args, 1, "_heappop_max"), true));
        function("_heapreplace_max", (args, kw) -> {
            PyList h = heap(args, 2, "_heapreplace_max");
            if (h.items.isEmpty()) throw new PyRaise("IndexError", "index out of range");
            return replaceTop(h, heap.newRef(args.get(1)), true);
        });
    }

    @Override
    java.util.Set<String> valueNames() {
        return java.util.Set.of("merge", "nsmallest", "nlargest");
    }

    /** merge, nsmallest and nlargest, defined on first read (Python functions of Lib/heapq.py); the module keeps them. */
    @Override
    PyObject value(String attr) {
        switch (attr) {
            case "merge": return libraryValue(attr, () -> HeapqMerge.define(in, p));
            case "nsmallest": return libraryValue(attr, () -> HeapqSelect.define(in, p, false));
            case "nlargest": return libraryValue(attr, () -> HeapqSelect.define(in, p, true));
            default: return null;
        }
    }

    private static PyList heap(List<PyObject> args, int count, String name) {
        if (args.size() != count) {
            throw new PyRaise("TypeError", name + " expected " + count + " argument" + (count == 1 ? "" : "s") + ", got " + args.size());
        }
        if (!(args.get(0) instanceof PyList h)) throw new PyRaise("TypeError", name + "() argument 1 must be list, not " + args.get(0).typeName());
        return h;
    }

    private boolean less(PyObject a, PyObject b) {
        return in.ops.order("<", a, b);
    }

    private void append(PyList h, PyObject item) {
        if (h.items.size() >= h.allocated) h.resizeFor(h.items.size() + 1);
        h.items.add(item);
    }

    /** heappop: the last item leaves the list (list_ass_slice shrinks it), then replaces the top. */
    private PyObject pop(PyList h, boolean max) {
        int n = h.items.size();
        if (n == 0) throw new PyRaise("IndexError", "index out of range");
        h.resizeFor(n - 1);
        PyObject last = h.items.remove(n - 1);
        if (h.items.isEmpty()) return last;
        return replaceTop(h, last, max);
    }

    /** The top leaves for item (taking its reference) and the heap is restored; a failed comparison drops the old top. */
    private PyObject replaceTop(PyList h, PyObject item, boolean max) {
        PyObject top = h.items.set(0, item);
        try {
            siftup(h, 0, max);
        } catch (PyRaise e) {
            heap.decref(top);
            throw e;
        }
        return top;
    }

    /** Whether a goes above b: a < b in heapq's min-heap, b < a in the max-heap of the _max functions. */
    private boolean above(PyObject a, PyObject b, boolean max) {
        return max ? less(b, a) : less(a, b);
    }

    private void siftdown(PyList h, int start, int pos) {
        siftdown(h, start, pos, false);
    }

    private void siftup(PyList h, int pos) {
        siftup(h, pos, false);
    }

    /** _siftdown: the item at pos moves up while it goes above its parent. */
    private void siftdown(PyList h, int start, int pos, boolean max) {
        List<PyObject> a = h.items;
        PyObject item = a.get(pos);
        while (pos > start) {
            int parent = (pos - 1) >> 1;
            PyObject up = a.get(parent);
            if (!above(item, up, max)) break;
            a.set(pos, up);
            pos = parent;
        }
        a.set(pos, item);
    }

    /** _siftup: the child that goes above moves up until a leaf is reached, then the item sifts down from there. */
    private void siftup(PyList h, int pos, boolean max) {
        List<PyObject> a = h.items;
        int end = a.size();
        int start = pos;
        PyObject item = a.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            if (child + 1 < end && !above(a.get(child), a.get(child + 1), max)) child++;
            a.set(pos, a.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        a.set(pos, item);
        siftdown(h, start, pos, max);
    }

    /**
     * Lib/heapq.py reads n with Python operators: an object with __index__ (not an int) meets
     * `n >= len(iterable)` for a sized iterable, `-n` in nlargest's heap path for an iterator, which
     * raise CPython's TypeError unless its class defines them; slices and range() then take __index__.
     */
    static long count(Interpreter in, PyObject n, Integer size, boolean largest) {
        if (n instanceof PyInstance && !(BuiltinBases.receiver(n) instanceof PyInt)) {
            if (size != null) {
                PyObject s = in.values.integer(size);
                try {
                    in.ops.order(">=", n, s);
                } finally {
                    in.heap.decref(s);
                }
            } else if (largest) {
                in.heap.decref(in.ops.unary(TokenType.MINUS, n));
            }
        }
        return Args.integer(n);
    }
}
