package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyObject;

/**
 * heapq.merge, a generator function of Lib/heapq.py (3.11): the same statements, run as Python by
 * the lab (LibraryFunctions), over heapq's C functions. Its lists [value, order, next] (with the
 * key first when there is one) hold each iterator's current item and its bound __next__, and the
 * suspended frame holds the item it yielded, so refcounts and gc counts follow CPython's.
 */
final class HeapqMerge {
    private HeapqMerge() { }

    /** The function's code, in Lib/heapq.py's shape (names, statement order, comparisons). */
    static final String SOURCE = """
            def merge(*iterables, key=None, reverse=False):
                h = []
                h_append = h.append

                if reverse:
                    _heapify = _heapify_max
                    _heappop = _heappop_max
                    _heapreplace = _heapreplace_max
                    direction = -1
                else:
                    _heapify = heapify
                    _heappop = heappop
                    _heapreplace = heapreplace
                    direction = 1

                if key is None:
                    for order, it in enumerate(map(iter, iterables)):
                        try:
                            next = it.__next__
                            h_append([next(), order * direction, next])
                        except StopIteration:
                            pass
                    _heapify(h)
                    while len(h) > 1:
                        try:
                            while True:
                                value, order, next = s = h[0]
                                yield value
                                s[0] = next()
                                _heapreplace(h, s)
                        except StopIteration:
                            _heappop(h)
                    if h:
                        value, order, next = h[0]
                        yield value
                        yield from next.__self__
                    return

                for order, it in enumerate(map(iter, iterables)):
                    try:
                        next = it.__next__
                        value = next()
                        h_append([key(value), order * direction, value, next])
                    except StopIteration:
                        pass
                _heapify(h)
                while len(h) > 1:
                    try:
                        while True:
                            key_value, order, value, next = s = h[0]
                            yield value
                            value = next()
                            s[0] = key(value)
                            s[2] = value
                            _heapreplace(h, s)
                    except StopIteration:
                        _heappop(h)
                if h:
                    key_value, order, value, next = h[0]
                    yield value
                    yield from next.__self__
            """;

    /** The heapq names merge reads, as the module's globals hold them. */
    static final String[] GLOBALS = {"heapify", "heappop", "heapreplace", "_heapify_max", "_heappop_max", "_heapreplace_max"};

    /** heapq's globals for merge (its C functions) and the function defined in them. */
    static PyFunction define(Interpreter in, Builtins builtins) {
        return LibraryFunctions.define(in, SOURCE, () -> {
            PyDict globals = in.heap.alloc(new PyDict());
            globals.put(in.values.intern("__name__"), in.values.intern("heapq"), in.heap);
            for (String name : GLOBALS) globals.put(in.values.intern(name), builtins.moduleFunction("heapq", name), in.heap);
            return globals;
        });
    }
}
