package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.List;

/**
 * The simulated heap: reference counts, deallocation in CPython's order, the three generation
 * lists of GC-tracked objects and their allocation counts (with CPython's free lists, which
 * recycle lists, dicts and tuples without counting them as allocations).
 */
public final class Heap {
    public static final int GENERATIONS = 3;
    /** The generation number of gc.freeze()'s permanent generation: tracked, but never collected. */
    public static final int PERMANENT = GENERATIONS;

    /**
     * Every live object in allocation order, for the heap checker (tests) and the trace's id index,
     * or null once {@link #stopListingLive()} said nobody will ask: a run through the Simulator
     * only counts its live objects. Entries of freed objects are dropped when the list is read.
     * (A list threaded through the objects cost every object two fields, 8 bytes, and the JVM's
     * collector two more references to follow, a million times over in a loop that keeps its ints;
     * a map keyed by id cost a hash entry and a boxed key per object.)
     */
    private ArrayList<PyObject> live = new ArrayList<>();
    private int liveCount;
    private final PyObject[] heads = new PyObject[GENERATIONS + 1];
    public final int[] counts = new int[GENERATIONS];
    public final int[] thresholds = {700, 10, 10};
    public boolean enabled = true;
    public boolean collecting;
    public long longLivedTotal;
    public long longLivedPending;
    public HeapListener listener;
    private int nextId = 1;
    public int allocatedCount;
    public int freedCount;
    private int maxLive = Integer.MAX_VALUE;

    // Free lists: how many recycled objects CPython holds ready (allocations from them are not counted).
    private int freeLists;
    private int freeDicts;
    private final int[] freeTuples = new int[20];
    /**
     * interp->slice_cache: the one freed slice CPython keeps for the next (1 or 0). Full when the
     * first line runs (start-up code slices), and a full collection leaves it as it is.
     */
    private int freeSlices = 1;

    /**
     * The free lists when the program's first line runs, as `python3 main.py` leaves them. Lists: 39,
     * measured with python3 3.11.7 (keep new `[i]` lists and read how many gc.get_count() did not
     * count), the same in a one-line program and in one with functions and a class. Dicts and tuples:
     * full (80, and 2,000 a length), because compiling the program frees them by the dozen (each
     * function, class and comprehension is a compiler unit with dicts and tuples of its own); only a
     * program with barely any code starts with fewer (7 dicts and a handful of each tuple length,
     * measured), which the lab does not model (docs/simulation-engine.md, "Free lists at the start").
     */
    private static final int LISTS_AT_START = 39;
    private static final int DICTS_AT_START = 80;
    private static final int TUPLES_AT_START = 2000;

    /** The free lists as CPython's start-up and the program's compilation leave them. */
    public void stockFreeLists() {
        freeLists = LISTS_AT_START;
        freeDicts = DICTS_AT_START;
        java.util.Arrays.fill(freeTuples, 1, 20, TUPLES_AT_START);
    }

    public Heap() {
        for (int i = 0; i <= PERMANENT; i++) {
            PyObject h = new PyNone();
            h.gcNext = h;
            h.gcPrev = h;
            h.generation = (byte) i;
            heads[i] = h;
        }
    }

    public void setMaxLive(int max) {
        this.maxLive = max;
    }

    public int liveCount() {
        return liveCount;
    }

    /** The live objects, oldest first. Not to be used while objects are allocated or freed. */
    public Iterable<PyObject> liveObjects() {
        if (live == null) throw new IllegalStateException("the live objects are no longer listed (stopListingLive)");
        live.removeIf(o -> !o.live);
        return java.util.Collections.unmodifiableList(live);
    }

    /** From now on the live objects are only counted, not listed: nothing will ask for {@link #liveObjects()}. */
    public void stopListingLive() {
        live = null;
    }

    /** Id to object, kept only while a trace is recorded (the trace refers to objects by id). */
    private PyObject[] byId;

    public void keepIdIndex() {
        if (byId == null) byId = new PyObject[Math.max(1024, nextId * 2)];
        for (PyObject o : liveObjects()) index(o);
    }

    private void index(PyObject o) {
        if (byId == null) return;
        if (o.id >= byId.length) byId = java.util.Arrays.copyOf(byId, Math.max(o.id + 1, byId.length * 2));
        byId[o.id] = o;
    }

    public boolean hasIdIndex() {
        return byId != null;
    }

    /** The live object with this id, or null; needs {@link #keepIdIndex()}. */
    public PyObject lookup(int id) {
        if (byId == null) throw new IllegalStateException("lookup by id needs keepIdIndex()");
        PyObject o = id > 0 && id < byId.length ? byId[id] : null;
        return o == null || o.freed ? null : o;
    }

    private void linkLive(PyObject o) {
        if (o.live) return; // registered already: keeps its place
        o.live = true;
        if (live != null) live.add(o);
        liveCount++;
        index(o);
    }

    private void unlinkLive(PyObject o) {
        if (!o.live) return;
        o.live = false;
        liveCount--;
        if (byId != null && o.id < byId.length && byId[o.id] == o) byId[o.id] = null;
    }

    public PyObject head(int generation) {
        return heads[generation];
    }

    // ---- allocation ----

    /** Registers a new object (refcount 1, owned by the caller) and tracks it when CPython does. */
    public <T extends PyObject> T alloc(T o) {
        // Exact dicts start untracked (a subclass's instances are tracked by PyType_GenericAlloc).
        return alloc(o, o.isGcType() && o.getClass() != PyDict.class);
    }

    /** An object CPython made before the program started (builtins, modules, singletons): not counted. */
    public <T extends PyObject> T allocPreexisting(T o) {
        o.id = nextId++;
        o.refcnt = 1;
        linkLive(o);
        if (listener != null) listener.allocated(o);
        return o;
    }

    /**
     * PyType_GenericAlloc, as a type's call makes its instance (dict(), list(), dict.fromkeys): a new
     * object counted in generation 0 even when the type keeps a free list (only PyDict_New and
     * PyList_New take from it); an exact dict starts untracked.
     */
    public <T extends PyObject> T allocFromType(T o) {
        bypassFreeList = true;
        try {
            return alloc(o);
        } finally {
            bypassFreeList = false;
        }
    }

    private boolean bypassFreeList;

    /**
     * An object whose allocation the caller has already counted with {@link #countUnmodelledAllocation}
     * (PySequence_Tuple makes its tuple for ten items and resizes it to the items it got).
     */
    public <T extends PyObject> T allocCounted(T o) {
        countedElsewhere = true;
        try {
            return alloc(o);
        } finally {
            countedElsewhere = false;
        }
    }

    private boolean countedElsewhere;

    public <T extends PyObject> T alloc(T o, boolean track) {
        if (liveCount >= maxLive) {
            throw new PyRaise("MemoryLimitExceeded", "the program exceeded the limit of " + maxLive + " live objects");
        }
        o.id = nextId++;
        o.refcnt = 1;
        linkLive(o);
        allocatedCount++;
        if (o.isGcType()) {
            // _PyObject_GC_Link: the count and the automatic collection happen before the new object is tracked.
            if (!countedElsewhere && (bypassFreeList || !takeFromFreeList(o))) countAllocation();
            if (track) track(o);
        }
        if (listener != null) listener.allocated(o);
        return o;
    }

    private boolean takeFromFreeList(PyObject o) {
        FreeList kind = FreeList.of(o);
        return kind != null && takeFromFreeList(kind, kind == FreeList.TUPLE ? ((PyTuple) o).items.length : 0);
    }

    private boolean putOnFreeList(PyObject o) {
        FreeList kind = FreeList.of(o);
        return kind != null && putOnFreeList(kind, kind == FreeList.TUPLE ? ((PyTuple) o).items.length : 0);
    }

    private boolean takeFromFreeList(FreeList kind, int size) {
        switch (kind) {
            case NONE -> {
                return false;
            }
            case LIST -> {
                if (freeLists == 0) return false;
                freeLists--;
            }
            case DICT -> {
                if (freeDicts == 0) return false;
                freeDicts--;
            }
            case TUPLE -> {
                if (size == 0 || size >= 20 || freeTuples[size] == 0) return false;
                freeTuples[size]--;
            }
            case SLICE -> {
                if (freeSlices == 0) return false;
                freeSlices--;
            }
        }
        return true;
    }

    private boolean putOnFreeList(FreeList kind, int size) {
        switch (kind) {
            case NONE -> {
                return false;
            }
            case LIST -> {
                if (freeLists >= 80) return false;
                freeLists++;
            }
            case DICT -> {
                if (freeDicts >= 80) return false;
                freeDicts++;
            }
            case TUPLE -> {
                if (size == 0 || size >= 20 || freeTuples[size] >= 2000) return false;
                freeTuples[size]++;
            }
            case SLICE -> {
                if (freeSlices == 1) return false;
                freeSlices++;
            }
        }
        return true;
    }

    /** The GC-tracked types whose deallocated objects CPython 3.11 keeps for reuse. */
    public enum FreeList {
        LIST, DICT, TUPLE,
        /** The slice cache: one slice, taken by the next BUILD_SLICE or slice() call. */
        SLICE,
        /** A type without a free list (a bound method): counted up when made, down when freed. */
        NONE;

        static FreeList of(PyObject o) {
            if (o instanceof PyList) return LIST;
            if (o.getClass() == PyDict.class) return DICT;
            if (o.getClass() == PyTuple.class) return TUPLE;
            return o.freeList();
        }
    }

    /**
     * An object CPython's C code makes that the engine keeps no object for (print's argument
     * tuple, the text wrapper's list of pending chunks, Py_ReprEnter's dict and list): counted in
     * generation 0 as {@link #alloc} counts a real one, taken from the free list when it has one,
     * and it can start an automatic collection the same way. {@code size} is a tuple's length.
     */
    public void countUnmodelledAllocation(FreeList kind, int size) {
        if (kind == FreeList.TUPLE && size == 0) return; // the empty tuple is a singleton
        if (!takeFromFreeList(kind, size)) countAllocation();
    }

    /** _PyObject_GC_Link: the count, and the automatic collection it can start. */
    private void countAllocation() {
        counts[0]++;
        if (counts[0] > thresholds[0] && enabled && thresholds[0] != 0 && !collecting && listener != null) {
            listener.collectionDue();
        }
    }

    /** The deallocation of an object counted by {@link #countUnmodelledAllocation}. */
    public void countUnmodelledDeallocation(FreeList kind, int size) {
        if (kind == FreeList.TUPLE && size == 0) return;
        if (!putOnFreeList(kind, size) && counts[0] > 0) counts[0]--;
    }

    /** True right after a full collection, before anything freed a list, dict or tuple. */
    public boolean freeListsEmpty() {
        if (freeLists != 0 || freeDicts != 0) return false;
        for (int n : freeTuples) if (n != 0) return false;
        return true;
    }

    /** The free lists as CPython code the lab does not run left them (measured): tuples by length, 1 to 19. */
    public void setFreeLists(int lists, int dicts, int[] tuples) {
        freeLists = lists;
        freeDicts = dicts;
        System.arraycopy(tuples, 1, freeTuples, 1, 19);
    }

    /**
     * Puts a freed object of this kind on its free list without counting anything: for CPython
     * code the lab does not run object by object (EnumType's Python code leaves small tuples there).
     */
    public void stockFreeList(FreeList kind, int size) {
        putOnFreeList(kind, size);
    }

    /**
     * Fills a free list up to atLeast objects: what CPython's own Python code (namedtuple's exec,
     * NamedTupleMeta) leaves there after a statement the lab does not run object by object.
     */
    public void topUpFreeList(FreeList kind, int size, int atLeast) {
        while (freeListLength(kind, size) < atLeast && putOnFreeList(kind, size)) {
            // one more object on the list
        }
    }

    private int freeListLength(FreeList kind, int size) {
        return switch (kind) {
            case LIST -> freeLists;
            case DICT -> freeDicts;
            case TUPLE -> size > 0 && size < 20 ? freeTuples[size] : Integer.MAX_VALUE;
            case SLICE -> freeSlices;
            case NONE -> Integer.MAX_VALUE;
        };
    }

    /** A full collection empties the free lists (clear_freelists; the slice cache is not among them). */
    public void clearFreeLists() {
        freeLists = 0;
        freeDicts = 0;
        java.util.Arrays.fill(freeTuples, 0);
    }

    // ---- generation lists ----

    public void track(PyObject o) {
        if (o.isTracked()) return;
        append(o, 0);
    }

    public void untrack(PyObject o) {
        if (!o.isTracked()) return;
        unlink(o);
        o.generation = -1;
    }

    public void append(PyObject o, int generation) {
        PyObject h = heads[generation];
        o.gcPrev = h.gcPrev;
        o.gcNext = h;
        h.gcPrev.gcNext = o;
        h.gcPrev = o;
        o.generation = (byte) generation;
    }

    public void unlink(PyObject o) {
        o.gcPrev.gcNext = o.gcNext;
        o.gcNext.gcPrev = o.gcPrev;
        o.gcPrev = null;
        o.gcNext = null;
    }

    /**
     * gc.freeze(): every generation in turn is appended to the permanent generation, and the
     * youngest count is reset (gcmodule.c's gc_freeze_impl resets it once per generation).
     */
    public void freeze() {
        for (int g = 0; g < GENERATIONS; g++) {
            moveAll(heads[g], heads[PERMANENT]);
            counts[0] = 0;
        }
        if (constantTuplesGeneration >= 0) constantTuplesGeneration = PERMANENT;
        compileTimeGeneration = PERMANENT;
        startUpFrozen = true;
    }

    /** gc.unfreeze(): the permanent generation goes back at the end of the oldest one. */
    public void unfreeze() {
        moveAll(heads[PERMANENT], heads[GENERATIONS - 1]);
        if (constantTuplesGeneration == PERMANENT) constantTuplesGeneration = GENERATIONS - 1;
        if (compileTimeGeneration == PERMANENT) compileTimeGeneration = GENERATIONS - 1;
        startUpFrozen = false;
    }

    /**
     * Whether the interpreter's start-up objects, which the heap does not hold, are in the permanent
     * generation: gc.freeze() moves them there with the program's, gc.unfreeze() back.
     */
    private boolean startUpFrozen;

    public boolean startUpFrozen() {
        return startUpFrozen;
    }

    /**
     * The generation of the constant tuples CPython's compiler made with the code objects before
     * the first line ran: tracked in generation 0 like any new tuple, they stay tracked until a
     * collection examines their generation (untrack_tuples untracks them: they hold only atoms);
     * -1 from then on. gc.freeze() and gc.unfreeze() carry them along.
     */
    private int constantTuplesGeneration = 0;

    /** A constant tuple the lab makes on its first use: tracked where CPython's would be now, not counted. */
    public void trackConstantTuple(PyObject t) {
        if (constantTuplesGeneration >= 0) append(t, constantTuplesGeneration);
    }

    /**
     * Where the other tracked objects CPython's compiler made before the first line ran (the
     * frozenset constants) are now: generation 0, moved on by each collection that examines their
     * generation, the permanent generation after gc.freeze(), the oldest after gc.unfreeze().
     */
    private int compileTimeGeneration = 0;

    /** A frozenset constant the lab makes on its first use: tracked where CPython's is now, not counted. */
    public void trackCompileTimeObject(PyObject o) {
        append(o, compileTimeGeneration);
    }

    /** A collection of {@code generation} (and the younger ones) moved the compile-time objects on if they were there. */
    public void compileTimeObjectsSurvived(int generation) {
        if (compileTimeGeneration <= generation) compileTimeGeneration = Math.min(generation + 1, GENERATIONS - 1);
    }

    /** A collection of {@code generation} (and the younger ones) has examined the constant tuples if they were there. */
    public void constantTuplesExamined(int generation) {
        if (constantTuplesGeneration >= 0 && constantTuplesGeneration <= generation) constantTuplesGeneration = -1;
    }

    /** gc_list_merge: all of one ring appended to the end of another, in order. */
    public void moveAll(PyObject from, PyObject to) {
        if (from.gcNext == from) return;
        for (PyObject o = from.gcNext; o != from; o = o.gcNext) o.generation = to.generation;
        PyObject first = from.gcNext;
        PyObject last = from.gcPrev;
        PyObject tail = to.gcPrev;
        tail.gcNext = first;
        first.gcPrev = tail;
        last.gcNext = to;
        to.gcPrev = last;
        from.gcNext = from;
        from.gcPrev = from;
    }

    public List<PyObject> list(int generation) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject o = heads[generation].gcNext; o != heads[generation]; o = o.gcNext) out.add(o);
        return out;
    }

    // ---- reference counting ----

    public void incref(PyObject o) {
        if (o.shared) return;
        o.refcnt++;
        if (listener != null) listener.refChanged(o, true);
    }

    public PyObject newRef(PyObject o) {
        incref(o);
        return o;
    }

    public void decref(PyObject o) {
        if (o == null || o.shared) return;
        o.refcnt--;
        if (listener != null) listener.refChanged(o, false);
        if (o.refcnt == 0) dealloc(o);
        else if (o.refcnt < 0) throw negativeCount(o);
    }

    // Out of decref, whose string building made it too big for the JIT to inline where it is hot.
    private static IllegalStateException negativeCount(PyObject o) {
        return new IllegalStateException("negative refcount on #" + o.id + " " + o.typeName());
    }

    /** Deallocation as the type's tp_dealloc does it (subtype_dealloc for instances). */
    private void dealloc(PyObject o) {
        if (o.freed) return;
        if (listener != null && !o.finalized && listener.hasFinalizer(o)) {
            // PyObject_CallFinalizerFromDealloc: resurrect temporarily to run __del__.
            o.refcnt = 1;
            o.finalized = true;
            listener.finalize(o);
            o.refcnt--;
            if (o.refcnt > 0) return; // resurrected by __del__
        }
        untrack(o);
        clearWeakrefs(o);
        o.releaseContents(this);
        o.freed = true;
        unlinkLive(o);
        freedCount++;
        boolean standIn = o instanceof PyFrozenSet f && f.standIn;
        if (o.isGcType() && !standIn && !putOnFreeList(o) && counts[0] > 0) counts[0]--;
        if (listener != null) listener.deallocated(o);
    }

    /**
     * PyObject_ClearWeakRefs: every weak reference dies; callbacks run newest first. Each reference
     * gives up its callback: a lone one drops it after its call; with several, CPython moves every
     * live reference and its callback into a tuple of two slots per reference, runs the callbacks,
     * then frees the tuple (its slots from the last to the first, then the tuple itself).
     */
    public void clearWeakrefs(PyObject o) {
        List<PyWeakref> list = o.weakrefs();
        if (list == null || list.isEmpty()) return;
        List<PyWeakref> refs = new ArrayList<>(list);
        list.clear();
        // The callback-less basic reference and proxy (at the head of the list) go first, and are not held.
        for (int i = 0; i < 2 && !refs.isEmpty() && refs.get(0).callback == null; i++) {
            refs.remove(0).referent = null;
        }
        if (refs.isEmpty()) return;
        if (refs.size() == 1) {
            PyWeakref lone = refs.get(0);
            PyObject callback = lone.callback;
            lone.callback = null;
            lone.referent = null;
            if (callback != null) {
                if (lone.visible().refcnt > 0 && listener != null) listener.weakrefCallback(lone, callback);
                decref(callback);
            }
            return;
        }
        int slots = refs.size() * 2;
        countUnmodelledAllocation(FreeList.TUPLE, slots);
        List<PyWeakref> held = new ArrayList<>(refs.size());
        List<PyObject> callbacks = new ArrayList<>(refs.size());
        for (PyWeakref w : refs) {
            PyObject callback = w.callback;
            w.callback = null;
            w.referent = null;
            if (w.visible().refcnt > 0) {
                incref(w.visible());
                held.add(w);
                callbacks.add(callback);
            } else if (callback != null) {
                decref(callback);
            }
        }
        for (int i = 0; i < held.size(); i++) {
            if (callbacks.get(i) != null && listener != null) listener.weakrefCallback(held.get(i), callbacks.get(i));
        }
        for (int i = held.size() - 1; i >= 0; i--) {
            if (callbacks.get(i) != null) decref(callbacks.get(i));
            decref(held.get(i).visible());
        }
        countUnmodelledDeallocation(FreeList.TUPLE, slots);
    }
}
