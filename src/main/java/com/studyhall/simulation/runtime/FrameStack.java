package com.studyhall.simulation.runtime;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The interpreter's call stack. Every statement and every name read asks for the running frame,
 * so {@link #top} reads it straight from the array; frames are only pushed ({@link #add}) and
 * popped (removing the last), as the interpreter and the generators do.
 */
final class FrameStack extends AbstractList<Frame> implements RandomAccess {
    private Frame[] items = new Frame[16];
    private int size;

    /** The running frame (the last pushed). */
    Frame top() {
        return items[size - 1];
    }

    @Override
    public boolean add(Frame f) {
        if (size == items.length) items = Arrays.copyOf(items, size * 2);
        items[size++] = f;
        modCount++;
        return true;
    }

    /** Pops the running frame: the last is the only frame ever removed. */
    @Override
    public Frame remove(int index) {
        if (index != size - 1) throw new UnsupportedOperationException("only the running frame is popped, not frame " + index + " of " + size);
        Frame popped = items[index];
        items[--size] = null;
        modCount++;
        return popped;
    }

    @Override
    public Frame get(int index) {
        return items[Objects.checkIndex(index, size)];
    }

    @Override
    public int size() {
        return size;
    }
}
