package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyObject;

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

    void release(Heap heap) {
        heap.decref(lower);
        heap.decref(upper);
        heap.decref(step);
    }
}
