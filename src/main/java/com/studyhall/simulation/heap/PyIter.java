package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** An iterator over a sequence, range, dict or str; it owns a reference to what it walks. */
public final class PyIter extends PyObject {
    public final String kind;
    public PyObject source;
    public long index;
    /** Snapshot for dicts and sets (their order is fixed when the loop starts). */
    public java.util.List<PyObject> snapshot;
    /**
     * enumerate and dict item iterators keep their last result tuple and reuse it when nobody
     * else holds it (enum_next, dictiter_iternextitem).
     */
    public PyTuple result;
    /** A deque iterator's copy of the deque's mutation count ("deque mutated during iteration"). */
    public long dequeState;
    /** An OrderedDict iterator's copy of its od_state, -1 for any other ("OrderedDict mutated during iteration"). */
    public long odictState = -1;
    /** Whether it gives (key, value) pairs: an iterator over a dict's items view (its snapshot holds key, value, key, value...). */
    public boolean pairs;

    public PyIter(String kind, PyObject source) {
        this.kind = kind;
        this.source = source;
    }

    /**
     * A reader at the same place as {@code at}, over {@code source} (a reference the caller owns): the
     * copy of an iterator's state that a reduce reads the remaining items from without moving it.
     */
    public PyIter(PyIter at, PyObject source) {
        this(at.kind, source);
        index = at.index;
        snapshot = at.snapshot;
        result = at.result;
        pairs = at.pairs;
        odictState = at.odictState;
        dequeState = at.dequeState;
    }

    @Override
    public String typeName() {
        return kind;
    }

    /** range_iterator is not a GC type; the others are. */
    @Override
    public boolean isGcType() {
        return !kind.equals("range_iterator");
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (source != null && !kind.equals("range_iterator")) visit.accept(source);
        if (result != null) visit.accept(result);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (source != null && !kind.equals("range_iterator")) visit.accept("iterates", source);
        if (result != null) visit.accept("last result", result);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject s = source;
        PyObject r = result;
        source = null;
        result = null;
        if (s != null && !kind.equals("range_iterator")) heap.decref(s);
        if (r != null) heap.decref(r);
    }

    /**
     * The struct's size plus the GC header (3.11, 64-bit, measured): a sequence iterator (index and
     * sequence) 48; dictiterobject (dict, used, position, remaining, result) 72; setiterobject 64;
     * enumobject (index, iterator, result, long index) 72; odictiterobject 80; dequeiterobject 72;
     * memoryview's iterator 64; array's 56.
     */
    @Override
    public long sizeof() {
        if (kind.startsWith("dict_")) return 72;
        return switch (kind) {
            case "set_iterator", "memory_iterator" -> 64;
            case "enumerate", "_collections._deque_iterator", "_collections._deque_reverse_iterator" -> 72;
            case "odict_iterator" -> 80;
            case "array.arrayiterator" -> 56;
            default -> 48;
        };
    }
}
