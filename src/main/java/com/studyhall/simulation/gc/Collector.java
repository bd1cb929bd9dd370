package com.studyhall.simulation.gc;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.HeapListener;
import com.studyhall.simulation.heap.PyBuiltin;
import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyTuple;
import com.studyhall.simulation.heap.PyWeakref;
import java.util.ArrayList;
import java.util.List;

/**
 * The cyclic garbage collector, phase by phase as CPython 3.11's gc_collect_main
 * (Modules/gcmodule.c) runs them. Lists are the heap's intrusive generation lists, so the order
 * in which objects are found, finalized and cleared is CPython's order.
 */
public final class Collector {
    private final Heap heap;
    private final HeapListener runtime;
    private GcRecorder recorder = GcRecorder.NONE;
    public int collections;
    /** gc.DEBUG_SAVEALL: garbage goes to gc.garbage instead of being cleared (null when the flag is off). */
    public java.util.function.Consumer<PyObject> saveAll;

    public Collector(Heap heap, HeapListener runtime) {
        this.heap = heap;
        this.runtime = runtime;
    }

    public void setRecorder(GcRecorder recorder) {
        this.recorder = recorder;
    }

    /** collect_generations: the oldest generation whose count exceeds its threshold. */
    public void collectGenerations() {
        for (int i = Heap.GENERATIONS - 1; i >= 0; i--) {
            if (heap.counts[i] > heap.thresholds[i]) {
                // Avoid quadratic behaviour: a full collection waits until the objects that survived
                // the middle generation since the last full one reach 25% of the long-lived ones.
                if (i == Heap.GENERATIONS - 1 && heap.longLivedPending < heap.longLivedTotal / 4) continue;
                collect(i);
                break;
            }
        }
    }

    /** gc.callbacks: told before ("start") and after ("stop") each collection, as gc_collect_with_callback does. */
    public interface Callbacks {
        Callbacks NONE = (phase, generation, collected, uncollectable) -> { };

        void invoke(String phase, int generation, long collected, long uncollectable);
    }

    public Callbacks callbacks = Callbacks.NONE;
    /** gc.get_stats(): collections and objects collected per generation, CPython's start-up collections included. */
    public final long[] statCollections = {22, 2, 0};
    public final long[] statCollected = {43, 92, 0};
    /** Garbage the lab keeps no objects for, found by the collections that come (runtime.FirstImports). */
    public final UnmodelledGarbage unmodelledGarbage = new UnmodelledGarbage();

    /** gc_collect_with_callback: returns the number of unreachable objects found (collected or not). */
    public long collect(int generation) {
        return collect(generation, true);
    }

    /**
     * The last collections at shutdown (_PyGC_CollectNoFail, once __main__ has let its dict go)
     * run gc_collect_main alone: {@code withCallbacks} false.
     */
    public long collect(int generation, boolean withCallbacks) {
        heap.collecting = true;
        collections++;
        try {
            if (withCallbacks) callbacks.invoke("start", generation, 0, 0);
            long found = collectMain(generation);
            statCollections[generation]++;
            statCollected[generation] += found;
            if (withCallbacks) callbacks.invoke("stop", generation, found, 0);
            return found;
        } finally {
            heap.collecting = false;
        }
    }

    private long collectMain(int generation) {
        // Counters first: a collection of generation g counts as one event for g+1, and resets g and the younger ones.
        if (generation + 1 < Heap.GENERATIONS) heap.counts[generation + 1]++;
        for (int i = 0; i <= generation; i++) heap.counts[i] = 0;

        // Merge the younger generations into the one being collected (appended after it).
        for (int i = 0; i < generation; i++) heap.moveAll(heap.head(i), heap.head(generation));
        PyObject young = heap.head(generation);
        PyObject old = generation < Heap.GENERATIONS - 1 ? heap.head(generation + 1) : young;
        recorder.start(generation, heap.list(generation));

        PyObject unreachable = newList();
        deduceUnreachable(young, unreachable, true);
        untrackTuples(young);
        heap.constantTuplesExamined(generation);
        heap.compileTimeObjectsSurvived(generation);

        // Survivors move to the next generation.
        if (young != old) {
            if (generation == Heap.GENERATIONS - 2) heap.longLivedPending += size(young);
            heap.moveAll(young, old);
        } else {
            untrackDicts(young);
            heap.longLivedPending = 0;
            heap.longLivedTotal = size(young);
        }

        long m = handleWeakrefs(unreachable, old);
        finalizeGarbage(unreachable);
        PyObject finalUnreachable = newList();
        handleResurrectedObjects(unreachable, finalUnreachable, old);
        m += countGarbage(finalUnreachable) + unmodelledGarbage.found(generation);
        deleteGarbage(finalUnreachable, old);
        if (generation == Heap.GENERATIONS - 1) heap.clearFreeLists();
        recorder.end(generation, m);
        return m;
    }

    private void deduceUnreachable(PyObject base, PyObject unreachable, boolean report) {
        updateRefs(base);
        if (report) recorder.phase("update_refs", "gc_refs starts as each object's reference count", members(base));
        subtractRefs(base);
        if (report) recorder.phase("subtract_refs",
                "each reference from inside the generation is subtracted: what remains counts references from outside",
                members(base));
        List<PyObject> before = report ? members(base) : null;
        moveUnreachable(base, unreachable);
        if (report) {
            before.removeIf(o -> !o.unreachable && !o.collecting && false);
            List<PyObject> shown = members(base);
            shown.addAll(members(unreachable));
            recorder.phase("move_unreachable",
                    "objects with gc_refs 0 that nothing reachable points to are unreachable: they are garbage", shown);
        }
    }

    /** Post-condition: every object in the list has gc_refs == its refcount and the collecting flag. */
    private void updateRefs(PyObject list) {
        for (PyObject o = list.gcNext; o != list; o = o.gcNext) {
            // A class is also referenced by its own hidden cluster (mro tuple, descriptors): those are internal.
            o.gcRefs = (int) (o.refcnt - (o instanceof PyClass c ? c.hiddenRefs : 0));
            o.collecting = true;
            o.unreachable = false;
        }
    }

    /** Post-condition: gc_refs counts only the references from outside the list. */
    private void subtractRefs(PyObject list) {
        for (PyObject o = list.gcNext; o != list; o = o.gcNext) {
            o.gcTraverse(r -> {
                if (r.collecting) r.gcRefs--;
            });
        }
    }

    /**
     * Post-condition: 'list' holds the objects reachable from outside (their collecting flag
     * cleared), 'unreachable' the rest. Invariant at the loop head: objects before 'o' are known
     * reachable; objects with gc_refs > 0 after it are reachable but not yet scanned.
     */
    private void moveUnreachable(PyObject list, PyObject unreachable) {
        PyObject o = list.gcNext;
        while (o != list) {
            PyObject next;
            if (o.gcRefs > 0) {
                o.gcTraverse(r -> {
                    if (!r.collecting) return;
                    if (r.unreachable) {
                        // Tentatively unreachable, but reachable after all: back to the end of the list.
                        heap.unlink(r);
                        appendTo(r, list);
                        r.unreachable = false;
                        r.gcRefs = 1;
                    } else if (r.gcRefs == 0) {
                        r.gcRefs = 1;
                    }
                });
                o.collecting = false;
                next = o.gcNext;
            } else {
                next = o.gcNext;
                heap.unlink(o);
                appendTo(o, unreachable);
                o.unreachable = true;
            }
            o = next;
        }
    }

    /** Tuples holding only atoms (or untracked tuples) stop being tracked: they can never be in a cycle. */
    private void untrackTuples(PyObject list) {
        PyObject o = list.gcNext;
        while (o != list) {
            PyObject next = o.gcNext;
            // Only exact tuples and dicts are untracked (a namedtuple or a defaultdict stays tracked).
            if (o.getClass() == PyTuple.class && !mayBeTracked((PyTuple) o)) {
                heap.unlink(o);
                o.generation = -1;
            }
            if (o instanceof PyClass c) c.untrackBasesTuple();
            o = next;
        }
    }

    private void untrackDicts(PyObject list) {
        PyObject o = list.gcNext;
        while (o != list) {
            PyObject next = o.gcNext;
            if (o.getClass() == PyDict.class && !((PyDict) o).holdsHiddenContainers) {
                PyDict d = (PyDict) o;
                boolean[] holds = {false};
                d.gcTraverse(r -> holds[0] |= mayBeTrackedItem(r));
                if (!holds[0]) {
                    heap.unlink(o);
                    o.generation = -1;
                }
            }
            o = next;
        }
    }

    private static boolean mayBeTracked(PyTuple t) {
        for (PyObject item : t.items) {
            if (item == null || mayBeTrackedItem(item)) return true;
        }
        return false;
    }

    /** _PyObject_GC_MAY_BE_TRACKED: any GC object except an untracked tuple. */
    public static boolean mayBeTrackedItem(PyObject o) {
        if (!o.isGcType()) return false;
        // A static type (int, str, collections.deque) is no GC object in CPython (type_is_gc): a
        // class's {'x': int} annotations dict stays untracked.
        if (o instanceof PyBuiltin b && b.isTypeObject()) return false;
        if (o instanceof PyTuple) return o.isTracked();
        return true;
    }

    /**
     * Clear every weak reference to an unreachable object (before any finalizer can see it).
     * Callbacks run only for weak references that are themselves reachable. Returns how many of
     * those weak references were freed after their callback.
     */
    private long handleWeakrefs(PyObject unreachable, PyObject old) {
        List<PyWeakref> toCall = new ArrayList<>();
        for (PyObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) {
            List<PyWeakref> list = o.weakrefs();
            if (list == null || list.isEmpty()) continue;
            List<PyWeakref> refs = new ArrayList<>(list);
            list.clear();
            for (PyWeakref w : refs) {
                w.referent = null;
                // A weakref.ref subclass's instance is the object the collector sees for its weak-reference part.
                if (w.visible().unreachable || w.callback == null) continue;
                heap.incref(w.visible());
                toCall.add(w);
            }
        }
        recorder.phase("handle_weakrefs",
                toCall.isEmpty() ? "weak references to the garbage are cleared" :
                        "weak references to the garbage are cleared, then their callbacks run", members(unreachable));
        long freed = 0;
        for (PyWeakref w : toCall) {
            if (w.callback != null) runtime.weakrefCallback(w, w.callback);
            PyObject held = w.visible();
            boolean last = held.refcnt == 1;
            heap.decref(held);
            if (last) {
                freed++;
            } else if (held.isTracked() && held.generation != old.generation) {
                heap.unlink(held);
                heap.append(held, old.generation);
            }
        }
        return freed;
    }

    /** PEP 442: each unreachable object with __del__ is finalized once, in list order. */
    private void finalizeGarbage(PyObject unreachable) {
        List<PyObject> order = members(unreachable);
        for (PyObject o : order) {
            if (o.freed || o.finalized || !runtime.hasFinalizer(o)) continue;
            o.finalized = true;
            heap.incref(o);
            runtime.finalize(o);
            heap.decref(o);
        }
        recorder.phase("finalize_garbage", "__del__ of each unreachable object runs once (PEP 442)", members(unreachable));
    }

    /**
     * A finalizer may have made garbage reachable again. Recompute reachability inside the
     * unreachable set alone: what is now referenced from outside it is resurrected and moves to
     * the old generation. Post-condition: 'still' holds only true garbage.
     */
    private void handleResurrectedObjects(PyObject unreachable, PyObject still, PyObject old) {
        for (PyObject o = unreachable.gcNext; o != unreachable; o = o.gcNext) o.unreachable = false;
        deduceUnreachable(unreachable, still, false);
        for (PyObject o = still.gcNext; o != still; o = o.gcNext) o.unreachable = true;
        recorder.phase("handle_resurrected_objects",
                "objects a finalizer made reachable again survive; the rest is still garbage", members(still));
        heap.moveAll(unreachable, old);
    }

    private long countGarbage(PyObject list) {
        long n = 0;
        for (PyObject o = list.gcNext; o != list; o = o.gcNext) {
            n++;
            if (o instanceof PyClass c) n += c.hiddenGarbage;
        }
        return n;
    }

    /** tp_clear on each garbage object breaks the cycles; reference counting frees the rest. */
    private void deleteGarbage(PyObject collectable, PyObject old) {
        recorder.phase("delete_garbage", "each garbage object drops its references, so the cycles fall apart",
                members(collectable));
        while (collectable.gcNext != collectable) {
            PyObject o = collectable.gcNext;
            if (saveAll != null) {
                saveAll.accept(o);
            } else if (!(o instanceof PyTuple)) { // tuples have no tp_clear
                heap.incref(o);
                o.clear(heap);
                heap.decref(o);
            }
            if (collectable.gcNext == o) {
                // Still alive: it moves to the old generation and may die later.
                o.collecting = false;
                o.unreachable = false;
                heap.unlink(o);
                appendTo(o, old);
            }
        }
    }

    // ---- list helpers (gc_list_*) ----

    private PyObject newList() {
        PyObject h = new com.studyhall.simulation.heap.PyNone();
        h.gcNext = h;
        h.gcPrev = h;
        h.generation = -2;
        return h;
    }

    private void appendTo(PyObject o, PyObject list) {
        o.gcPrev = list.gcPrev;
        o.gcNext = list;
        list.gcPrev.gcNext = o;
        list.gcPrev = o;
        o.generation = list.generation;
    }

    private static long size(PyObject list) {
        long n = 0;
        for (PyObject o = list.gcNext; o != list; o = o.gcNext) n++;
        return n;
    }

    private static List<PyObject> members(PyObject list) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject o = list.gcNext; o != list; o = o.gcNext) out.add(o);
        return out;
    }
}
