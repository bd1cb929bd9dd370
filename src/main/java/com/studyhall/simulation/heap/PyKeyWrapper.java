package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The C key object of functools.cmp_to_key (functools.KeyWrapper in Modules/_functoolsmodule.c,
 * 3.11): the comparison function and, for a key made by calling one, the wrapped object; 48 bytes.
 */
public final class PyKeyWrapper extends PyObject {
    public PyObject cmp;
    /** The object this key stands for; null in the wrapper cmp_to_key returns. */
    public PyObject object;

    public PyKeyWrapper(PyObject cmp, PyObject object) {
        this.cmp = cmp;
        this.object = object;
    }

    @Override
    public String typeName() {
        return "functools.KeyWrapper";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        FieldRefs.visit(visit, cmp, object);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        FieldRefs.label(visit, "cmp", cmp, "obj", object);
    }

    /** keyobject_dealloc: cmp, then object. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject[] refs = {cmp, object};
        cmp = null;
        object = null;
        FieldRefs.release(heap, refs);
    }

    @Override
    public long sizeof() {
        return 48;
    }

    @Override
    public String shortValue() {
        return "KeyWrapper";
    }
}
