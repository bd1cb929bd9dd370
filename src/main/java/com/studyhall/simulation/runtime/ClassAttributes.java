package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributes type's getsets answer for a class (type_qualname, type_module, type_get_doc,
 * the __mro__/__bases__/__base__ members) and type.mro. The engine keeps a class's MRO and bases
 * as lists rather than the hidden tuples CPython holds, so __mro__ and __bases__ build an equal
 * tuple on each read; object, which the lists leave out, is put back at the end.
 */
final class ClassAttributes {
    private final Interpreter in;
    private final Heap heap;

    ClassAttributes(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** A new reference to the special attribute, or null when name is not one of them. */
    PyObject get(PyClass cls, String name) {
        return switch (name) {
            case "__qualname__" -> in.values.intern(cls.qualname);
            case "__module__" -> module(cls);
            case "__doc__" -> {
                if (cls.builtin) throw new PyRaise("TypeError", "the docstring of the builtin class '" + cls.name + "' is not supported in the memory lab");
                yield cls.doc == null ? in.values.none : in.values.str(cls.doc);
            }
            case "__mro__" -> tuple(withObject(cls.mro));
            case "__bases__" -> cls.namedBase != null && !cls.isNamedTupleItself() ? tuple(List.of(heap.newRef(cls.namedBase)))
                    : cls.builtinBaseDirect ? tuple(withBuiltinBase(refs(cls.bases), cls))
                    : cls.bases.isEmpty() ? tuple(withObject(List.of())) : tuple(refs(cls.bases));
            case "__base__" -> cls.namedBase != null && !cls.isNamedTupleItself() ? heap.newRef(cls.namedBase) : cls.bases.isEmpty() ? (cls.builtinBaseDirect ? in.builtinImpl.typeObject(cls.builtinBase) : objectType())
                    : heap.newRef(cls.bases.get(0));
            case "__dict__" -> {
                if (cls.builtin) throw new PyRaise("TypeError", "the __dict__ of the builtin class '" + cls.name + "' is not supported in the memory lab");
                heap.incref(cls.dict);
                yield heap.alloc(new PyMappingProxy(cls, cls.dict));
            }
            case "mro" -> cls.lookup("mro") != null ? null : bound("mro", cls);
            case "__subclasses__" -> cls.lookup("__subclasses__") != null ? null : bound("__subclasses__", cls);
            case "__abstractmethods__" -> abstractMethods(cls);
            case "register" -> cls.abcMeta && cls.lookup("register") == null ? bound("register", cls) : null;
            default -> null;
        };
    }

    /**
     * ABCMeta's __abstractmethods__: a frozenset of the names (type_abstractmethods' AttributeError
     * for a class without one). The lab makes a stand-in at each read: the checker lets it be read
     * only where that is not observable (sorted, len, in...; not with gc).
     */
    private PyObject abstractMethods(PyClass cls) {
        if (cls.abstractMethods == null) throw new PyRaise("AttributeError", "__abstractmethods__");
        // A stand-in for the hidden frozenset the class already counted: neither its making nor its
        // freeing moves generation 0's count, so no automatic collection starts here that CPython skips.
        PyFrozenSet stand = new PyFrozenSet();
        stand.standIn = true;
        PyFrozenSet names = heap.allocCounted(stand);
        for (String n : cls.abstractMethods) names.add(in.values.intern(n), heap);
        return names;
    }

    /** type.mro(): the linearization as a new list. */
    PyObject mroList(PyClass cls) {
        List<PyObject> items = withObject(cls.mro);
        return heap.alloc(new PyList(new ArrayList<>(items), items.size()));
    }

    private PyObject module(PyClass cls) {
        PyObject own = cls.dict == null ? null : cls.dict.getStr("__module__");
        if (own != null) return heap.newRef(own);
        return in.values.intern(cls.module != null ? cls.module : cls.builtin ? "builtins" : "__main__");
    }

    /** One of type's methods bound to the class (mro, __subclasses__). */
    private PyObject bound(String name, PyClass cls) {
        heap.incref(cls);
        return heap.alloc(new PyBuiltin(name, cls, null));
    }

    /**
     * type.__subclasses__(): the classes whose bases name cls and that still exist, oldest first (the
     * order of tp_subclasses, a dict add_subclass inserts into and type_dealloc removes from), so a
     * class no name refers to stays listed until the collection that frees it.
     */
    PyObject subclassesList(PyClass cls) {
        List<PyClass> found = new ArrayList<>();
        for (int gen = 0; gen <= Heap.PERMANENT; gen++) {
            for (PyObject o : heap.list(gen)) {
                if (o instanceof PyClass c && !c.freed && c.bases.contains(cls)) found.add(c);
            }
        }
        found.sort(java.util.Comparator.comparingInt(c -> c.id));
        ArrayList<PyObject> items = new ArrayList<>();
        for (PyClass c : found) items.add(heap.newRef(c));
        return heap.alloc(new PyList(items, items.size()));
    }

    private PyObject tuple(List<PyObject> items) {
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    private List<PyObject> refs(List<PyClass> classes) {
        List<PyObject> items = new ArrayList<>();
        for (PyClass c : classes) items.add(heap.newRef(c));
        return items;
    }

    /** New references to the classes, then to object, which ends every MRO and stands for no bases. */
    private List<PyObject> withObject(List<PyClass> classes) {
        List<PyObject> items = refs(classes);
        // A class deriving from a namedtuple class has it next, then tuple.
        if (!classes.isEmpty() && classes.get(0).namedBase != null && !classes.get(0).isNamedTupleItself()) items.add(heap.newRef(classes.get(0).namedBase));
        // A class deriving from list has it after the program's classes, before object; enum's IntEnum
        // and StrEnum name it first among their bases: (C, IntEnum, int, ReprEnum, Enum, object), as
        // does a program's enum class mixing it in: (Color, str, Enum, object).
        if (!classes.isEmpty() && classes.get(0).builtinBase != null) {
            int at = items.size();
            for (int i = classes.size() - 1; i >= 0; i--) {
                PyClass c = classes.get(i);
                if (c.builtinBaseDirect && (c.module != null || c.enumKind != null || c.builtinBaseAt == 0)) {
                    at = i + 1;
                    break;
                }
            }
            items.add(at, in.builtinImpl.typeObject(classes.get(0).builtinBase));
            // OrderedDict's own MRO follows it: (LRU, OrderedDict, dict, object).
            if (BuiltinBases.ORDERED_DICT.equals(classes.get(0).builtinBase)) items.add(at + 1, in.builtinImpl.typeObject("dict"));
        }
        items.add(objectType());
        return items;
    }

    /** The builtin type a class statement named as a base, where it was written among the program's classes. */
    private List<PyObject> withBuiltinBase(List<PyObject> items, PyClass cls) {
        items.add(cls.builtinBaseAt < 0 ? items.size() : cls.builtinBaseAt, in.builtinImpl.typeObject(cls.builtinBase));
        return items;
    }

    private PyObject objectType() {
        return in.builtinImpl.typeObject("object");
    }
}
