package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * functools as learners meet it: reduce, partial, lru_cache, cache, wraps and update_wrapper.
 * Names the lab does not model (cached_property, total_ordering...) are refused before the run.
 */
final class FunctoolsModule extends NativeModule {
    private final PartialType partials;
    private final LruCacheType caches;

    FunctoolsModule(Interpreter in, Types types) {
        super("functools", in);
        partials = (PartialType) types.of(PyPartial.class);
        caches = (LruCacheType) types.of(PyLruCache.class);
        function("reduce", this::reduce);
        // partial_new is reached through tp_call: the positional arguments come packed, and the keyword
        // dict _PyObject_MakeTpCall made (one reference) becomes the partial's own keywords.
        keywordFunction("partial", (args, kw) -> in.builtinImpl.withPackedArguments(args.size(), false, () -> partials.construct(args, kw)));
        keywordFunction("lru_cache", this::lruCache);
        function("cache", (args, kw) -> caches.wrap(one("cache", args), -1));
        // What lru_cache(maxsize) returns: a decorator that wraps its function with that bound.
        keywordFunction("update_wrapper", this::updateWrapper);
        keywordFunction("wraps", this::wraps);
        KeyWrapperType keys = (KeyWrapperType) types.of(PyKeyWrapper.class);
        keywordFunction("cmp_to_key", (args, kw) -> keys.wrap(cmpArgument(args, kw)));
        CachedPropertyType cachedProperties = (CachedPropertyType) types.of(PyCachedProperty.class);
        keywordFunction("cached_property", cachedProperties::construct);
        // singledispatch's helpers (its Python code reads them from functools' globals).
        function("_mapping_proxy", (args, kw) -> SingleDispatch.mappingProxy(in, one("MappingProxyType", args)));
        function("_first_type_hint", (args, kw) -> SingleDispatch.firstTypeHint(in, one("get_type_hints", args)));
        function("_annotations_of", (args, kw) -> SingleDispatch.annotationsOf(in, one("getattr", args)));
        function("_is_union", (args, kw) -> v.bool(SingleDispatch.isUnion(one("_is_union_type", args))));
        // _lru_cache_wrapper(maxsize, [typed,] func): what lru_cache's partial calls with the function.
        function("_lru_cache_wrapper", (args, kw) -> caches.wrap(args.get(args.size() - 1),
                ((PyInt) args.get(0)).value().longValueExact(), args.size() == 3 && in.ops.truthy(args.get(1))));
    }

    @Override
    java.util.Set<String> valueNames() {
        return java.util.Set.of("singledispatch", "singledispatchmethod", "partialmethod", "total_ordering");
    }

    /**
     * singledispatch (a Python function of Lib/functools.py) and singledispatchmethod (its class,
     * whose __init__ calls singledispatch), and partialmethod (a class of it too), defined on first
     * read; the module keeps them.
     */
    @Override
    PyObject value(String attr) {
        if (attr.equals("partialmethod")) return libraryValue(attr, () -> PartialMethods.define(in, in.builtinImpl));
        if (attr.equals("total_ordering")) return libraryValue(attr, this::defineTotalOrdering);
        if (!attr.equals("singledispatch") && !attr.equals("singledispatchmethod")) return null;
        PyFunction dispatch = (PyFunction) libraryValue("singledispatch", () -> SingleDispatch.define(in, in.builtinImpl));
        if (attr.equals("singledispatch")) return dispatch;
        heap.decref(dispatch); // borrowed from here on: the module keeps it
        return libraryValue(attr, () -> SingleDispatch.methodClass(in, in.builtinImpl, dispatch));
    }

    /** cmp_to_key's one argument, mycmp, by position or keyword, with Argument Clinic's errors. */
    private static PyObject cmpArgument(List<PyObject> args, Map<String, PyObject> kw) {
        int n = args.size() + kw.size();
        if (n > 1) throw new PyRaise("TypeError", "cmp_to_key() takes at most 1 argument (" + n + " given)");
        PyObject cmp = Args.get(args, kw, 0, "mycmp");
        if (cmp == null) throw new PyRaise("TypeError", "cmp_to_key() missing required argument 'mycmp' (pos 1)");
        return cmp;
    }

    /**
     * total_ordering, a Python function of Lib/functools.py run as that code: the roots are the
     * ordering methods the class has other than object's, the greatest is the root, and each method
     * _convert[root] names that the class lacks is set on it as functools' own module function
     * (_gt_from_lt...), renamed by its __name__ only: the same function object for every class.
     * Its set comprehension, iterators and frames are counted as CPython counts them.
     */
    private static final String TOTAL_ORDERING = """
            def total_ordering(cls):
                \"""Class decorator that fills in missing ordering methods\"""
                roots = {op for op in _convert if getattr(cls, op, None) is not getattr(object, op, None)}
                if not roots:
                    raise ValueError('must define at least one ordering operation: < > <= >=')
                root = max(roots)
                for opname, opfunc in _convert[root]:
                    if opname not in roots:
                        opfunc.__name__ = opname
                        setattr(cls, opname, opfunc)
                return cls
            """;

    /** total_ordering in functools' globals, with _convert: each root's list of (name, function) pairs. */
    private PyFunction defineTotalOrdering() {
        return LibraryFunctions.define(in, TOTAL_ORDERING, () -> {
            PyDict globals = heap.alloc(new PyDict());
            globals.put(v.intern("__name__"), v.intern("functools"), heap);
            PyDict convert = heap.alloc(new PyDict());
            for (String root : List.of("__lt__", "__le__", "__gt__", "__ge__")) {
                List<String[]> methods = CONVERT.get(root);
                PyObject[] pairs = new PyObject[methods.size()];
                for (int i = 0; i < pairs.length; i++) {
                    String[] m = methods.get(i);
                    pairs[i] = heap.alloc(new PyTuple(new PyObject[] {v.intern(m[0]), libraryValue(m[1], () -> convertFunction(m))}));
                }
                PyList list = heap.alloc(new PyList(new java.util.ArrayList<>(List.of(pairs)), pairs.length));
                convert.put(v.intern(root), list, heap);
            }
            globals.put(v.intern("_convert"), convert, heap);
            return globals;
        });
    }

    /**
     * _convert (Lib/functools.py, 3.11): for each root, the methods it fills in, each the name of
     * its module function, that function's docstring and what it returns from op_result.
     */
    private static final Map<String, List<String[]>> CONVERT = Map.of(
            "__lt__", List.of(
                    new String[] {"__gt__", "_gt_from_lt", "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).", "not op_result and self != other"},
                    new String[] {"__le__", "_le_from_lt", "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).", "op_result or self == other"},
                    new String[] {"__ge__", "_ge_from_lt", "Return a >= b.  Computed by @total_ordering from (not a < b).", "not op_result"}),
            "__le__", List.of(
                    new String[] {"__ge__", "_ge_from_le", "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).", "not op_result or self == other"},
                    new String[] {"__lt__", "_lt_from_le", "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).", "op_result and self != other"},
                    new String[] {"__gt__", "_gt_from_le", "Return a > b.  Computed by @total_ordering from (not a <= b).", "not op_result"}),
            "__gt__", List.of(
                    new String[] {"__lt__", "_lt_from_gt", "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).", "not op_result and self != other"},
                    new String[] {"__ge__", "_ge_from_gt", "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).", "op_result or self == other"},
                    new String[] {"__le__", "_le_from_gt", "Return a <= b.  Computed by @total_ordering from (not a > b).", "not op_result"}),
            "__ge__", List.of(
                    new String[] {"__le__", "_le_from_ge", "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).", "not op_result or self == other"},
                    new String[] {"__gt__", "_gt_from_ge", "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).", "op_result and self != other"},
                    new String[] {"__lt__", "_lt_from_ge", "Return a < b.  Computed by @total_ordering from (not a >= b).", "not op_result"}));

    /**
     * One of the twelve module functions, defined in functools' globals as the import did. Besides
     * the module's reference (libraryValue's) and _convert's tuple's, CPython holds it from two more
     * dicts (sys.getrefcount(functools._gt_from_lt) is 5): those are held here too, never released.
     */
    private PyFunction convertFunction(String[] m) {
        String root = m[1].substring(m[1].length() - 2);
        String source = "def " + m[1] + "(self, other):\n    '" + m[2] + "'\n"
                + "    op_result = type(self).__" + root + "__(self, other)\n"
                + "    if op_result is NotImplemented:\n        return op_result\n"
                + "    return " + m[3] + "\n";
        PyFunction f = LibraryFunctions.define(in, source, () -> {
            PyDict globals = heap.alloc(new PyDict());
            globals.put(v.intern("__name__"), v.intern("functools"), heap);
            return globals;
        });
        for (int i = 0; i < 2; i++) libraryRefs.add(heap.newRef(f));
        return f;
    }

    /** reduce(function, iterable[, initial]): folds left; the accumulator is released as each step replaces it. */
    private PyObject reduce(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() < 2 || args.size() > 3) {
            throw new PyRaise("TypeError", "reduce expected at least 2 arguments, got " + args.size());
        }
        PyObject f = args.get(0);
        List<PyObject> items = in.builtinImpl.iterate(args.get(1));
        // functools_reduce calls the function with one 2-tuple it refills (PyTuple_New(2)), freed at the
        // end; a builtin taking its arguments packed (max, min) is counted packing that tuple already.
        boolean packsItself = f instanceof PyBuiltin b && CallableKinds.of(b) == CallableKinds.Kind.OTHER;
        if (!packsItself) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        try {
            return reduceItems(f, items, args.size() == 3 ? heap.newRef(args.get(2)) : null);
        } finally {
            if (!packsItself) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        }
    }

    private PyObject reduceItems(PyObject f, List<PyObject> items, PyObject initial) {
        PyObject acc = initial;
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

    /** WRAPPER_ASSIGNMENTS and WRAPPER_UPDATES of Lib/functools.py (3.11). */
    private static final List<String> ASSIGNED = List.of("__module__", "__name__", "__qualname__", "__doc__", "__annotations__");
    private static final List<String> UPDATED = List.of("__dict__");

    /**
     * wraps(wrapped): what Lib/functools.py returns, partial(update_wrapper, wrapped=wrapped,
     * assigned=..., updated=...), a decorator that copies the names onto the function it receives.
     */
    private PyObject wraps(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("wraps", args, 1, 3);
        Map<String, PyObject> keywords = new java.util.LinkedHashMap<>();
        keywords.put("wrapped", args.get(0));
        PyObject assigned = args.size() > 1 ? heap.newRef(args.get(1)) : kw.containsKey("assigned") ? heap.newRef(kw.get("assigned")) : names(ASSIGNED);
        PyObject updated = args.size() > 2 ? heap.newRef(args.get(2)) : kw.containsKey("updated") ? heap.newRef(kw.get("updated")) : names(UPDATED);
        keywords.put("assigned", assigned);
        keywords.put("updated", updated);
        PyObject updater = in.builtinImpl.moduleFunction("functools", "update_wrapper");
        try {
            return partials.construct(List.of(updater), keywords);
        } finally {
            heap.decref(updater);
            heap.decref(assigned);
            heap.decref(updated);
        }
    }

    /** The tuple of attribute names the module keeps as a constant (a new reference to a new equal tuple here). */
    private PyObject names(List<String> names) {
        PyObject[] items = new PyObject[names.size()];
        for (int i = 0; i < items.length; i++) items[i] = v.intern(names.get(i));
        return heap.alloc(new PyTuple(items));
    }

    /**
     * update_wrapper(wrapper, wrapped, assigned, updated): each assigned attribute wrapped has is set
     * on wrapper, each updated one (its __dict__) is merged, and wrapper.__wrapped__ = wrapped.
     */
    private PyObject updateWrapper(List<PyObject> args, Map<String, PyObject> kw) {
        PyObject wrapper = args.size() > 0 ? args.get(0) : kw.get("wrapper");
        PyObject wrapped = args.size() > 1 ? args.get(1) : kw.get("wrapped");
        if (wrapper == null || wrapped == null) {
            throw new PyRaise("TypeError", "update_wrapper() missing 1 required positional argument: '" + (wrapper == null ? "wrapper" : "wrapped") + "'");
        }
        PyObject assigned = args.size() > 2 ? args.get(2) : kw.get("assigned");
        PyObject updated = args.size() > 3 ? args.get(3) : kw.get("updated");
        for (String attr : attributeNames(assigned, ASSIGNED)) {
            PyObject value;
            try {
                value = in.getAttr(wrapped, attr);
            } catch (PyRaise e) {
                if (!in.exceptions.is(e, "AttributeError")) throw e;
                in.exceptions.discard(e);
                continue;
            }
            in.setAttr(wrapper, attr, value);
        }
        for (String attr : attributeNames(updated, UPDATED)) {
            PyObject target = in.getAttr(wrapper, attr);
            try {
                PyObject source = in.getAttr(wrapped, attr);
                try {
                    in.builtinImpl.callMethod(target, "update", List.of(source), Map.of());
                } finally {
                    heap.decref(source);
                }
            } finally {
                heap.decref(target);
            }
        }
        in.setAttr(wrapper, "__wrapped__", heap.newRef(wrapped));
        return heap.newRef(wrapper);
    }

    private List<String> attributeNames(PyObject given, List<String> defaults) {
        if (given == null) return defaults;
        List<String> names = new java.util.ArrayList<>();
        for (PyObject o : in.builtinImpl.iterate(given)) {
            if (!(o instanceof PyStr s)) throw new PyRaise("TypeError", "attribute name must be string, not '" + o.typeName() + "'");
            names.add(s.value);
        }
        return names;
    }

    /** lru_cache(func), lru_cache(maxsize=128), lru_cache(None): a wrapper, or a decorator making one. */
    private PyObject lruCache(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("lru_cache", args, 0, 2);
        PyObject first = args.isEmpty() ? kw.get("maxsize") : args.get(0);
        PyObject typedArg = args.size() > 1 ? args.get(1) : kw.get("typed");
        boolean typed = typedArg != null && in.ops.truthy(typedArg);
        if (first != null && !(first instanceof PyInt) && first != v.none) {
            if (ObjectBuiltins.isCallable(first)) {
                PyLruCache bare = (PyLruCache) caches.wrap(first, 128, typed);
                bare.bare = true;
                return bare;
            }
            throw new PyRaise("TypeError", "Expected first argument to be an integer, a callable, or None");
        }
        long maxsize = first == null ? 128 : first == v.none ? -1 : Math.max(0, ((PyInt) first).value().longValue());
        PyObject wrapper = in.builtinImpl.moduleFunction("functools", "_lru_cache_wrapper");
        PyObject bound = v.integer(maxsize);
        try {
            return partials.construct(typed ? List.of(wrapper, bound, v.trueObj) : List.of(wrapper, bound), Map.of());
        } finally {
            heap.decref(bound);
            heap.decref(wrapper);
        }
    }
}
