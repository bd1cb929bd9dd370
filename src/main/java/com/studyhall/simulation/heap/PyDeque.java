package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * collections.deque: items in blocks of 64 slots (_collectionsmodule.c). Only the position of the
 * first item in its block matters to a program, because sys.getsizeof counts the blocks in use:
 * the items occupy slots leftIndex .. leftIndex + size - 1 of consecutive blocks.
 */
public final class PyDeque extends PyWeakReferenceable {
    public static final int BLOCKLEN = 64;
    /** An empty deque starts in the middle of its block (CENTER + 1), so both ends can grow. */
    public static final int CENTER_LEFT = (BLOCKLEN - 1) / 2 + 1;

    public final ArrayList<PyObject> items = new ArrayList<>();
    public int leftIndex = CENTER_LEFT;
    /** -1 when unbounded. */
    public long maxlen = -1;
    /** Bumped by every change of length (deque->state), which iterators check. */
    public long state;

    @Override
    public String typeName() {
        return "collections.deque";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** deque_traverse walks from the left end to the right. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject o : items) visit.accept(o);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (int i = 0; i < items.size(); i++) visit.accept("[" + i + "]", items.get(i));
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit, int max) {
        for (int i = 0; i < items.size() && i < max; i++) visit.accept("[" + i + "]", items.get(i));
    }

    /** deque_clear: the deque is recentred first, then the old items are released left to right. */
    @Override
    public void releaseContents(Heap heap) {
        if (items.isEmpty()) return;
        state++;
        ArrayList<PyObject> old = new ArrayList<>(items);
        items.clear();
        leftIndex = CENTER_LEFT;
        for (PyObject o : old) heap.decref(o);
    }

    public int blocks() {
        return (leftIndex + items.size() + BLOCKLEN - 1) / BLOCKLEN;
    }

    /** 232 bytes of deque object with its GC header, plus 528 per block (64 pointers and two links). */
    @Override
    public long sizeof() {
        return 232 + 528L * blocks();
    }

    @Override
    public String shortValue() {
        return "len " + items.size();
    }

    // ---- index bookkeeping, as the C functions move leftindex/rightindex ----

    public void pushRight(PyObject o) {
        state++;
        items.add(o);
    }

    public void pushLeft(PyObject o) {
        state++;
        leftIndex = leftIndex == 0 ? BLOCKLEN - 1 : leftIndex - 1;
        items.add(0, o);
    }

    /** deque_pop: an emptied deque whose last block ran out is recentred instead of freed. */
    public PyObject popRight() {
        state++;
        PyObject o = items.remove(items.size() - 1);
        if (items.isEmpty() && leftIndex == 0) leftIndex = CENTER_LEFT;
        return o;
    }

    public PyObject popLeft() {
        state++;
        PyObject o = items.remove(0);
        leftIndex++;
        if (leftIndex == BLOCKLEN) leftIndex = items.isEmpty() ? CENTER_LEFT : 0;
        return o;
    }

    /** _deque_rotate: n is first brought within half the length; the left index moves by -n blocks-wise. */
    public void rotate(long n) {
        int len = items.size();
        if (len <= 1) return;
        state++;
        long half = len >> 1;
        if (n > half || n < -half) {
            n %= len;
            if (n > half) n -= len;
            else if (n < -half) n += len;
        }
        int k = (int) n;
        if (k > 0) {
            for (int i = 0; i < k; i++) items.add(0, items.remove(len - 1));
        } else {
            for (int i = 0; i < -k; i++) items.add(items.remove(0));
        }
        leftIndex = Math.floorMod(leftIndex - k, BLOCKLEN);
    }
}
