package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** An instance of a namedtuple class: a tuple (same size) that also holds its heap type. */
public final class PyNamedTuple extends PyTuple {
    public PyNamedTupleClass cls;

    public PyNamedTuple(PyNamedTupleClass cls, PyObject[] items) {
        super(items);
        this.cls = cls;
    }

    @Override
    public String typeName() {
        return cls == null ? "tuple" : cls.name;
    }

    @Override
    public long sizeof() {
        return super.sizeof() + (cls == null ? 0 : cls.extraSize);
    }

    /** subtype_traverse visits the heap type, then tupletraverse the items (last to first). */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (cls != null) visit.accept(cls);
        super.traverse(visit);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        labeledRefs(visit, Integer.MAX_VALUE);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit, int max) {
        for (int i = 0; i < items.length && i < max; i++) {
            if (items[i] == null) continue;
            String field = cls != null && cls.fields != null && i < cls.fields.items.length
                    ? "." + ((PyStr) cls.fields.items[i]).value : "[" + i + "]";
            visit.accept(field, items[i]);
        }
        if (cls != null) visit.accept("__class__", cls);
    }

    /** subtype_dealloc: tupledealloc releases the items, then the type reference goes. */
    @Override
    public void releaseContents(Heap heap) {
        super.releaseContents(heap);
        PyObject c = cls;
        cls = null;
        if (c != null) heap.decref(c);
    }
}
