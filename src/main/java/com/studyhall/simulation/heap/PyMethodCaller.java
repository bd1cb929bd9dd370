package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An operator.methodcaller object (Modules/_operator.c, 3.11): the interned method name, the
 * frozen arguments (a tuple, the empty one when there are none) and the constructor call's keyword
 * dict (null without keywords); 56 bytes.
 */
public final class PyMethodCaller extends PyObject {
    public PyObject name;
    public PyTuple args;
    public PyDict kwds;

    public PyMethodCaller(PyObject name, PyTuple args, PyDict kwds) {
        this.name = name;
        this.args = args;
        this.kwds = kwds;
    }

    @Override
    public String typeName() {
        return "operator.methodcaller";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** methodcaller_traverse: name, args, kwds. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        FieldRefs.visit(visit, name, args, kwds);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        FieldRefs.label(visit, "name", name, "args", args, "kwds", kwds);
    }

    /** methodcaller_dealloc: name, args, kwds, in that order. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject[] refs = {name, args, kwds};
        name = null;
        args = null;
        kwds = null;
        FieldRefs.release(heap, refs);
    }

    @Override
    public long sizeof() {
        return 56;
    }

    @Override
    public String shortValue() {
        return "methodcaller";
    }
}
