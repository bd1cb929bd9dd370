package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A datetime.timezone: a fixed offset from UTC (a timedelta it holds) and an optional name.
 * Not a container for the collector (never tracked), though it holds references.
 */
public final class PyTimezone extends PyObject {
    public PyTimedelta offset;
    /** The name given to the constructor (a str), or null. */
    public PyObject name;

    public PyTimezone(PyTimedelta offset, PyObject name) {
        this.offset = offset;
        this.name = name;
    }

    @Override
    public String typeName() {
        return "datetime.timezone";
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (offset != null) visit.accept(offset);
        if (name != null) visit.accept(name);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (offset != null) visit.accept("offset", offset);
        if (name != null) visit.accept("name", name);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject o = offset;
        PyObject n = name;
        offset = null;
        name = null;
        if (o != null) heap.decref(o);
        if (n != null) heap.decref(n);
    }

    /** PyObject_HEAD, the offset and the name pointers. */
    @Override
    public long sizeof() {
        return 32;
    }

    @Override
    public String shortValue() {
        return offset == null ? "" : offset.days * 86400L + offset.seconds + "s";
    }
}
