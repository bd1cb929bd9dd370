package com.studyhall.simulation.heap;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An object in the simulated heap: the fields CPython keeps in PyObject and PyGC_Head.
 * Subclasses say what they reference (tp_traverse) and how they drop references (tp_clear,
 * tp_dealloc).
 */
public abstract class PyObject {
    /** Small sequential id shown in the trace (#1, #2...); 0 for shared objects never shown. */
    public int id;
    /**
     * An int, not a long: a count stays far below 2**31 under the live-object limit, and with it
     * (and the weak reference list kept only by the types that can have one, PyWeakReferenceable)
     * the header ends at 40 bytes, so an int or a float is 48 bytes of Java heap instead of 56:
     * a loop that keeps a million ints has the JVM's young collections copy them all.
     */
    public int refcnt = 1;
    /** Shared objects (small ints, interned strings, None, ...) have counts no program may rely on. */
    public boolean shared;
    public boolean freed;
    /** Counted among the heap's live objects (see Heap): set by allocation, cleared by deallocation. */
    boolean live;

    // PyGC_Head: generation list links, gc_refs during a collection, finalized bit (PEP 442).
    public PyObject gcPrev;
    public PyObject gcNext;
    // A byte and an int (not an int and a long): with them the header ends at 56 bytes instead of 64,
    // so an int or a float is 64 bytes of Java heap instead of 72, which the young collections copy
    // a million times over in a loop that keeps its ints.
    public byte generation = -1;
    /** gc_refs during a collection: a reference count, which stays far below 2**31 with the live-object limit. */
    public int gcRefs;
    public boolean collecting;
    public boolean unreachable;
    public boolean finalized;

    public abstract String typeName();

    /** True when CPython allocates this type with a GC header (a container type). */
    public boolean isGcType() {
        return false;
    }

    /** The free list CPython keeps this type's freed objects on, for types other than list, dict and tuple. */
    public Heap.FreeList freeList() {
        return null;
    }

    public boolean isTracked() {
        return generation != -1;
    }

    /** Visit every strong reference this object holds (what its refcounts and the diagram account for). */
    public void traverse(Consumer<PyObject> visit) { }

    /**
     * tp_traverse as the collector and gc.get_referents see it: the references in CPython's visiting
     * order, leaving out those its type does not visit. The same as {@link #traverse} unless a type says otherwise.
     */
    public void gcTraverse(Consumer<PyObject> visit) {
        traverse(visit);
    }

    /** Visit references with a label for the trace. */
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        traverse(o -> visit.accept("", o));
    }

    /** At most {@code max} labelled references (containers override this to stop early). */
    public void labeledRefs(BiConsumer<String, PyObject> visit, int max) {
        int[] n = {0};
        labeledRefs((label, target) -> {
            if (n[0]++ < max) visit.accept(label, target);
        });
    }

    /** Drop the references the object holds, in CPython's dealloc order. */
    public void releaseContents(Heap heap) { }

    /** tp_clear: break references so a garbage cycle falls apart. Default: as dealloc. */
    public void clear(Heap heap) {
        releaseContents(heap);
    }

    /** Extra bytes past the base size reported by sys.getsizeof. */
    public abstract long sizeof();

    /** The short value shown in the trace. */
    public String shortValue() {
        return "";
    }

    /** Weak references to this object, oldest first, or null when it has none (or cannot have any). */
    public final List<PyWeakref> weakrefs() {
        return this instanceof PyWeakReferenceable r ? r.weakrefs : null;
    }
}
