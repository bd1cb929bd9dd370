package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An operator.attrgetter object (Modules/_operator.c, 3.11): a tuple with one entry per name, the
 * interned name itself or, for a dotted name, a tuple of its interned parts; 56 bytes.
 */
public final class PyAttrGetter extends PyObject {
    public PyTuple attrs;

    public PyAttrGetter(PyTuple attrs) {
        this.attrs = attrs;
    }

    @Override
    public String typeName() {
        return "operator.attrgetter";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (attrs != null) visit.accept(attrs);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (attrs != null) visit.accept("attr", attrs);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject a = attrs;
        attrs = null;
        heap.decref(a);
    }

    /** PyObject_HEAD, nattrs, attr and the vectorcall pointer. */
    @Override
    public long sizeof() {
        return 56;
    }

    @Override
    public String shortValue() {
        return "attrgetter";
    }
}
