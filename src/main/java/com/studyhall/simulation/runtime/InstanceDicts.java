package com.studyhall.simulation.runtime;

import com.studyhall.simulation.gc.Collector;
import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an instance's attributes live, as in CPython 3.11: {@code __slots__} in their members;
 * the others inline in slots numbered by the class's shared names until the table is full or a
 * program asks for {@code __dict__}, then in a dict the instance owns (split over the shared names
 * when materialized, an ordinary dict when assigned or when the class shares none). Exception
 * instances keep BaseException's ordinary dict, made by their first attribute.
 */
final class InstanceDicts {
    private final Interpreter in;
    private final Heap heap;

    InstanceDicts(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** Whether the instance has a __dict__ at all: no __slots__ all the way down, or an exception's own. */
    static boolean hasDict(PyInstance i) {
        return i.cls.instanceDict || i.exc != null;
    }

    /** The attribute's value (borrowed), or null when the instance has none by that name. */
    PyObject get(PyInstance i, String name) {
        if (i.dict != null && !i.isSlot(name)) return i.dict.getStr(name);
        return i.attrs.get(name);
    }

    boolean has(PyInstance i, String name) {
        return get(i, name) != null;
    }

    /** Stores the attribute, taking the caller's reference to value. */
    void set(PyInstance i, String name, PyObject value) {
        // A list/dict/set subclass's instance has no inline values (its type's tp_new is not object_new,
        // which makes them): its first attribute makes the dict over the shared names.
        if (i.isSlot(name) || (i.dict == null && i.body == null && i.cls.sharedKeys != null && i.cls.sharedKeys.insert(name) >= 0)) {
            PyObject old = i.attrs.put(name, value);
            if (old != null) heap.decref(old);
            return;
        }
        // The shared table is full (or there is none): the values move to a dict, which takes the name.
        in.builtinImpl.put(dictOf(i), in.values.intern(name), value);
    }

    /** Removes the attribute and returns its value (the caller's reference), or null when there is none. */
    PyObject remove(PyInstance i, String name) {
        if (i.dict != null && !i.isSlot(name)) {
            PyObject[] e = i.dict.remove(in.values.intern(name));
            if (e == null) return null;
            heap.decref(e[0]);
            return e[1];
        }
        return i.attrs.remove(name);
    }

    /** The names dir() lists from the instance itself: slots set, then the dict's str keys. */
    List<String> names(PyInstance i) {
        List<String> names = new ArrayList<>(i.attrs.keySet());
        if (i.dict != null) {
            for (PyObject[] e : i.dict.entries()) if (e[0] instanceof PyStr s) names.add(s.value);
        }
        return names;
    }

    /**
     * PyObject_GenericGetDict: the instance's dict (borrowed), materialized on first use. The inline
     * values move into a split dict over the shared names, in the order they were set; the dict is
     * tracked only when a value could be part of a cycle (make_dict_from_instance_attributes).
     */
    PyDict dictOf(PyInstance i) {
        if (i.dict != null) return i.dict;
        PyDict d = heap.alloc(new PyDict());
        d.split = i.cls.sharedKeys;
        for (String name : new ArrayList<>(i.attrs.keySet())) {
            if (i.isSlot(name)) continue;
            PyObject value = i.attrs.remove(name);
            d.map.put(name, new PyObject[] {in.values.intern(name), value});
            if (!d.isTracked() && Collector.mayBeTrackedItem(value)) heap.track(d);
        }
        i.dict = d;
        return d;
    }

    /** obj.__dict__ = value: the old values are gathered into their dict first, which the instance then drops. */
    void assign(PyInstance i, PyObject value) {
        if (!(value instanceof PyDict)) {
            String type = in.builtinImpl.types.of(value).name;
            heap.decref(value);
            throw new PyRaise("TypeError", "__dict__ must be set to a dictionary, not a '" + type + "'");
        }
        PyDict old = dictOf(i);
        i.dict = (PyDict) value;
        heap.decref(old);
    }
}
