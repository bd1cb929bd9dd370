package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyInt;
import com.studyhall.simulation.heap.PyNone;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import java.util.ArrayList;
import java.util.List;

/**
 * A slice object: made by BUILD_SLICE for a subscript (obj[1:3]) or by slice(), tracked by the
 * collector and recycled through CPython's one-slice cache (Heap.FreeList.SLICE), so a subscript
 * counts an allocation only while a slice the program keeps has taken the cached one.
 */
final class SliceValue extends PyObject {
    final PyObject lower;
    final PyObject upper;
    final PyObject step;

    /** Takes the caller's references to the three bounds. */
    SliceValue(PyObject lower, PyObject upper, PyObject step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
    }

    @Override
    public String typeName() {
        return "slice";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public Heap.FreeList freeList() {
        return Heap.FreeList.SLICE;
    }

    /** slice_traverse: start, stop, step. */
    @Override
    public void traverse(java.util.function.Consumer<PyObject> visit) {
        visit.accept(lower);
        visit.accept(upper);
        visit.accept(step);
    }

    /** slice_dealloc: step, start, then stop (measured with __del__ on the bounds). */
    @Override
    public void releaseContents(Heap heap) {
        heap.decref(step);
        heap.decref(lower);
        heap.decref(upper);
    }

    /** Slices have no tp_clear: a cycle through one is broken at its other members. */
    @Override
    public void clear(Heap heap) { }

    @Override
    public long sizeof() {
        return 56;
    }

    /** PySlice_AdjustIndices: start, stop and step for a sequence of length n. */
    long[] bounds(long n) {
        return adjusted(n);
    }
    private long[] adjusted(long n) {
        long st = step instanceof PyNone ? 1 : bound(step);
        if (st == 0) throw new PyRaise("ValueError", "slice step cannot be zero");
        long lo;
        long hi;
        if (st > 0) {
            lo = lower instanceof PyNone ? 0 : clamp(bound(lower), n, 0, n);
            hi = upper instanceof PyNone ? n : clamp(bound(upper), n, 0, n);
        } else {
            lo = lower instanceof PyNone ? n - 1 : clamp(bound(lower), n, -1, n - 1);
            hi = upper instanceof PyNone ? -1 : clamp(bound(upper), n, -1, n - 1);
        }
        return new long[] {lo, hi, st};
    }

    /** PySlice_AdjustIndices over ints (_PySlice_GetLongIndices): for a length that may pass a long's range. */
    java.math.BigInteger[] bounds(java.math.BigInteger n) {
        return adjusted(n);
    }

    private java.math.BigInteger[] adjusted(java.math.BigInteger n) {
        java.math.BigInteger one = java.math.BigInteger.ONE;
        java.math.BigInteger st = step instanceof PyNone ? one : bigBound(step);
        if (st.signum() == 0) throw new PyRaise("ValueError", "slice step cannot be zero");
        java.math.BigInteger lo, hi;
        if (st.signum() > 0) {
            lo = lower instanceof PyNone ? java.math.BigInteger.ZERO : clamp(bigBound(lower), n, java.math.BigInteger.ZERO, n);
            hi = upper instanceof PyNone ? n : clamp(bigBound(upper), n, java.math.BigInteger.ZERO, n);
        } else {
            lo = lower instanceof PyNone ? n.subtract(one) : clamp(bigBound(lower), n, one.negate(), n.subtract(one));
            hi = upper instanceof PyNone ? one.negate() : clamp(bigBound(upper), n, one.negate(), n.subtract(one));
        }
        return new java.math.BigInteger[] {lo, hi, st};
    }

    private static java.math.BigInteger bigBound(PyObject o) {
        PyInt i = NumberIndex.of(o);
        if (i == null) {
            throw new PyRaise("TypeError", "slice indices must be integers or None or have an __index__ method");
        }
        return i.value();
    }

    private static java.math.BigInteger clamp(java.math.BigInteger i, java.math.BigInteger n, java.math.BigInteger min, java.math.BigInteger max) {
        if (i.signum() < 0) i = i.add(n);
        return i.max(min).min(max);
    }

    /** An int bound (an int subclass's instance counts as its value, as PyNumber_AsSsize_t reads it). */
    private static long bound(PyObject o) {
        // _PyEval_SliceIndex: anything but an int (or None, handled by the callers) is CPython's TypeError.
        PyInt i = NumberIndex.of(o);
        if (i == null) {
            throw new PyRaise("TypeError", "slice indices must be integers or None or have an __index__ method");
        }
        return i.value().longValue();
    }

    private static long clamp(long i, long n, long min, long max) {
        if (i < 0) i += n;
        return Math.max(min, Math.min(max, i));
    }

    /** The indexes the slice selects in a sequence of length n, in order. */
    List<Integer> indexes(long n) {
        long[] b = bounds(n);
        List<Integer> out = new ArrayList<>();
        if (b[2] > 0) for (long i = b[0]; i < b[1]; i += b[2]) out.add((int) i);
        else for (long i = b[0]; i > b[1]; i += b[2]) out.add((int) i);
        return out;
    }
}
