package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A cell: a variable a comprehension shares with the scope around it. The frame slot holds the
 * cell, and the cell holds the value (so the value is referenced once, by the cell).
 */
public final class PyCell extends PyObject {
    public PyObject contents;

    public PyCell(PyObject contents) {
        this.contents = contents;
    }

    @Override
    public String typeName() {
        return "cell";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (contents != null) visit.accept(contents);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (contents != null) visit.accept("cell_contents", contents);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject c = contents;
        contents = null;
        if (c != null) heap.decref(c);
    }

    @Override
    public long sizeof() {
        return 40;
    }
}
