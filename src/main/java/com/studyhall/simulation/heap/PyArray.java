package com.studyhall.simulation.heap;

import java.util.Arrays;

/**
 * array.array (Modules/arraymodule.c): items of one C type stored as raw values, not as objects.
 * An integer item is kept as its long (a 'Q' or 'L' item as its 64 bits), a float item as a
 * double ('f' already rounded to float). sys.getsizeof is 80 (the object with its GC header)
 * plus the allocation, which {@link #resize} over-allocates as array_resize does.
 */
public final class PyArray extends PyWeakReferenceable {
    public final char typecode;
    public final int itemsize;
    private long[] bits = new long[4];
    private int size;
    /** The C allocation in items (self->allocated); 0 while ob_item is NULL. */
    public long allocated;
    /** ob_exports: buffers handed to memoryviews; while any is alive the array cannot be resized. */
    public int exports;

    public PyArray(char typecode, int itemsize) {
        this.typecode = typecode;
        this.itemsize = itemsize;
    }

    @Override
    public String typeName() {
        return "array.array";
    }

    /** Array objects are tracked by gc in 3.11 (a heap type since 3.10), though they hold no object. */
    @Override
    public boolean isGcType() {
        return true;
    }

    public int size() {
        return size;
    }

    public boolean isFloat() {
        return typecode == 'f' || typecode == 'd';
    }

    public long getBits(int i) {
        return bits[i];
    }

    public double getDouble(int i) {
        return Double.longBitsToDouble(bits[i]);
    }

    public void setBits(int i, long value) {
        bits[i] = value;
    }

    /** newarrayobject: exactly n items allocated, none at all for an empty array. */
    public void allocateExactly(int n) {
        allocated = n;
        setSize(n);
    }

    /**
     * array_resize (3.11): a resize within the allocation that shrinks by fewer than 16 items
     * keeps it; anything else reallocates to newsize + newsize/16 + (3 while the array has fewer
     * than 8 items, else 7), or frees it for size 0. An exported buffer forbids any change of size.
     */
    public void resize(int newsize) {
        if (exports > 0 && newsize != size) {
            throw new PyRaise("BufferError", "cannot resize an array that is exporting buffers");
        }
        if (allocated >= newsize && size < newsize + 16 && allocated > 0) {
            setSize(newsize);
            return;
        }
        if (newsize == 0) {
            allocated = 0;
            setSize(0);
            return;
        }
        allocated = (newsize >> 4) + (size < 8 ? 3 : 7) + newsize;
        setSize(newsize);
    }

    private void setSize(int n) {
        if (n > bits.length) bits = Arrays.copyOf(bits, Math.max(n, bits.length * 2));
        if (n > size) Arrays.fill(bits, size, n, 0L);
        size = n;
    }

    /** Moves items [from, size) to start at to (memmove within the old size; the caller resizes). */
    public void move(int from, int to, int count) {
        if (to + count > bits.length) bits = Arrays.copyOf(bits, Math.max(to + count, bits.length * 2));
        System.arraycopy(bits, from, bits, to, count);
    }

    @Override
    public long sizeof() {
        return 80 + allocated * itemsize;
    }

    @Override
    public String shortValue() {
        return "'" + typecode + "', len " + size;
    }
}
