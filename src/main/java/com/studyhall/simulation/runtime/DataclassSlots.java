package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * dataclass(slots=True)'s _add_slots (Lib/dataclasses.py 3.11): a class cannot gain __slots__ once
 * made, so a second class is made by type(name, bases, dict(cls.__dict__)) with __slots__ set to
 * the field names (less those a base's __slots__ has) and without the fields' defaults; it keeps the first class's qualname. The first class is then
 * garbage for the collector, as in CPython, unless the class is frozen: the closures of its
 * __setattr__ and __delattr__, which the new class shares, keep it.
 */
final class DataclassSlots {
    private final Interpreter in;
    private final Heap heap;

    DataclassSlots(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** weakrefSlot: dataclass(weakref_slot=True) names '__weakref__' after the fields, unless a base's __slots__ has it. */
    PyObject remake(PyClass cls, boolean frozen, boolean weakrefSlot) {
        List<String> fieldNames = new ArrayList<>();
        for (PyField f : DataclassesModule.fieldList(cls)) fieldNames.add(((PyStr) f.name).value);
        Set<String> inherited = new HashSet<>();
        for (PyClass c : cls.mro) if (c != cls && c.slots != null) inherited.addAll(c.slots);
        List<String> slots = new ArrayList<>(fieldNames);
        if (weakrefSlot) slots.add("__weakref__");
        slots.removeIf(inherited::contains);
        // cls_dict = dict(cls.__dict__), less the fields, __dict__ and __weakref__.
        PyDict ns = heap.allocFromType(new PyDict());
        for (PyObject[] e : cls.dict.entries()) {
            String key = ((PyStr) e[0]).value;
            if (fieldNames.contains(key) || key.equals("__dict__") || key.equals("__weakref__")) continue;
            in.builtinImpl.put(ns, heap.newRef(e[0]), heap.newRef(e[1]));
        }
        PyObject[] slotItems = new PyObject[slots.size()];
        for (int i = 0; i < slotItems.length; i++) slotItems[i] = heap.newRef(in.values.intern(slots.get(i)));
        in.builtinImpl.put(ns, heap.newRef(in.values.intern("__slots__")), heap.alloc(new PyTuple(slotItems)));
        List<PyObject> baseItems = new ArrayList<>();
        for (PyClass b : cls.bases) baseItems.add(heap.newRef(b));
        if (cls.builtinBaseDirect && cls.builtinBase != null) baseItems.add(heap.newRef(in.builtinImpl.typeObject(cls.builtinBase)));
        if (baseItems.isEmpty()) baseItems.add(heap.newRef(in.builtinImpl.typeObject("object")));
        // cls.__bases__ is passed on, not made: the lab's stand-in for it is not counted, and its
        // freeing is taken back (from the free list, or the count) once the new class has it.
        PyTuple bases = heap.allocCounted(new PyTuple(baseItems.toArray(new PyObject[0])));
        PyObject name = heap.newRef(in.values.intern(cls.name));
        try {
            PyClass made = in.typeCall.make(List.of(name, bases, ns), Map.of());
            made.qualname = cls.qualname;
            made.module = cls.module;
            cls.giveAwayBasesTuple();
            // A frozen class's __setattr__/__delattr__ (now the new class's too) hold the first class in their cells.
            if (frozen) made.holdThroughClosures(cls, heap);
            return made;
        } finally {
            heap.decref(name);
            int n = bases.items.length;
            heap.decref(bases);
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, n);
            heap.decref(ns);
        }
    }
}
