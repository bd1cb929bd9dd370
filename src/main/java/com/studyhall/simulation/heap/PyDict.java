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
public class PyDict extends PyObject {
    public final LinkedHashMap<Object, PyObject[]> map = new LinkedHashMap<>();
    /** log2 of the index size; 0 means the shared empty keys object (getsizeof 64). */
    public int log2Size;
    public int usable;
    /** 3.11 keeps str-only tables with 16-byte entries; the first other key converts the table. */
    public boolean unicode = true;
    /** A class's dict that holds the hidden __dict__/__weakref__/slot descriptors: never untracked. */
    public boolean holdsDescriptors;

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
        PyObject[] e = map.get(k);
        if (e != null) {
            PyObject old = e[1];
            e[1] = value;
            heap.decref(key);
            return old;
        }
        if (k instanceof Keys.UserKey u) u.absent = true;
        boolean isStr = key instanceof PyStr;
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

    /** insertdict's resize: GROWTH_RATE is used*3 in 3.11. */
    private void grow() {
        if (log2Size == 0) {
            log2Size = 3;
        } else {
            int minSize = map.size() * 3;
            int log2 = 3;
            while ((1 << log2) < minSize) log2++;
            log2Size = log2;
        }
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

    /** dict_merge into an empty dict (copy(), dict(d), update) clones the source's keys table. */
    public void cloneShapeFrom(PyDict src) {
        log2Size = src.log2Size;
        unicode = src.unicode;
        usable = log2Size == 0 ? 0 : ((1 << log2Size) * 2) / 3;
    }

    /** Removes a key; returns {key, value} whose references pass to the caller, or null. */
    public PyObject[] remove(PyObject key) {
        return map.remove(Keys.of(key));
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

    /** dict_dealloc: each entry's key then value, in insertion order. */
    @Override
    public void releaseContents(Heap heap) {
        List<PyObject[]> old = entries();
        map.clear();
        for (PyObject[] e : old) {
            heap.decref(e[0]);
            heap.decref(e[1]);
        }
    }

    /** dict.clear(): back to the empty shared keys. */
    public void clearAll(Heap heap) {
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
