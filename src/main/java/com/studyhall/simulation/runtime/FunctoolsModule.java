package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * functools as learners meet it: reduce, partial, lru_cache and cache. Names the lab does not
 * model (wraps, update_wrapper, cached_property, total_ordering...) are refused before the run.
 */
final class FunctoolsModule extends NativeModule {
    private final PartialType partials;
    private final LruCacheType caches;

    FunctoolsModule(Interpreter in, Types types) {
        super("functools", in);
        partials = (PartialType) types.of(PyPartial.class);
        caches = (LruCacheType) types.of(PyLruCache.class);
        function("reduce", this::reduce);
        keywordFunction("partial", partials::construct);
        keywordFunction("lru_cache", this::lruCache);
        function("cache", (args, kw) -> caches.wrap(one("cache", args), -1));
        // What lru_cache(maxsize) returns: a decorator that wraps its function with that bound.
        function("_lru_cache_wrapper", (args, kw) -> caches.wrap(args.get(args.size() - 1), ((PyInt) args.get(0)).value().longValueExact()));
    }

    /** reduce(function, iterable[, initial]): folds left; the accumulator is released as each step replaces it. */
    private PyObject reduce(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() < 2 || args.size() > 3) {
            throw new PyRaise("TypeError", "reduce expected at least 2 arguments, got " + args.size());
        }
        PyObject f = args.get(0);
        List<PyObject> items = in.builtinImpl.iterate(args.get(1));
        PyObject acc = args.size() == 3 ? heap.newRef(args.get(2)) : null;
        for (PyObject item : items) {
            if (acc == null) {
                acc = heap.newRef(item);
                continue;
            }
            in.builtinImpl.hold(acc);
            try {
                PyObject next = in.builtinImpl.callValue(f, List.of(acc, item));
                in.builtinImpl.unhold(acc);
                heap.decref(acc);
                acc = next;
            } catch (RuntimeException e) {
                in.builtinImpl.unhold(acc);
                heap.decref(acc);
                throw e;
            }
        }
        if (acc == null) throw new PyRaise("TypeError", "reduce() of empty iterable with no initial value");
        return acc;
    }

    /** lru_cache(func), lru_cache(maxsize=128), lru_cache(None): a wrapper, or a decorator making one. */
    private PyObject lruCache(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("lru_cache", args, 0, 2);
        PyObject first = args.isEmpty() ? kw.get("maxsize") : args.get(0);
        if (first != null && !(first instanceof PyInt) && first != v.none) {
            if (ObjectBuiltins.isCallable(first)) return caches.wrap(first, 128);
            throw new PyRaise("TypeError", "Expected first argument to be an integer, a callable, or None");
        }
        long maxsize = first == null ? 128 : first == v.none ? -1 : Math.max(0, ((PyInt) first).value().longValue());
        PyObject wrapper = in.builtinImpl.moduleFunction("functools", "_lru_cache_wrapper");
        PyObject bound = v.integer(maxsize);
        try {
            return partials.construct(List.of(wrapper, bound), Map.of());
        } finally {
            heap.decref(bound);
            heap.decref(wrapper);
        }
    }
}
