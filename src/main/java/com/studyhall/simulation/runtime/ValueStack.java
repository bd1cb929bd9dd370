package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyObject;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The interpreter's value stack: {@link #push} and {@link #pop} on a plain array, since every
 * operand goes through them and ArrayList's add and remove were about a tenth of a small
 * recursive call's time. The rest of the List interface (sub-lists cleared at a base, lastIndexOf, inserting
 * a method under its arguments) works as on any list.
 */
final class ValueStack extends AbstractList<PyObject> implements RandomAccess {
    private PyObject[] items = new PyObject[64];
    private int size;

    // push and pop leave modCount alone: nothing iterates the stack while code runs on it, and they are the hottest lines.
    void push(PyObject o) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = o;
    }

    PyObject pop() {
        if (size == 0) throw new IndexOutOfBoundsException("pop from an empty value stack");
        PyObject o = items[--size];
        items[size] = null;
        return o;
    }

    /**
     * Moves the n values above base into dest[0..n) and drops everything from base up without
     * releasing it: a call's arguments become the new frame's locals and the callee at base its
     * function reference.
     */
    void moveAbove(int base, PyObject[] dest, int n) {
        Objects.checkFromIndexSize(base + 1, n, size);
        System.arraycopy(items, base + 1, dest, 0, n);
        Arrays.fill(items, base, size, null);
        size = base;
        modCount++;
    }

    /** Drops everything above base without releasing it (the references moved elsewhere). */
    void truncate(int base) {
        removeRange(Objects.checkIndex(base, size + 1), size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public PyObject get(int index) {
        return items[Objects.checkIndex(index, size)];
    }

    @Override
    public PyObject set(int index, PyObject o) {
        PyObject old = items[Objects.checkIndex(index, size)];
        items[index] = o;
        return old;
    }

    @Override
    public void add(int index, PyObject o) {
        Objects.checkIndex(index, size + 1);
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        System.arraycopy(items, index, items, index + 1, size - index);
        items[index] = o;
        size++;
        modCount++;
    }

    @Override
    public PyObject remove(int index) {
        PyObject old = items[Objects.checkIndex(index, size)];
        System.arraycopy(items, index + 1, items, index, size - index - 1);
        items[--size] = null;
        modCount++;
        return old;
    }

    @Override
    protected void removeRange(int from, int to) {
        System.arraycopy(items, to, items, from, size - to);
        Arrays.fill(items, size - (to - from), size, null);
        size -= to - from;
        modCount++;
    }
}
