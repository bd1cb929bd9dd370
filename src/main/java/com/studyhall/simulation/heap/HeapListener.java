package com.studyhall.simulation.heap;

/** What the heap reports to the trace and to the runtime (which runs __del__ and callbacks). */
public interface HeapListener {
    default void allocated(PyObject o) { }

    default void deallocated(PyObject o) { }

    default void refChanged(PyObject o, boolean increment) { }

    /** Run o.__del__ (tp_finalize); exceptions are swallowed as CPython's "Exception ignored". */
    void finalize(PyObject o);

    /** Call a weak reference's callback with the (now dead) weak reference. */
    void weakrefCallback(PyWeakref ref, PyObject callback);

    /** An automatic collection is due (allocation crossed a threshold). */
    void collectionDue();

    /** Whether the instance's class defines __del__. */
    boolean hasFinalizer(PyObject o);
}
