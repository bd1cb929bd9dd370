package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyObject;

/**
 * heapq.merge(*iterables, key=None, reverse=False), which CPython 3.11 implements as a Python
 * generator over heapq's C functions. The lab runs it as Python too (LibraryFunctions), written
 * here in our own words but making the same objects in the same order as CPython's: one list per
 * live iterable (sort value, tie-breaker, [item,] bound __next__) updated in place, the enumerate
 * and map objects, a bound __next__ per iterator, and a local that keeps the item just yielded.
 * Those are what refcounts and gc counts see, so statements that allocate must not be reordered,
 * merged into tuple assignments or moved into helper functions.
 */
final class HeapqMerge {
    private HeapqMerge() { }

    /**
     * The generator's code. Plain assignments of existing objects allocate nothing and may go in
     * any order; calls, list displays and {@code enumerate(map(iter, ...))} follow CPython's order.
     * The frame has the same number of locals as CPython's (a generator's size depends on it).
     */
    static final String SOURCE = """
            def merge(*iterables, key=None, reverse=False):
                entries = []
                push_entry = entries.append
                sign = -1 if reverse else 1
                make_heap = _heapify_max if reverse else heapify
                drop_top = _heappop_max if reverse else heappop
                replace_top = _heapreplace_max if reverse else heapreplace

                if key is None:
                    # an entry is [item, tie-breaker, advance]
                    for rank, source in enumerate(map(iter, iterables)):
                        try:
                            advance = source.__next__
                            push_entry([advance(), rank * sign, advance])
                        except StopIteration:
                            pass
                    make_heap(entries)
                    while len(entries) > 1:
                        try:
                            while True:
                                item, rank, advance = top = entries[0]
                                yield item
                                top[0] = advance()
                                replace_top(entries, top)
                        except StopIteration:
                            drop_top(entries)
                    if entries:
                        item, rank, advance = entries[0]
                        yield item
                        yield from advance.__self__
                    return

                # an entry is [key(item), tie-breaker, item, advance]
                for rank, source in enumerate(map(iter, iterables)):
                    try:
                        advance = source.__next__
                        item = advance()
                        push_entry([key(item), rank * sign, item, advance])
                    except StopIteration:
                        pass
                make_heap(entries)
                while len(entries) > 1:
                    try:
                        while True:
                            sort_value, rank, item, advance = top = entries[0]
                            yield item
                            item = advance()
                            top[0] = key(item)
                            top[2] = item
                            replace_top(entries, top)
                    except StopIteration:
                        drop_top(entries)
                if entries:
                    sort_value, rank, item, advance = entries[0]
                    yield item
                    yield from advance.__self__
            """;

    /** The heapq names merge reads, as the module's globals hold them. */
    static final String[] GLOBALS = {"heapify", "heappop", "heapreplace", "_heapify_max", "_heappop_max", "_heapreplace_max"};

    /** heapq's globals for merge (its C functions) and the function defined in them. */
    static PyFunction define(Interpreter in, Builtins builtins) {
        return LibraryFunctions.define(in, SOURCE, () -> globals(in, builtins, GLOBALS));
    }

    /** A new globals dict of module heapq holding the named C functions of heapq a library function reads. */
    static PyDict globals(Interpreter in, Builtins builtins, String... names) {
        PyDict globals = in.heap.alloc(new PyDict());
        globals.put(in.values.intern("__name__"), in.values.intern("heapq"), in.heap);
        for (String name : names) globals.put(in.values.intern(name), builtins.moduleFunction("heapq", name), in.heap);
        return globals;
    }
}
