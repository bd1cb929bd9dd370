package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A string.Template: an instance of Lib/string.py's class, whose one instance attribute
 * ({@code template}) 3.11 keeps in the object's inline values, so no dict exists. 56 bytes as
 * python3 3.11 reports (the object with its dict and weak-reference slots, the GC header), tracked.
 */
public final class PyTemplate extends PyWeakReferenceable {
    public PyObject template;

    public PyTemplate(PyObject template) {
        this.template = template;
    }

    @Override
    public String typeName() {
        return "string.Template";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (template != null) visit.accept(template);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (template != null) visit.accept("template", template);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject t = template;
        template = null;
        if (t != null) heap.decref(t);
    }

    @Override
    public long sizeof() {
        return 56;
    }

    @Override
    public String shortValue() {
        return "Template";
    }
}
