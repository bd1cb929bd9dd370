package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyInt;
import com.studyhall.simulation.heap.PyNone;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import java.util.ArrayList;
import java.util.List;

/** A slice object (BUILD_SLICE) used by subscripts. */
final class SliceValue extends PyObject {
    PyObject lower;
    PyObject upper;
    PyObject step;

    SliceValue(PyObject lower, PyObject upper, PyObject step) {
        this.lower = lower;
        this.upper = upper;
        this.step = step;
        this.shared = true; // short-lived and not counted: CPython keeps one cached slice
    }

    @Override
    public String typeName() {
        return "slice";
    }

    @Override
    public long sizeof() {
        return 56;
    }

    /** PySlice_AdjustIndices: start, stop and step for a sequence of length n. */
    long[] bounds(long n) {
        converting = true;
        try {
            return adjusted(n);
        } finally {
            converting = false;
        }
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
        converting = true;
        try {
            return adjusted(n);
        } finally {
            converting = false;
        }
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

    /**
     * The same slice as a value handed to a program's __getitem__/__setitem__/__delitem__: it owns
     * nothing (the subscript's slice holds the bounds until the subscript ends), so a builtin
     * subscript it is passed on to (self.items[key]) does not release the bounds again.
     */
    SliceValue borrowedView() {
        SliceValue view = new SliceValue(lower, upper, step);
        view.borrowed = true;
        return view;
    }

    private boolean borrowed;

    /** Whether bounds() is converting the bounds, which may run a program's __index__. */
    private boolean converting;

    /**
     * The bounds this slice holds while bounds() converts them, for the heap's external references:
     * an __index__ sees them held, as by CPython's slice object on the value stack. (A program's
     * __getitem__ given the slice sees them held through InstanceType.withBoundsHeld instead.)
     */
    void forEachHeldBound(java.util.function.Consumer<PyObject> visit) {
        if (borrowed || !converting) return;
        visit.accept(lower);
        visit.accept(upper);
        visit.accept(step);
    }

    void release(Heap heap) {
        if (borrowed) return;
        heap.decref(lower);
        heap.decref(upper);
        heap.decref(step);
    }
}
