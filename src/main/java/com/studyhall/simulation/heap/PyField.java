package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A dataclasses.Field (Lib/dataclasses.py 3.11): a class with eleven __slots__, 120 bytes with its
 * GC header, tracked. It holds its name, type, default (or the MISSING sentinel), default_factory
 * (or MISSING) and metadata (a mappingproxy); the flags are the shared True/False/None, which the
 * lab keeps as Java values.
 */
public final class PyField extends PyObject {
    public PyObject name;
    public PyObject type;
    public PyObject defaultValue;
    public PyObject defaultFactory;
    public PyObject metadata;
    public boolean repr = true;
    public boolean init = true;
    public boolean compare = true;
    /** field(hash=...): null for None (follow compare). */
    public Boolean hash;
    /** field(kw_only=...): null while MISSING (the class's kw_only decides). */
    public Boolean kwOnly;
    /** A ClassVar's pseudo-field (_FIELD_CLASSVAR): in __dataclass_fields__, not in fields(). */
    public boolean classVar;
    /** An InitVar's pseudo-field (_FIELD_INITVAR): an __init__ parameter only. */
    public boolean initVar;

    public PyField(PyObject name, PyObject type, PyObject defaultValue, PyObject defaultFactory, PyObject metadata) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.defaultFactory = defaultFactory;
        this.metadata = metadata;
    }

    @Override
    public String typeName() {
        return "Field";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        labeledRefs((label, o) -> visit.accept(o));
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (name != null) visit.accept("name", name);
        if (type != null) visit.accept("type", type);
        if (defaultValue != null) visit.accept("default", defaultValue);
        if (defaultFactory != null) visit.accept("default_factory", defaultFactory);
        if (metadata != null) visit.accept("metadata", metadata);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject[] held = {name, type, defaultValue, defaultFactory, metadata};
        name = type = defaultValue = defaultFactory = metadata = null;
        for (PyObject o : held) if (o != null) heap.decref(o);
    }

    /** PyObject_HEAD and eleven slots, with the GC header. */
    @Override
    public long sizeof() {
        return 120;
    }

    @Override
    public String shortValue() {
        return "Field";
    }
}
