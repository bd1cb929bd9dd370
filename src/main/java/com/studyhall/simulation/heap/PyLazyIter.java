package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The lazy iterators of the builtins: zip (holds a tuple of iterators and its last result),
 * map (the function and a tuple of iterators), filter (the function and one iterator),
 * reversed and list_reverseiterator (the sequence and a falling index), callable_iterator of
 * iter(callable, sentinel) (the callable and the sentinel).
 */
public final class PyLazyIter extends PyObject {
    public final String kind;
    /** The references the iterator holds, in the order its tp_traverse visits them; null once dropped. */
    public final PyObject[] refs;
    public PyTuple result;
    public long index;
    /** zip(strict=True): running out unevenly is a ValueError. */
    public boolean strict;

    public PyLazyIter(String kind, PyObject... refs) {
        this.kind = kind;
        this.refs = refs;
    }

    @Override
    public String typeName() {
        return kind;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject r : refs) if (r != null) visit.accept(r);
        if (result != null) visit.accept(result);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (PyObject r : refs) if (r != null) visit.accept("holds", r);
        if (result != null) visit.accept("last result", result);
    }

    /** Drops one held reference (an exhausted reversed iterator lets go of its sequence). */
    public void drop(int i, Heap heap) {
        PyObject r = refs[i];
        refs[i] = null;
        if (r != null) heap.decref(r);
    }

    @Override
    public void releaseContents(Heap heap) {
        for (int i = 0; i < refs.length; i++) drop(i, heap);
        PyTuple r = result;
        result = null;
        if (r != null) heap.decref(r);
    }

    @Override
    public long sizeof() {
        return kind.equals("zip") ? 64 : 48;
    }
}
