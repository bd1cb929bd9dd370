package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An instance of a ctypes simple type. Either it owns its value (ctypes.c_long(5), a py_object
 * holding an object) or it is a view of memory at an address (from_address, cast): then reading
 * its value reads that memory. The lab's addresses are the ids of its objects, and the first
 * word of an object is its reference count, which is what the refcount lessons read this way.
 * A view holds no reference to what it points at, as in CPython (reading a dead object's memory
 * is undefined there; see docs/simulation-engine.md).
 */
public final class PyCData extends PyObject {
    public final PyCType type;
    /** The value a number owns; unused for a view. */
    public long number;
    /** The object a py_object owns (a new reference), or null. */
    public PyObject object;
    /** The address a view reads, or -1 for a value the instance owns. */
    public final long address;

    public PyCData(PyCType type, long number, PyObject object, long address) {
        this.type = type;
        this.number = number;
        this.object = object;
        this.address = address;
    }

    public boolean isView() {
        return address >= 0;
    }

    @Override
    public String typeName() {
        return "ctypes." + type.name;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** Its type first, then the object a py_object owns, as gc.get_referents lists them. */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(type);
        if (object != null) visit.accept(object);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (object != null) visit.accept("value", object);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject o = object;
        object = null;
        if (o != null) heap.decref(o);
    }

    @Override
    public long sizeof() {
        return 136;
    }

    @Override
    public String shortValue() {
        return type.name;
    }
}
