package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A functools.cached_property (a Python class in Lib/functools.py, 3.11): its function, the name
 * __set_name__ gives it (null until the class statement ends) and the function's docstring; the
 * RLock it also keeps is not modelled as an object. 56 bytes, as the instance CPython makes.
 */
public final class PyCachedProperty extends PyObject {
    public PyObject func;
    public PyObject attrname;
    public PyObject doc;

    public PyCachedProperty(PyObject func, PyObject doc) {
        this.func = func;
        this.doc = doc;
    }

    @Override
    public String typeName() {
        return "functools.cached_property";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        FieldRefs.visit(visit, func, attrname, doc);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        FieldRefs.label(visit, "func", func, "attrname", attrname, "__doc__", doc);
    }

    /** The instance's attributes go in the order __init__ set them: func, attrname, __doc__. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject[] refs = {func, attrname, doc};
        func = null;
        attrname = null;
        doc = null;
        FieldRefs.release(heap, refs);
    }

    @Override
    public long sizeof() {
        return 56;
    }

    @Override
    public String shortValue() {
        return "cached_property";
    }
}
