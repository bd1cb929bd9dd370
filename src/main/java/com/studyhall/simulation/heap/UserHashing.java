package com.studyhall.simulation.heap;

/**
 * How dicts and sets reach a user class's __hash__ and __eq__ (the heap cannot call Python code
 * itself): the interpreter gives each class it makes one of these.
 */
public interface UserHashing {
    /** hash(o) through the class's __hash__; owned: the caller holds a reference it is about to store. */
    long hash(PyInstance o, boolean owned);

    /** stored == probe through stored's __eq__, as a dict or set lookup compares a stored key with the new one. */
    boolean equal(PyObject stored, PyObject probe, boolean owned);

    /**
     * stored == probe for the live referents of two weak references a lookup compares
     * (weakref_richcompare); owned: the probing weak reference, which the caller is about to store, or null.
     */
    boolean referentsEqual(PyObject stored, PyObject probe, PyObject owned);
}
