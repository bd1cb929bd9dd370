package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import java.util.List;
import java.util.Set;

/**
 * Classes deriving from a builtin container ({@code class Stack(list)}, {@code class Config(dict)},
 * {@code class Tags(set)}): their instances carry the type's part ({@link PyInstance#body}) and
 * whatever the program's classes do not define is the builtin type's own slot or method, called
 * with the instance. As in CPython, the builtin code never calls back into the subclass: dict.update
 * does not call an overridden __setitem__, list's iterator does not call __getitem__.
 */
final class BuiltinBases {
    /** The builtin types a class statement may derive from; the checker refuses the others by name. */
    static final Set<String> MODELLED = Set.of("list", "dict", "set", "int", "float", "str", "tuple");

    /** collections.OrderedDict, a module type a class statement may derive from (its layout name). */
    static final String ORDERED_DICT = "collections.OrderedDict";

    /** weakref.ref (weakref.ReferenceType), the other: its instances' part is a weak reference (WeakrefModule.subclassInstance). */
    static final String WEAKREF = "weakref.ref";

    /** Whether b is the type object a class statement names as one of the module bases above. */
    static String moduleBase(PyObject b) {
        if (!(b instanceof com.studyhall.simulation.heap.PyBuiltin t) || t.self != null) return null;
        String name = t.owner + "." + t.name;
        return name.equals(ORDERED_DICT) || name.equals(WEAKREF) ? name : null;
    }

    /**
     * The immutable ones: their __new__ gives the instance its value, and their code works on that
     * value ({@link #receiver}); what it returns is a plain int, float, str or tuple.
     */
    static final Set<String> VALUES = Set.of("int", "float", "str", "tuple");

    /** Var-sized bases (tp_itemsize != 0): a subclass gets no __weakref__ slot and allows only empty __slots__. */
    static final Set<String> VAR_SIZED = Set.of("int", "tuple");

    /** What a class statement naming two of them (class Both(list, dict)) derives from: no layout at all. */
    static final String CONFLICT = "<conflict>";

    private BuiltinBases() { }

    /** The builtin type a new class's instances are: the one it names, or the one its bases derive from. */
    static String inherited(String named, List<PyClass> bases) {
        if (CONFLICT.equals(named)) throw new PyRaise("TypeError", "multiple bases have instance lay-out conflict");
        String found = named;
        for (PyClass b : bases) {
            if (b.builtinBase == null) continue;
            if (found != null && !found.equals(b.builtinBase)) throw new PyRaise("TypeError", "multiple bases have instance lay-out conflict");
            found = b.builtinBase;
        }
        // BaseException's layout and a list's cannot be one object either.
        if (found != null && bases.stream().anyMatch(ExceptionClasses::isException)) {
            throw new PyRaise("TypeError", "multiple bases have instance lay-out conflict");
        }
        return found;
    }

    /**
     * Whether name, not found in the program's classes, is the builtin base's method or special
     * method (list.append, dict.__setitem__), read as a method bound to the instance.
     */
    static boolean answers(BuiltinType base, String name) {
        if (base.hasMethod(name)) return true;
        if (base instanceof WeakrefType) return WeakrefType.SLOTS.contains(name);
        // OrderedDict's slots are dict's or its own overrides of them (odict_mp_ass_sub, odict_iter...).
        String type = base instanceof OrderedDictType ? "dict" : base.name;
        return SlotWrappers.SUPPORTED.contains(name) && TypeAttributes.entry(type, name) != null;
    }

    /**
     * dict.fromkeys on a subclass calls the class and then its (overridden) __setitem__ for each key:
     * not modelled, so it ends the run by name rather than returning a plain dict.
     */
    static void refuseFromkeys(String name, String base) {
        if (name.equals("fromkeys")) {
            throw new PyRaise("TypeError", "fromkeys on a class deriving from '" + base + "' is not supported in the memory lab");
        }
    }

    /**
     * What the builtin type's code works on for o: the value an instance of an int, float, str or
     * tuple subclass holds, o itself otherwise (a list subclass's instance is read through bodyOf).
     */
    static PyObject receiver(PyObject o) {
        return o instanceof PyInstance i && i.holdsValue() ? i.body : o;
    }

    /**
     * type_new: int and tuple keep their items inside the object, so a subclass may not add slots
     * (str may: its characters live apart from a subclass's instance).
     */
    static void checkSlots(String layout, List<String> slots, List<PyClass> bases) {
        if (slots != null && !slots.isEmpty() && layout != null && VAR_SIZED.contains(layout)) {
            throw new PyRaise("TypeError", "nonempty __slots__ not supported for subtype of '" + layout + "'");
        }
        // type_new_visit_slots: '__weakref__' may be named once, where no base has the slot already.
        if (slots != null && slots.contains("__weakref__")
                && (slots.indexOf("__weakref__") != slots.lastIndexOf("__weakref__") || bases.stream().anyMatch(b -> b.instanceWeakrefs))) {
            throw new PyRaise("TypeError", "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0");
        }
    }

    /** The builtin type whose slots an instance falls back to, or null for a plain instance. */
    /** The builtin type a layout name stands for (OrderedDict's is not registered by name). */
    static BuiltinType layoutType(Types types, String layout) {
        if (WEAKREF.equals(layout)) return types.of(com.studyhall.simulation.heap.PyWeakref.class);
        return ORDERED_DICT.equals(layout) ? types.of(com.studyhall.simulation.heap.PyOrderedDict.class) : types.named(layout);
    }

    static BuiltinType of(Types types, PyObject o) {
        return o instanceof PyInstance i && i.body != null ? types.of(i.body) : null;
    }
}
