package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** What a re.Match and a finditer scanner share: each holds its subject string and its pattern, and is tracked. */
public abstract class PyRegexHolder extends PyObject {
    public PyObject string;
    public PyRegexPattern re;

    protected PyRegexHolder(PyObject string, PyRegexPattern re) {
        this.string = string;
        this.re = re;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (string != null) visit.accept(string);
        if (re != null) visit.accept(re);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (string != null) visit.accept("string", string);
        if (re != null) visit.accept("re", re);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject r = re;
        PyObject s = string;
        re = null;
        string = null;
        if (r != null) heap.decref(r);
        if (s != null) heap.decref(s);
    }
}
