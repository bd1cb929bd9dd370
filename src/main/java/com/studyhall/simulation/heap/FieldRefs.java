package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** For objects whose references are a few named fields: visiting and labelling the set ones in order. */
final class FieldRefs {
    private FieldRefs() { }

    static void visit(Consumer<PyObject> visit, PyObject... refs) {
        for (PyObject r : refs) if (r != null) visit.accept(r);
    }

    /** labelsAndRefs alternates each field's label and value. */
    static void label(BiConsumer<String, PyObject> visit, Object... labelsAndRefs) {
        for (int i = 0; i < labelsAndRefs.length; i += 2) {
            if (labelsAndRefs[i + 1] != null) visit.accept((String) labelsAndRefs[i], (PyObject) labelsAndRefs[i + 1]);
        }
    }

    /** Drops the references in the order given (the fields were already cleared, as Py_CLEAR does). */
    static void release(Heap heap, PyObject... refs) {
        for (PyObject r : refs) heap.decref(r);
    }
}
