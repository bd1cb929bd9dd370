package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The wrappers functools.lru_cache and functools.cache make (_lru_cache_wrapper in C): each call
 * looks its key up before calling the function, so the cache keeps keys and results alive until
 * they are evicted or cache_clear() runs; cache_info(), cache_clear(), __wrapped__.
 */
final class LruCacheType extends BuiltinType {
    /** functools._CacheInfo, made once per run (a module-level class in CPython). */
    private PyNamedTupleClass cacheInfo;
    /** The kwd_mark sentinel between positional and keyword arguments in a key. */
    private PyObject kwdMark;

    LruCacheType(Interpreter in) {
        super("functools._lru_cache_wrapper", null, in);
        method("cache_info", (self, args, kw) -> cacheInfo((PyLruCache) self));
        method("cache_clear", (self, args, kw) -> {
            clear((PyLruCache) self);
            return v.none;
        });
        method("cache_parameters", (self, args, kw) -> cacheParameters((PyLruCache) self, args, kw));
    }

    /**
     * cache_parameters(): Lib/functools.py's {@code lambda : {'maxsize': maxsize, 'typed': typed}},
     * a new dict of two entries on each call (the checker lets the lab answer only calls of it).
     */
    private PyObject cacheParameters(PyLruCache w, List<PyObject> args, Map<String, PyObject> kw) {
        String lambda = w.bare ? "lru_cache.<locals>.<lambda>()" : "lru_cache.<locals>.decorating_function.<locals>.<lambda>()";
        if (!args.isEmpty()) {
            throw new PyRaise("TypeError", lambda + " takes 0 positional arguments but " + args.size()
                    + (args.size() == 1 ? " was" : " were") + " given");
        }
        if (!kw.isEmpty()) {
            throw new PyRaise("TypeError", lambda + " got an unexpected keyword argument '" + kw.keySet().iterator().next() + "'");
        }
        PyDict d = heap.alloc(new PyDict());
        builtins().put(d, v.intern("maxsize"), w.maxsize < 0 ? v.none : v.integer(w.maxsize));
        builtins().put(d, v.intern("typed"), v.bool(w.typed));
        return d;
    }

    /** _lru_cache_wrapper(func, maxsize) followed by update_wrapper(wrapper, func). */
    PyObject wrap(PyObject func, long maxsize) {
        return wrap(func, maxsize, false);
    }

    /** _lru_cache_wrapper(func, maxsize, typed) followed by update_wrapper(wrapper, func). */
    PyObject wrap(PyObject func, long maxsize, boolean typed) {
        if (!ObjectBuiltins.isCallable(func)) throw new PyRaise("TypeError", "the first argument must be callable");
        PyDict cache = heap.alloc(new PyDict());
        PyDict dict = heap.alloc(new PyDict());
        PyLruCache w = heap.alloc(new PyLruCache(heap.newRef(func), cache, dict, maxsize));
        w.typed = typed;
        for (String attr : List.of("__module__", "__name__", "__qualname__", "__doc__")) {
            builtins().put(dict, v.intern(attr), wrappedAttribute(func, attr));
        }
        builtins().put(dict, v.intern("__wrapped__"), heap.newRef(func));
        return w;
    }

    private PyObject wrappedAttribute(PyObject func, String attr) {
        if (attr.equals("__module__")) return func instanceof PyBuiltin ? v.intern("builtins") : v.intern("__main__");
        if (attr.equals("__doc__")) return v.none;
        if (func instanceof PyFunction f) return v.intern(attr.equals("__name__") ? f.funcName : f.funcQualname);
        return v.intern(func instanceof PyBuiltin b ? b.name : func.typeName());
    }

    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyLruCache w = (PyLruCache) o;
        // _PyObject_MakeTpCall: the wrapper receives a tuple of the arguments.
        args.forEach(heap::incref);
        PyTuple argTuple = args.isEmpty() ? (PyTuple) heap.newRef(v.emptyTuple) : heap.alloc(new PyTuple(args.toArray(new PyObject[0])));
        builtins().hold(argTuple);
        try {
            if (w.maxsize == 0) {
                w.misses++;
                return callFunction(w, args, kwargs);
            }
            PyObject key = makeKey(argTuple, kwargs, w.typed);
            builtins().hold(key);
            try {
                return lookup(w, key, args, kwargs);
            } finally {
                builtins().unhold(key);
                heap.decref(key);
            }
        } finally {
            builtins().unhold(argTuple);
            heap.decref(argTuple);
        }
    }

    /**
     * lru_cache_make_key: a lone int or str argument is its own key, otherwise the argument tuple
     * (plus the mark and the keywords; with typed, then each argument's type, keyword values' last).
     */
    private PyObject makeKey(PyTuple argTuple, Map<String, PyObject> kwargs, boolean typed) {
        if (kwargs.isEmpty() && !typed) {
            if (argTuple.items.length == 1 && ((argTuple.items[0] instanceof PyInt && !(argTuple.items[0] instanceof PyBool)) || argTuple.items[0] instanceof PyStr)) {
                return heap.newRef(argTuple.items[0]);
            }
            return heap.newRef(argTuple);
        }
        List<PyObject> items = new ArrayList<>(List.of(argTuple.items));
        items.forEach(heap::incref);
        if (!kwargs.isEmpty()) {
            if (kwdMark == null) kwdMark = v.shared(new PyPlainObject());
            items.add(heap.newRef(kwdMark));
            kwargs.forEach((k, val) -> {
                items.add(v.intern(k));
                items.add(heap.newRef(val));
            });
        }
        if (typed) {
            for (PyObject a : argTuple.items) items.add(typeOf(a));
            for (PyObject val : kwargs.values()) items.add(typeOf(val));
        }
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    private PyObject lookup(PyLruCache w, PyObject key, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject found = w.cache.get(key);
        if (found != null) {
            w.hits++;
            if (!(found instanceof PyLruNode node)) return heap.newRef(found);
            w.order.remove(node);
            w.order.addLast(node);
            return heap.newRef(node.result);
        }
        w.misses++;
        PyObject result = callFunction(w, args, kwargs);
        if (w.cache == null || w.cache.get(key) != null) return result;
        if (!w.bounded()) {
            builtins().put(w.cache, heap.newRef(key), heap.newRef(result));
            return result;
        }
        PyLruNode node = heap.alloc(new PyLruNode(heap.newRef(key), heap.newRef(result)));
        PyLruNode evicted = w.order.size() >= w.maxsize ? w.order.pollFirst() : null;
        PyObject[] popped = evicted == null ? null : w.cache.remove(evicted.key);
        heap.incref(node);
        builtins().put(w.cache, heap.newRef(key), node);
        w.order.addLast(node);
        if (popped != null) {
            heap.decref(popped[1]);
            heap.decref(popped[0]);
        }
        if (evicted != null) heap.decref(evicted);
        return result;
    }

    private PyObject callFunction(PyLruCache w, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject func = heap.newRef(w.func);
        builtins().hold(func);
        try {
            return builtins().callBorrowed(func, args, kwargs);
        } finally {
            builtins().unhold(func);
            heap.decref(func);
        }
    }

    /** cache_clear(): the recency list is detached, the dict cleared, then the links freed oldest first. */
    private void clear(PyLruCache w) {
        List<PyLruNode> links = new ArrayList<>(w.order);
        w.order.clear();
        w.hits = 0;
        w.misses = 0;
        for (PyObject[] e : w.cache.entries()) {
            w.cache.remove(e[0]);
            heap.decref(e[0]);
            heap.decref(e[1]);
        }
        w.cache.log2Size = 0;
        w.cache.usable = 0;
        for (PyLruNode n : links) heap.decref(n);
    }

    /** Py_TYPE(arg) for a typed key: the object type() returns, one new reference. */
    private PyObject typeOf(PyObject o) {
        return in.builtinImpl.callBuiltinFunction("type", List.of(o));
    }

    private PyObject cacheInfo(PyLruCache w) {
        if (cacheInfo == null) {
            cacheInfo = v.shared(new PyNamedTupleClass("CacheInfo"));
            PyObject[] names = {v.intern("hits"), v.intern("misses"), v.intern("maxsize"), v.intern("currsize")};
            cacheInfo.fields = v.shared(new PyTuple(names));
        }
        PyObject[] items = {v.integer(w.hits), v.integer(w.misses), w.maxsize < 0 ? v.none : v.integer(w.maxsize),
                v.integer(w.cache.map.size())};
        heap.incref(cacheInfo);
        return heap.alloc(new PyNamedTuple(cacheInfo, items));
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyLruCache w = (PyLruCache) o;
        PyObject value = w.dict == null ? null : w.dict.getStr(attr);
        return value == null ? null : heap.newRef(value);
    }

    @Override
    String repr(PyObject o) {
        return "<functools._lru_cache_wrapper object at " + Reprs.address(o) + ">";
    }
}
