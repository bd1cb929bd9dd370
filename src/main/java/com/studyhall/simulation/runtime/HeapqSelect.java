package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyFunction;

/**
 * heapq.nsmallest(n, iterable, key=None) and heapq.nlargest, which CPython 3.11 writes in Python
 * (Lib/heapq.py) over heapq's C functions. The lab runs them as Python too (LibraryFunctions),
 * in our own words but making CPython's objects in CPython's order, since gc.get_count() right
 * after a call sees them (nsmallest(2, [5, 1, 4, 2]) leaves 7 after gc.collect(), not 2):
 * n == 1 is min()/max() over iter() with an object() sentinel and a one-item list; a sized
 * iterable with n >= len() is a slice of sorted(); otherwise the first n items, decorated as
 * (item, order) or (key, order, item) tuples by a comprehension over zip(range(...), iterator),
 * become a heap, each later item that beats the top replaces it as a new tuple, and a last
 * comprehension undecorates the sorted heap. A failed len() (an iterator) raises and catches
 * TypeError as CPython's try statement does. Each function stays one frame, as CPython's, so an
 * exception from key passes the same frames; statements that allocate keep their order.
 */
final class HeapqSelect {
    private HeapqSelect() { }

    /**
     * Both functions' code, CPython's two written once: {name}, {pick} (min or max), {sorted} (the
     * sorted() call's extra arguments), {ranks} (range's arguments), {first} (-n or n), {heapify},
     * {replace}, {beats} (whether the new value beats the top), {step} and {order} (sort's argument).
     */
    private static final String TEMPLATE = """
            def {name}(n, iterable, key=None):
                if n == 1:
                    source = iter(iterable)
                    nothing = object()
                    best = {pick}(source, default=nothing, key=key)
                    return [] if best is nothing else [best]
                try:
                    size = len(iterable)
                except (TypeError, AttributeError):
                    pass
                else:
                    if n >= size:
                        return sorted(iterable, key=key{sorted})[:n]
                if key is None:
                    source = iter(iterable)
                    # range goes first: zip stops before taking an item past the n-th
                    kept = [(item, rank) for rank, item in zip(range({ranks}), source)]
                    if not kept:
                        return kept
                    {heapify}(kept)
                    worst = kept[0][0]
                    rank = {first}
                    swap_top = {replace}
                    for item in source:
                        if {beats}:
                            swap_top(kept, (item, rank))
                            worst, _rank = kept[0]
                            rank {step}= 1
                    kept.sort({order})
                    return [item for (item, rank) in kept]
                source = iter(iterable)
                kept = [(key(item), rank, item) for rank, item in zip(range({ranks}), source)]
                if not kept:
                    return kept
                {heapify}(kept)
                worst = kept[0][0]
                rank = {first}
                swap_top = {replace}
                for item in source:
                    k = key(item)
                    if {keyBeats}:
                        swap_top(kept, (k, rank, item))
                        worst, _rank, _item = kept[0]
                        rank {step}= 1
                kept.sort({order})
                return [item for (k, rank, item) in kept]
            """;

    /** nsmallest keeps a max-heap of the n least (ranks counting up); nlargest a min-heap, ranks counting down. */
    static final String SMALLEST = fill("name", "nsmallest", "pick", "min", "sorted", "", "ranks", "n", "first", "n",
            "heapify", "_heapify_max", "replace", "_heapreplace_max", "beats", "item < worst", "keyBeats", "k < worst",
            "step", "+", "order", "");
    static final String LARGEST = fill("name", "nlargest", "pick", "max", "sorted", ", reverse=True", "ranks", "0, -n, -1",
            "first", "-n", "heapify", "heapify", "replace", "heapreplace", "beats", "worst < item", "keyBeats", "worst < k",
            "step", "-", "order", "reverse=True");

    private static String fill(String... pairs) {
        String source = TEMPLATE;
        for (int k = 0; k < pairs.length; k += 2) source = source.replace("{" + pairs[k] + "}", pairs[k + 1]);
        return source;
    }

    /** The heapq C functions the two read, as the module's globals hold them. */
    private static final String[] GLOBALS = {"heapify", "heapreplace", "_heapify_max", "_heapreplace_max"};

    /** nsmallest (largest false) or nlargest, defined in heapq's globals. */
    static PyFunction define(Interpreter in, Builtins builtins, boolean largest) {
        return LibraryFunctions.define(in, largest ? LARGEST : SMALLEST, () -> HeapqMerge.globals(in, builtins, GLOBALS));
    }
}
