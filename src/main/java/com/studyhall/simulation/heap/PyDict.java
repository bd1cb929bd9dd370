package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * dict: insertion-ordered. Keeps the shape of CPython 3.11's keys table (size, usable slots,
 * entries used) because sys.getsizeof reports it and it only grows.
 */
public class PyDict extends PyWeakReferenceable {
    public final LinkedHashMap<Object, PyObject[]> map = new LinkedHashMap<>();
    /** log2 of the index size; 0 means the shared empty keys object (getsizeof 64). */
    public int log2Size;
    public int usable;
    /** 3.11 keeps str-only tables with 16-byte entries; the first other key converts the table. */
    public boolean unicode = true;
    /**
     * A dict that holds containers the lab does not model as its entries, never untracked by a full
     * collection: a class's dict with the hidden __dict__/__weakref__/slot descriptors, and the
     * module's globals, which in CPython hold the builtins module, __loader__ and __spec__.
     */
    public boolean holdsHiddenContainers;
    /**
     * An instance's materialized __dict__ (or a copy of one) is a split table: its keys are the
     * class's shared names and its values sit in a per-dict array; null for an ordinary table.
     */
    public SharedKeys split;

    @Override
    public String typeName() {
        return "dict";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    public PyObject get(PyObject key) {
        PyObject[] e = map.get(Keys.of(key));
        return e == null ? null : e[1];
    }

    public PyObject getStr(String key) {
        PyObject[] e = map.get(key);
        return e == null ? null : e[1];
    }

    /** Stores key and value, taking over the caller's references; returns the old value (to decref) or null. */
    public PyObject put(PyObject key, PyObject value, Heap heap) {
        Object k;
        try {
            k = Keys.of(key, true);
        } catch (PyRaise unhashable) {
            heap.decref(key);
            heap.decref(value);
            throw unhashable;
        }
        return putKeyed(k, key, value, heap);
    }

    /**
     * insertdict with the hash already known (dict_merge copies another dict's entries with their
     * stored hashes: no __hash__ call); k is {@link Keys#stored}'s key.
     */
    public PyObject putKeyed(Object k, PyObject key, PyObject value, Heap heap) {
        PyObject[] e = map.get(k);
        if (e != null) {
            PyObject old = e[1];
            e[1] = value;
            heap.decref(key);
            return old;
        }
        if (k instanceof Keys.UserKey u) u.absent = true;
        boolean isStr = key instanceof PyStr;
        if (split != null) {
            // A name the shared table has (or can still take) keeps the dict split; any other key
            // makes it an ordinary table sized for what it holds (insertion_resize).
            if (isStr && split.insert(((PyStr) key).value) >= 0) {
                map.put(k, new PyObject[] {key, value});
                return null;
            }
            combine(calculateLog2KeySize(map.size() * 3), isStr);
        }
        if (log2Size == 0) {
            unicode = isStr;
        } else if (unicode && !isStr) {
            // insertion_resize to a general table: observed to double the index size.
            unicode = false;
            log2Size++;
            usable = ((1 << log2Size) * 2) / 3 - map.size();
        }
        if (usable <= 0) grow();
        usable--;
        map.put(k, new PyObject[] {key, value});
        return null;
    }

    /** dictresize of a split table into an ordinary one of 2**log2 slots, str-only or general. */
    public void combine(int log2, boolean unicodeKeys) {
        split = null;
        unicode = unicodeKeys;
        log2Size = log2;
        usable = ((1 << log2Size) * 2) / 3 - map.size();
    }

    /** calculate_log2_keysize: the smallest table for minsize slots, never under 8. */
    public static int calculateLog2KeySize(int minsize) {
        int bits = ((minsize | 8) - 1) | 7;
        return 32 - Integer.numberOfLeadingZeros(bits);
    }

    /** estimate_log2_keysize: the table dict_merge sizes for n items at once. */
    public static int estimateLog2KeySize(int n) {
        return calculateLog2KeySize((n * 3 + 1) / 2);
    }

    /**
     * insertdict's resize: calculate_log2_keysize(GROWTH_RATE), GROWTH_RATE being used*3 in 3.11. Its
     * rounding ((minsize | 8) - 1) gives a dict of one or two live keys (minsize 3 or 6) 16 slots, not
     * 8: a dict emptied by deletions that fills its table again with two keys alive is 352 bytes.
     */
    private void grow() {
        log2Size = log2Size == 0 ? 3 : calculateLog2KeySize(map.size() * 3);
        usable = ((1 << log2Size) * 2) / 3 - map.size();
    }

    /** A dict built with room for n items at once (dict displays, _PyDict_NewPresized). */
    public void presize(int n, boolean unicodeKeys) {
        if (n == 0) return;
        unicode = unicodeKeys;
        if (n <= 5) {
            log2Size = 3;
        } else {
            int minSize = (n * 3 + 1) / 2;
            int log2 = 3;
            while ((1 << log2) < minSize) log2++;
            log2Size = log2;
        }
        usable = ((1 << log2Size) * 2) / 3;
    }

    /** dictresize of an empty dict to 2**log2 slots (dict.fromkeys of a dict or set). */
    public void resizeEmpty(int log2, boolean unicodeKeys) {
        log2Size = log2;
        unicode = unicodeKeys;
        usable = ((1 << log2Size) * 2) / 3;
    }

    /**
     * clone_combined_dict_keys: the copy takes the source's keys table as it is, deleted entries
     * (dummies) and all, so once the caller has put the items back its usable slots are the
     * source's; a copy() of a split table shares its keys (PyDict_Copy).
     */
    public void cloneShapeFrom(PyDict src) {
        split = src.split;
        log2Size = src.log2Size;
        unicode = src.unicode;
        usable = log2Size == 0 ? 0 : src.split != null ? ((1 << log2Size) * 2) / 3 : src.usable + src.map.size();
    }

    /** dk_nentries of an ordinary table: every slot an insert has used since the table was made (a deletion leaves a dummy). */
    private int entriesUsed() {
        return log2Size == 0 ? 0 : ((1 << log2Size) * 2) / 3 - usable;
    }

    /**
     * PyDict_Copy into this new dict: a split source is shared; an ordinary one is cloned when at
     * most a third of its entries are deleted ones, otherwise built by dict_merge ({@link #mergeShapeFrom}).
     */
    public void copyShapeFrom(PyDict src) {
        if (src.map.isEmpty()) return;
        if (src.split != null || src.map.size() >= (src.entriesUsed() * 2) / 3) {
            cloneShapeFrom(src);
        } else {
            mergeShapeFrom(src);
        }
    }

    /**
     * dict_merge into this empty dict (dict(d), {**d}, update): an ordinary source that has had no
     * deletion is cloned when its table is the smallest or more than half full (USABLE_FRACTION of
     * half its size is under its count); otherwise the items go into an ordinary table presized for
     * them (estimate_log2_keysize), str-only when the source's is.
     */
    public void mergeShapeFrom(PyDict src) {
        int used = src.map.size();
        if (src.split == null && used == src.entriesUsed()
                && (src.log2Size == 3 || ((1 << src.log2Size) / 2 * 2) / 3 < used)) {
            cloneShapeFrom(src);
            return;
        }
        boolean unicodeKeys = src.split != null || src.unicode;
        split = null;
        resizeEmpty(estimateLog2KeySize(used), unicodeKeys);
    }

    /** Removes a key; returns {key, value} whose references pass to the caller, or null. */
    public PyObject[] remove(PyObject key) {
        return map.remove(Keys.of(key));
    }

    /** The entries with their stored keys (Map.Entry's key is the hashed form, for {@link #putKeyed}). */
    public List<Map.Entry<Object, PyObject[]>> keyedEntries() {
        return new ArrayList<>(map.entrySet());
    }

    public List<PyObject[]> entries() {
        return new ArrayList<>(map.values());
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject[] e : map.values()) {
            visit.accept(e[0]);
            visit.accept(e[1]);
        }
    }

    @Override
    public void gcTraverse(Consumer<PyObject> visit) {
        dictTraverse(visit);
    }

    /**
     * dict_traverse: a table whose keys are all str (and an instance's split table) visits only the
     * values, since a str cannot be part of a cycle; a general table visits each value, then its key.
     * The order is what gc.get_referents shows and the order a collection meets the objects in.
     */
    protected final void dictTraverse(Consumer<PyObject> visit) {
        if (split != null) {
            for (PyObject[] e : inSlotOrder()) visit.accept(e[1]);
            return;
        }
        for (PyObject[] e : map.values()) {
            visit.accept(e[1]);
            if (!unicode) visit.accept(e[0]);
        }
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (PyObject[] e : map.values()) {
            visit.accept("key " + Reprs.shortKey(e[0]), e[0]);
            visit.accept("[" + Reprs.shortKey(e[0]) + "]", e[1]);
        }
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit, int max) {
        int n = 0;
        for (PyObject[] e : map.values()) {
            if (n >= max) return;
            visit.accept("key " + Reprs.shortKey(e[0]), e[0]);
            visit.accept("[" + Reprs.shortKey(e[0]) + "]", e[1]);
            n += 2;
        }
    }

    /** A split table's entries in the order of the shared names, which is how CPython walks its values. */
    private List<PyObject[]> inSlotOrder() {
        List<PyObject[]> entries = entries();
        entries.sort(java.util.Comparator.comparingInt(e -> split.indexOf(((PyStr) e[0]).value)));
        return entries;
    }

    /**
     * dict_dealloc: each entry's key then value, in insertion order; a split table drops its values
     * in the order of the shared names (its keys belong to the class's table, so they go after).
     */
    @Override
    public void releaseContents(Heap heap) {
        if (split != null) {
            List<PyObject[]> old = inSlotOrder();
            map.clear();
            for (PyObject[] e : old) heap.decref(e[1]);
            for (PyObject[] e : old) heap.decref(e[0]);
            return;
        }
        List<PyObject[]> old = entries();
        map.clear();
        for (PyObject[] e : old) {
            heap.decref(e[0]);
            heap.decref(e[1]);
        }
    }

    /** dict.clear(): back to the empty shared keys. */
    public void clearAll(Heap heap) {
        split = null;
        log2Size = 0;
        usable = 0;
        unicode = true;
        releaseContents(heap);
    }

    @Override
    public void clear(Heap heap) {
        clearAll(heap);
    }

    @Override
    public long sizeof() {
        // A split table counts its values array; the keys are counted with the class.
        if (split != null) return 64 + 8L * split.usableSize();
        if (log2Size == 0) return 64;
        int size = 1 << log2Size;
        int indexBytes = size <= 128 ? 1 : size <= 0x7fff ? 2 : 4;
        int usableTotal = (size * 2) / 3;
        return 64 + 32 + (long) size * indexBytes + (unicode ? 16L : 24L) * usableTotal;
    }

    @Override
    public String shortValue() {
        return "len " + map.size();
    }

    public Iterator<Map.Entry<Object, PyObject[]>> iterator() {
        return map.entrySet().iterator();
    }
}
