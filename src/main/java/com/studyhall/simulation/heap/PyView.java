package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** dict_keys, dict_values, dict_items: a live view holding its dict. */
public final class PyView extends PyObject {
    public final String kind;
    /** The dict the view reads: the dict itself, or the dict part of a dict subclass's instance. */
    public PyDict dict;
    /** The object the view holds a reference to: the dict, or the instance whose part it reads. */
    private PyObject holder;

    /** holder: a dict or an instance of a dict subclass (its reference passes to the view). */
    public PyView(String kind, PyObject holder) {
        this.kind = kind;
        this.holder = holder;
        this.dict = (PyDict) PyInstance.bodyOf(holder);
    }

    /** The dict or dict subclass instance the view reads (borrowed): what its iterators hold, as dictiter_new does. */
    public PyObject holder() {
        return holder;
    }

    /** An OrderedDict's views are of its own types (odict_keys, odict_values, odict_items), which derive from dict's. */
    @Override
    public String typeName() {
        return dict instanceof PyOrderedDict ? "o" + kind : kind;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (holder != null) visit.accept(holder);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (holder != null) visit.accept("dict", holder);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject h = holder;
        holder = null;
        dict = null;
        if (h != null) heap.decref(h);
    }

    @Override
    public long sizeof() {
        return 40;
    }
}
