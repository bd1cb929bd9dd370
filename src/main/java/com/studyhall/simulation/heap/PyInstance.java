package com.studyhall.simulation.heap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An instance of a user class. CPython 3.11 keeps attribute values inline, in slots numbered by the
 * class's {@link SharedKeys}, with no dict object until someone asks for {@code __dict__}; each
 * value is one reference from the instance. {@link #attrs} holds those inline values (in the order
 * they were set, which is the order a later {@code __dict__} shows) and the {@code __slots__}
 * values; once {@link #dict} exists the other attributes live there instead.
 */
public final class PyInstance extends PyWeakReferenceable {
    public PyClass cls;
    public final LinkedHashMap<String, PyObject> attrs = new LinkedHashMap<>();
    /** The materialized or assigned __dict__ (an owned reference), or null while values are inline. */
    public PyDict dict;
    /** BaseException's fields when the class derives from a builtin exception class; null otherwise. */
    public ExceptionState exc;

    public PyInstance(PyClass cls) {
        this.cls = cls;
        if (cls != null && cls.sharedKeys != null) cls.sharedKeys.instanceCreated();
    }

    /** Whether name is one of the __slots__ of the class or a base (stored in a member, never in __dict__). */
    public boolean isSlot(String name) {
        if (cls == null) return false;
        for (PyClass c : cls.mro) if (c.slots != null && c.slots.contains(name)) return true;
        return false;
    }

    /**
     * subtype_traverse's order: the slot values (class by class from the most derived, each class's
     * slots sorted as type_new sorts them), then the inline values in the order of the shared
     * names, then the __dict__.
     */
    private List<PyObject> ownValues() {
        List<PyObject> values = new ArrayList<>(attrs.size());
        if (cls == null) {
            values.addAll(attrs.values());
            return values;
        }
        for (PyClass c : cls.mro) {
            if (c.slots == null) continue;
            for (String slot : c.slots.stream().sorted().toList()) {
                PyObject v = attrs.get(slot);
                if (v != null) values.add(v);
            }
        }
        List<String> inline = new ArrayList<>();
        for (String name : attrs.keySet()) if (!isSlot(name)) inline.add(name);
        SharedKeys keys = cls.sharedKeys;
        if (keys != null) inline.sort(java.util.Comparator.comparingInt(keys::indexOf));
        for (String name : inline) values.add(attrs.get(name));
        return values;
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
        for (PyObject v : ownValues()) visit.accept(v);
        if (exc != null) {
            // subtype_traverse visits a heap type before BaseException_traverse (dict, args, traceback...).
            if (cls != null && !cls.builtin) visit.accept(cls);
            if (dict != null) visit.accept(dict);
            exc.visit((label, o) -> visit.accept(o));
            return;
        }
        if (dict != null) visit.accept(dict);
        if (cls != null) visit.accept(cls);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        for (var e : attrs.entrySet()) visit.accept("." + e.getKey(), e.getValue());
        if (dict != null) visit.accept("__dict__", dict);
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
     * subtype_clear: drop the attribute values, keep the type, in {@link #ownValues}'s order: the
     * slots, the inline values by shared name, then the __dict__.
     */
    @Override
    public void clear(Heap heap) {
        List<PyObject> values = ownValues();
        attrs.clear();
        if (dict != null) values.add(dict);
        dict = null;
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
