package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * set: an open-addressing table probed like CPython 3.11's setobject.c (linear probes, then
 * perturbation), so iteration order and getsizeof match for ints.
 */
public class PySet extends PyWeakReferenceable {
    private static final int LINEAR_PROBES = 9;
    private static final PyObject DUMMY = new PyNone();

    private PyObject[] keys = new PyObject[8];
    private long[] hashes = new long[8];
    private int fill;
    private int used;

    @Override
    public String typeName() {
        return "set";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    public int size() {
        return used;
    }

    private int mask() {
        return keys.length - 1;
    }

    /** The hash the last lookup computed (so add does not hash twice). */
    private long lastHash;

    public boolean contains(PyObject key) {
        return find(key) >= 0;
    }

    private int find(PyObject key) {
        return find(key, false);
    }

    private int find(PyObject key, boolean owned) {
        Object k = Keys.of(key, owned);
        long hash = Keys.hash(key, k);
        lastHash = hash;
        int mask = mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            for (int p = 0; p <= probes; p++, j++) {
                PyObject e = keys[j];
                if (e == null) return -1;
                if (e != DUMMY && hashes[j] == hash && Keys.sameKey(e, k)) return j;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Adds key, taking the caller's reference; returns false (and decrefs key) when already present. */
    public boolean add(PyObject key, Heap heap) {
        int existing;
        try {
            existing = find(key, true);
        } catch (PyRaise unhashable) {
            heap.decref(key);
            throw unhashable;
        }
        if (existing >= 0) {
            heap.decref(key);
            return false;
        }
        long hash = lastHash;
        if (layout != null) {
            int at = layout.find(key);
            if (at >= 0 && keys[at] == null) {
                keys[at] = key;
                hashes[at] = hash;
                fill++;
                used++;
                if (used == layout.used) layout = null;
                return true;
            }
            layout = null;
        }
        int mask = mask();
        long perturb = hash;
        int i = (int) (hash & mask);
        int freeslot = -1;
        outer:
        while (true) {
            int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
            int j = i;
            for (int p = 0; p <= probes; p++, j++) {
                if (keys[j] == null) {
                    if (freeslot >= 0) {
                        used++;
                        keys[freeslot] = key;
                        hashes[freeslot] = hash;
                        return true;
                    }
                    i = j;
                    break outer;
                }
                if (keys[j] == DUMMY && freeslot < 0) freeslot = j;
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        fill++;
        used++;
        keys[i] = key;
        hashes[i] = hash;
        if ((long) fill * 5 >= (long) mask * 3) resize(used > 50000 ? used * 2 : used * 4);
        return true;
    }

    /** set_update from another set-like of n items: may presize first (set_merge). */
    public void reserveFor(int otherUsed) {
        if ((long) (fill + otherUsed) * 5 >= (long) mask() * 3) resize((used + otherUsed) * 2);
    }

    /**
     * set_merge into this empty set: presize, and when the tables have the same size the source's
     * slot layout is copied, so the members that {@link #add} will insert land where they were.
     */
    public void copyTableIfSameSize(PySet source, int otherUsed) {
        reserveFor(otherUsed);
        if (keys.length == source.keys.length) layout = source;
    }

    /** A table whose slot positions the next adds should reproduce (set by copyTableIfSameSize). */
    private PySet layout;

    private void resize(int minUsed) {
        int newSize = 8;
        while (newSize <= minUsed) newSize <<= 1;
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        keys = new PyObject[newSize];
        hashes = new long[newSize];
        fill = used;
        int mask = newSize - 1;
        for (int n = 0; n < oldKeys.length; n++) {
            PyObject k = oldKeys[n];
            if (k == null || k == DUMMY) continue;
            long hash = oldHashes[n];
            long perturb = hash;
            int i = (int) (hash & mask);
            search:
            while (true) {
                int probes = (i + LINEAR_PROBES <= mask) ? LINEAR_PROBES : 0;
                for (int p = 0, j = i; p <= probes; p++, j++) {
                    if (keys[j] == null) {
                        keys[j] = k;
                        hashes[j] = hash;
                        break search;
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** set_swap_bodies: the two sets exchange their tables (members, fill and size). */
    public void swapBodies(PySet other) {
        PyObject[] k = keys;
        keys = other.keys;
        other.keys = k;
        long[] h = hashes;
        hashes = other.hashes;
        other.hashes = h;
        int f = fill;
        fill = other.fill;
        other.fill = f;
        int u = used;
        used = other.used;
        other.used = u;
        layout = null;
        other.layout = null;
    }

    /** Removes key; returns the removed element (its reference passes to the caller) or null. */
    public PyObject discard(PyObject key) {
        int j = find(key);
        if (j < 0) return null;
        PyObject k = keys[j];
        keys[j] = DUMMY;
        hashes[j] = -1;
        used--;
        return k;
    }

    public List<PyObject> members() {
        List<PyObject> out = new ArrayList<>(used);
        for (PyObject k : keys) if (k != null && k != DUMMY) out.add(k);
        return out;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject k : keys) if (k != null && k != DUMMY) visit.accept(k);
    }

    /** set_dealloc drops members in table order. */
    @Override
    public void releaseContents(Heap heap) {
        List<PyObject> old = members();
        keys = new PyObject[8];
        hashes = new long[8];
        fill = 0;
        used = 0;
        for (PyObject k : old) heap.decref(k);
    }

    @Override
    public long sizeof() {
        return keys.length == 8 ? 216 : 216 + 16L * keys.length;
    }

    @Override
    public String shortValue() {
        return "len " + used;
    }

    /**
     * frozenset_hash: every member's hash shuffled and combined with xor (so the order does not
     * matter), the number of members folded in, then dispersed for nested frozensets.
     */
    public long frozensetHash() {
        long hash = 0;
        for (int j = 0; j < keys.length; j++) {
            if (keys[j] != null && keys[j] != DUMMY) hash ^= shuffleBits(hashes[j]);
        }
        hash ^= ((long) used + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        return hash == -1 ? 590923713L : hash;
    }

    private static long shuffleBits(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
