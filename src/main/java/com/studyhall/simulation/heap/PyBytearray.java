package com.studyhall.simulation.heap;

/**
 * bytearray: a mutable byte string with CPython's buffer bookkeeping, which getsizeof reports
 * (56 + ob_alloc): the allocation and the logical start that deleting from the front advances.
 * Never tracked by gc.
 */
public final class PyBytearray extends PyObject {
    /** The bytes, one char (0-255) each. */
    public final StringBuilder data;
    /** ob_alloc: bytes allocated, including the trailing NUL. */
    public long allocated;
    /** ob_start - ob_bytes: bytes deleted from the front without moving the rest. */
    public long offset;
    /** ob_exports: buffers handed to memoryviews; while any is alive the bytearray cannot change size. */
    public int exports;

    public PyBytearray(String initial) {
        this.data = new StringBuilder(initial);
    }

    @Override
    public String typeName() {
        return "bytearray";
    }

    /**
     * PyByteArray_Resize (3.11): a shrink below half the allocation reallocates exactly, a
     * moderate growth over-allocates by an eighth plus 3 or 6, a large one allocates exactly.
     * The caller then sets the content to the new size.
     */
    public void resize(long size) {
        if (size == data.length()) return;
        requireResizable();
        long alloc = allocated;
        if (size + offset + 1 <= alloc) {
            if (size >= alloc / 2) return;
            alloc = size + 1;
        } else if (size <= alloc * 1.125) {
            alloc = size + (size >> 3) + (size < 9 ? 3 : 6);
        } else {
            alloc = size + 1;
        }
        allocated = alloc;
        offset = 0;
    }

    /** Deleting the first n bytes by slice assignment advances the logical start (bytearray_setslice_linear). */
    public void dropFront(int n) {
        if (n > 0) requireResizable();
        offset += n;
        resize(data.length() - n);
        data.delete(0, n);
    }

    /** _canresize: an exported buffer pins the storage. */
    private void requireResizable() {
        if (exports > 0) throw new PyRaise("BufferError", "Existing exports of data: object cannot be re-sized");
    }

    @Override
    public long sizeof() {
        return 56 + allocated;
    }

    @Override
    public String shortValue() {
        String r = "bytearray(" + Reprs.bytesRepr(data.toString(), true) + ")";
        return r.length() > 40 ? r.substring(0, 37) + "..." : r;
    }
}
