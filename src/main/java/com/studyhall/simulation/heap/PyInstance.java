package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An instance of a user class. CPython 3.11 keeps attribute values inline (no dict object until
 * someone asks for __dict__); each value is one reference from the instance.
 */
public final class PyInstance extends PyObject {
    public PyClass cls;
    public final LinkedHashMap<String, PyObject> attrs = new LinkedHashMap<>();
    /** BaseException's fields when the class derives from a builtin exception class; null otherwise. */
    public ExceptionState exc;

    public PyInstance(PyClass cls) {
        this.cls = cls;
    }

    @Override
    public String typeName() {
        return cls == null ? "object" : cls.name;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        for (PyObject v : attrs.values()) visit.accept(v);
        if (exc != null) exc.visit((label, o) -> visit.accept(o));
        if (cls != null) visit.accept(cls);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (var e : attrs.entrySet()) visit.accept("." + e.getKey(), e.getValue());
        if (exc != null) exc.visit(visit);
        if (cls != null) visit.accept("__class__", cls);
    }

    /** Values are released in attribute order; the type reference goes last (subtype_dealloc). */
    @Override
    public void releaseContents(Heap heap) {
        clear(heap);
        PyClass c = cls;
        cls = null;
        if (c != null) heap.decref(c);
    }

    /**
     * subtype_clear: drop the attribute values, keep the type. Slot values go first, class by
     * class from the most derived, each class's slots in sorted order (type_new sorts __slots__);
     * then the __dict__ values in the order they were first set.
     */
    @Override
    public void clear(Heap heap) {
        List<PyObject> values = new ArrayList<>();
        if (cls != null) {
            for (PyClass c : cls.mro) {
                if (c.slots == null) continue;
                for (String slot : c.slots.stream().sorted().toList()) {
                    PyObject v = attrs.remove(slot);
                    if (v != null) values.add(v);
                }
            }
        }
        values.addAll(attrs.values());
        attrs.clear();
        for (PyObject v : values) heap.decref(v);
        // BaseException_clear after the instance's own attributes.
        if (exc != null) exc.clear(heap);
    }

    @Override
    public long sizeof() {
        if (exc != null) return cls.builtin ? 72 + 16 : 72 + 8 + 16; // BaseException, plus __weakref__ in a subclass
        return cls == null ? 56 : cls.instanceSize();
    }

    @Override
    public String shortValue() {
        return typeName() + " object";
    }
}
