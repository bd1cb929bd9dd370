package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/** gc: the collector's controls and what it can tell about objects. */
final class GcModule extends NativeModule {
    private PyList garbage;
    private final GcCallbacks callbacks;

    GcModule(Interpreter in) {
        super("gc", in);
        callbacks = new GcCallbacks(in);
        registerDebugging();
        registerPermanentGeneration();
        keywordFunction("collect", (args, kw) -> {
            for (String k : kw.keySet()) {
                if (!k.equals("generation")) throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for collect()");
            }
            if (kw.containsKey("generation")) args = List.of(kw.get("generation"));
            int gen = args.isEmpty() ? 2 : Args.indexValue(args.get(0)).intValue();
            if (gen < 0 || gen > 2) throw new PyRaise("ValueError", "invalid generation");
            return v.integer(in.collector.collect(gen));
        });
        function("enable", (args, kw) -> {
            heap.enabled = true;
            return v.none;
        });
        function("disable", (args, kw) -> {
            heap.enabled = false;
            return v.none;
        });
        function("isenabled", (args, kw) -> v.bool(heap.enabled));
        function("get_count", (args, kw) -> triple(heap.counts));
        function("get_threshold", (args, kw) -> triple(heap.thresholds));
        // set_threshold, get_referents and get_referrers are METH_VARARGS in 3.11 (no Argument Clinic):
        // each call packs its arguments into a tuple, which gen 0's count and the free list see.
        function("set_threshold", (args, kw) -> in.builtinImpl.withPackedArguments(args.size(), false, () -> {
            // PyArg_ParseTuple(args, "i|ii") writes each threshold as it converts it: a bad second argument
            // leaves the first one set (gc.set_threshold(5, "x") raises and get_threshold() is (5, 10, 10)).
            for (int i = 0; i < args.size(); i++) heap.thresholds[i] = Args.cInt(args.get(i));
            return v.none;
        }));
        function("is_tracked", (args, kw) -> {
            PyObject o = one("gc.is_tracked", args);
            // A frame object is made untracked (_PyFrame_New_NoTrack) and tracked when it takes its frame's
            // locals over (take_ownership): a running or suspended frame's object is not tracked.
            if (o instanceof PyFrameObject f && !f.owned()) return v.bool(false);
            return v.bool(o.shared ? trackedShared(o) : o.isTracked());
        });
        function("get_referents", (args, kw) -> in.builtinImpl.withPackedArguments(args.size(), false, () -> {
            // frame_traverse visits the frame's code object, which the lab does not model as an object.
            for (PyObject o : args) {
                if (o instanceof PyFrameObject) throw new PyRaise("TypeError", "gc.get_referents() of a frame is not supported in the memory lab");
            }
            ArrayList<PyObject> out = new ArrayList<>();
            for (PyObject o : args) if (o.isTracked() || o.isGcType()) o.gcTraverse(r -> out.add(heap.newRef(r)));
            return heap.alloc(new PyList(out, out.size()));
        }));
        function("get_referrers", (args, kw) -> in.builtinImpl.withPackedArguments(args.size(), false, () -> {
            ArrayList<PyObject> out = new ArrayList<>();
            for (int g = 0; g < Heap.GENERATIONS; g++) {
                for (PyObject o : heap.list(g)) {
                    boolean[] hit = {false};
                    o.gcTraverse(r -> hit[0] |= args.contains(r));
                    if (hit[0]) out.add(heap.newRef(o));
                }
            }
            return heap.alloc(new PyList(out, out.size()));
        }));
    }

    /**
     * The shared objects CPython tracks: builtin functions and methods, and modules, are GC objects
     * made at run time (in the oldest generation by then); static types, the interned strings, the
     * small ints and the singletons are not.
     */
    private static final java.util.Set<String> TRACKED_SHARED = java.util.Set.of("builtin_function_or_method", "module",
            "function", "method");

    /** The library's static types the engine models as module functions (CPython does not track them). */
    private static final java.util.Set<String> STATIC_MODULE_TYPES = java.util.Set.of("collections.OrderedDict",
            "collections.defaultdict", "collections.deque", "itertools.accumulate", "itertools.chain",
            "itertools.combinations", "itertools.combinations_with_replacement", "itertools.compress", "itertools.count",
            "itertools.cycle", "itertools.dropwhile", "itertools.filterfalse", "itertools.groupby", "itertools.islice",
            "itertools.pairwise", "itertools.permutations", "itertools.product", "itertools.repeat", "itertools.starmap",
            "itertools.takewhile", "itertools.zip_longest", "weakref.ref", "weakref.ReferenceType", "weakref.ProxyType",
            "weakref.CallableProxyType");

    private boolean trackedShared(PyObject o) {
        if (o instanceof PyBuiltin b) {
            if (in.builtinImpl.isTypeObject(b)) return false;
            return b.self != null || b.owner == null || !STATIC_MODULE_TYPES.contains(b.owner + "." + b.name);
        }
        return TRACKED_SHARED.contains(o.typeName());
    }

    private static final java.util.Map<String, Integer> DEBUG_FLAGS = java.util.Map.of("DEBUG_STATS", 1,
            "DEBUG_COLLECTABLE", 2, "DEBUG_UNCOLLECTABLE", 4, "DEBUG_SAVEALL", 32, "DEBUG_LEAK", 38);
    private int debug;

    /** get_debug, set_debug, is_finalized and get_objects (the statistics flags write to stderr only, which the lab does not show). */
    private void registerDebugging() {
        function("get_debug", (args, kw) -> {
            Args.count("gc.get_debug", args, 0, 0);
            return v.integer(debug);
        });
        function("set_debug", (args, kw) -> {
            debug = (int) Args.integer(one("gc.set_debug", args));
            in.collector.saveAll = (debug & 32) == 0 ? null : o -> {
                PyList g = (PyList) value("garbage");
                in.builtinImpl.append(g, heap.newRef(o));
                heap.decref(g);
            };
            return v.none;
        });
        function("is_finalized", (args, kw) -> v.bool(one("gc.is_finalized", args).finalized));
        keywordFunction("get_objects", (args, kw) -> {
            PyObject g = Args.get(args, kw, 0, "generation");
            int only = g == null || g instanceof PyNone ? -1 : (int) Args.integer(g);
            if (only >= Heap.GENERATIONS) throw new PyRaise("ValueError", "generation parameter must be less than the number of available generations (3)");
            if (only < -1) throw new PyRaise("ValueError", "generation parameter cannot be negative");
            ArrayList<PyObject> out = new ArrayList<>();
            for (int gen = 0; gen < Heap.GENERATIONS; gen++) {
                if (only >= 0 && gen != only) continue;
                for (PyObject o : heap.list(gen)) if (!o.shared) out.add(heap.newRef(o));
            }
            return heap.alloc(new PyList(out, out.size()));
        });
    }

    /**
     * The tracked objects of CPython's own start-up in the oldest generation after a gc.collect(),
     * measured on this machine (`len(gc.get_objects())`; 3990 under python3 -S): gc.freeze() moves
     * them to the permanent generation, so a frozen count is thousands even for a program that
     * made nothing (`gc.get_freeze_count() > 0`). A shown count is refused up front (the figure
     * follows what site loads and how many collections ran): syntax.StartUpObjectCounts.
     */
    private static final int START_UP_OBJECTS = 11092;

    /** freeze, unfreeze, get_freeze_count: the permanent generation the collector never looks at. */
    private void registerPermanentGeneration() {
        function("freeze", (args, kw) -> {
            Args.count("gc.freeze", args, 0, 0);
            heap.freeze();
            showMoved(Heap.PERMANENT);
            return v.none;
        });
        function("unfreeze", (args, kw) -> {
            Args.count("gc.unfreeze", args, 0, 0);
            List<PyObject> thawed = heap.list(Heap.PERMANENT);
            heap.unfreeze();
            if (in.tracer != null) thawed.forEach(in.tracer::touched);
            return v.none;
        });
        function("get_freeze_count", (args, kw) -> {
            Args.count("gc.get_freeze_count", args, 0, 0);
            return v.integer(heap.list(Heap.PERMANENT).size() + (heap.startUpFrozen() ? START_UP_OBJECTS : 0));
        });
        function("get_stats", (args, kw) -> {
            Args.count("gc.get_stats", args, 0, 0);
            ArrayList<PyObject> gens = new ArrayList<>();
            for (int g = 0; g < Heap.GENERATIONS; g++) {
                PyDict d = heap.alloc(new PyDict());
                in.builtinImpl.put(d, v.intern("collections"), v.integer(in.collector.statCollections[g]));
                in.builtinImpl.put(d, v.intern("collected"), v.integer(in.collector.statCollected[g]));
                in.builtinImpl.put(d, v.intern("uncollectable"), v.integer(0));
                gens.add(d);
            }
            return heap.alloc(new PyList(gens, gens.size()));
        });
    }

    /** The trace shows the objects that changed generation again, with their new place. */
    private void showMoved(int generation) {
        if (in.tracer != null) heap.list(generation).forEach(in.tracer::touched);
    }

    private PyObject triple(int[] values) {
        return heap.alloc(new PyTuple(new PyObject[] {v.integer(values[0]), v.integer(values[1]), v.integer(values[2])}));
    }

    /** gc.garbage: made on first use; the module holds it until the run ends. */
    @Override
    PyObject value(String attr) {
        if (DEBUG_FLAGS.containsKey(attr)) return v.integer(DEBUG_FLAGS.get(attr));
        if (attr.equals("callbacks")) return heap.newRef(callbacks.list());
        if (!attr.equals("garbage")) return null;
        if (garbage == null) garbage = heap.alloc(new PyList(new ArrayList<>(), 0));
        return heap.newRef(garbage);
    }

    @Override
    java.util.Set<String> valueNames() {
        java.util.Set<String> names = new java.util.HashSet<>(DEBUG_FLAGS.keySet());
        names.add("garbage");
        names.add("callbacks");
        return names;
    }

    PyList garbageList() {
        return garbage;
    }
}
