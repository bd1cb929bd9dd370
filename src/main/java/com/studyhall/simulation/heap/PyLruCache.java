package com.studyhall.simulation.heap;

import java.util.ArrayDeque;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The wrapper functools.lru_cache makes (functools._lru_cache_wrapper in C): the wrapped function,
 * the cache dict and the wrapper's own __dict__ (update_wrapper's __module__, __name__,
 * __qualname__, __doc__ and __wrapped__). With a bound, the dict maps each key to a
 * {@link PyLruNode} holding key and result, and {@link #order} is the recency list, oldest first;
 * without one the dict maps keys straight to results.
 */
public final class PyLruCache extends PyWeakReferenceable {
    public PyObject func;
    public PyDict cache;
    public PyDict dict;
    /** maxsize; -1 for None (unbounded). */
    public final long maxsize;
    /** lru_cache(typed=True): the argument types are part of each key, so 1 and 1.0 are cached apart. */
    public boolean typed;
    /**
     * Made by lru_cache(func) itself, not by the decorator lru_cache(...) returns: its cache_parameters
     * lambda is lru_cache's own (qualname lru_cache.<locals>.<lambda>), not decorating_function's.
     */
    public boolean bare;
    public long hits;
    public long misses;
    public final ArrayDeque<PyLruNode> order = new ArrayDeque<>();

    public PyLruCache(PyObject func, PyDict cache, PyDict dict, long maxsize) {
        this.func = func;
        this.cache = cache;
        this.dict = dict;
        this.maxsize = maxsize;
    }

    public boolean bounded() {
        return maxsize > 0;
    }

    @Override
    public String typeName() {
        return "functools._lru_cache_wrapper";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /**
     * lru_cache_tp_traverse: each link's key and result (links are not tracked by gc, so the
     * wrapper reports what they hold), then the cache dict, the function and the __dict__. The
     * recency list's own reference to each link is reported here too.
     */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyLruNode n : order) {
            visit.accept(n);
            if (n.key != null) visit.accept(n.key);
            if (n.result != null) visit.accept(n.result);
        }
        if (cache != null) visit.accept(cache);
        if (func != null) visit.accept(func);
        if (dict != null) visit.accept(dict);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (func != null) visit.accept("func", func);
        if (cache != null) visit.accept("cache", cache);
        if (dict != null) visit.accept("__dict__", dict);
    }

    /** lru_cache_tp_clear: the cache dict, the function, the __dict__, then the recency list, oldest first. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject c = cache;
        PyObject f = func;
        PyObject d = dict;
        cache = null;
        func = null;
        dict = null;
        if (c != null) heap.decref(c);
        if (f != null) heap.decref(f);
        if (d != null) heap.decref(d);
        releaseNodes(heap);
    }

    /** Drops the recency list's reference to each node, oldest first. */
    public void releaseNodes(Heap heap) {
        while (!order.isEmpty()) heap.decref(order.pollFirst());
    }

    @Override
    public long sizeof() {
        return 168;
    }

    @Override
    public String shortValue() {
        return "lru_cache";
    }
}
