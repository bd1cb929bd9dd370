package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * type(name, bases, dict): type_new without a class statement. The class gets a copy of the dict
 * (PyDict_Copy), a plain __new__ becomes a staticmethod and a plain __init_subclass__ a
 * classmethod, as type_new does; then __set_name__ and the base's __init_subclass__ run as for a
 * class statement.
 */
final class TypeCall {
    private final Interpreter in;
    private final Heap heap;

    TypeCall(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** The new class (a new reference); the arguments are borrowed. */
    PyClass make(List<PyObject> args, Map<String, PyObject> keywords) {
        // type_vectorcall's _PyObject_MakeTpCall: the argument tuple (and keyword dict) type_call gets.
        in.classCounts.typeCall(keywords.size(), false);
        try {
            return makeClass(args, keywords);
        } finally {
            in.classCounts.typeCallDone(keywords.size(), false);
        }
    }

    /** type(name, bases, dict): the dict is copied as it is, and the class is named by the name alone. */
    private PyClass makeClass(List<PyObject> args, Map<String, PyObject> keywords) {
        return typeNew(null, args, keywords, false);
    }

    /**
     * type.__new__(metatype, name, bases, ns) as tp_new_wrapper calls it (the builtin's packed
     * arguments are counted by the caller): the first argument must be type or a metaclass of the
     * program's; then type_new.
     */
    PyObject typeNewWrapper(List<PyObject> args, Map<String, PyObject> keywords) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "type.__new__(): not enough arguments");
        PyObject first = args.get(0);
        boolean plainType = first instanceof PyBuiltin t && t.owner == null && t.self == null && t.name.equals("type");
        if (!plainType && !(first instanceof PyClass c && c.derivesFromType)) {
            String what = first instanceof PyClass c ? c.name : first instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b) ? b.name : null;
            if (what != null) throw new PyRaise("TypeError", "type.__new__(" + what + "): " + what + " is not a subtype of type");
            throw new PyRaise("TypeError", "type.__new__(X): X is not a type object (" + first.typeName() + ")");
        }
        return typeNew(plainType ? null : (PyClass) first, args.subList(1, args.size()), keywords);
    }

    /**
     * type_new(metatype, (name, bases, ns), kwds), metatype null for type itself: the class gets a
     * copy of ns without __qualname__ (its qualified name), __module__ and __doc__ (the engine
     * answers those from the class) and keeps the bases tuple itself as __bases__. A namespace a
     * class statement made brings the statement's super() methods along (its __classcell__).
     */
    PyClass typeNew(PyClass metatype, List<PyObject> args, Map<String, PyObject> keywords) {
        return typeNew(metatype, args, keywords, true);
    }

    /**
     * type_new; fromNamespace: the dict is a class namespace (a statement's, or one a metaclass
     * passes on), whose __qualname__, __module__, __doc__ and __classcell__ the engine keeps on the
     * class rather than in its dict, and whose bases tuple the class keeps as __bases__.
     */
    private PyClass typeNew(PyClass metatype, List<PyObject> args, Map<String, PyObject> keywords, boolean fromNamespace) {
        if (args.size() != 3) {
            throw new PyRaise("TypeError", "type.__new__() takes exactly 3 arguments (" + args.size() + " given)");
        }
        if (!(args.get(0) instanceof PyStr name)) throw argument(1, "str", args.get(0));
        if (!(args.get(1) instanceof PyTuple basesTuple)) throw argument(2, "tuple", args.get(1));
        if (!(args.get(2) instanceof PyDict ns) || args.get(2).getClass() != PyDict.class) throw argument(3, "dict", args.get(2));
        PyObject qualname = ns.getStr("__qualname__");
        if (fromNamespace && qualname != null && !(qualname instanceof PyStr)) {
            throw new PyRaise("TypeError", "type __qualname__ must be a str, not " + qualname.typeName());
        }
        String[] builtinBase = new String[1];
        List<PyClass> bases = bases(basesTuple, builtinBase);
        bases.forEach(in.builtinImpl::hold);
        try {
            // _PyType_CalculateMetaclass: the most derived of the given metatype and the bases' metaclasses.
            PyClass winner = Metaclasses.of(metatype, bases);
            List<PyClass> blocked = new ArrayList<>();
            List<PyClass> ancestors = PyClass.linearize(bases, blocked);
            if (ancestors == null) throw Interpreter.mroConflict(blocked);
            String layout = BuiltinBases.inherited(builtinBase[0], bases);
            refuseRejectedWeakrefSlot(ns, layout, bases);
            PyObject doc = ns.getStr("__doc__");
            PyDict dict = copy(ns, fromNamespace ? DESCRIBED : java.util.Set.of());
            String qualified = fromNamespace && qualname != null ? ((PyStr) qualname).value : name.value;
            PyClass cls = in.newClass(new Interpreter.ClassParts(name.value, qualified, dict, bases, ancestors,
                    ClassSupport.slots(dict.getStr("__slots__"), name.value), in.classCellMethods(ns), builtinBase[0] != null, layout,
                    doc instanceof PyStr d ? d.value : null, basesTuple.items.length, false, winner, false, null));
            if (fromNamespace) cls.adoptBasesTuple(basesTuple, heap);
            in.setNamesThenInitSubclass(cls, keywords);
            return cls;
        } finally {
            for (PyClass b : bases) {
                in.builtinImpl.unhold(b);
                heap.decref(b);
            }
        }
    }

    /** Names of a namespace the engine answers from the class rather than keeping in its dict. */
    private static final java.util.Set<String> DESCRIBED = java.util.Set.of("__qualname__", "__module__", "__doc__", "__classcell__");

    private static PyRaise argument(int n, String wanted, PyObject got) {
        return new PyRaise("TypeError", "type.__new__() argument " + n + " must be " + wanted + ", not " + got.typeName());
    }

    /** The bases as owned references, object left out; list, dict or set named as builtinBase. */
    private List<PyClass> bases(PyTuple tuple, String[] builtinBase) {
        List<PyClass> bases = new ArrayList<>();
        try {
            for (PyObject b : tuple.items) {
                if (b instanceof PyBuiltin t && t.owner == null && t.self == null && t.name.equals("object")) continue;
                if (b instanceof PyBuiltin t && t.owner == null && t.self == null && BuiltinBases.MODELLED.contains(t.name)) {
                    builtinBase[0] = builtinBase[0] != null && !builtinBase[0].equals(t.name) ? BuiltinBases.CONFLICT : t.name;
                    continue;
                }
                if (!(b instanceof PyClass c)) {
                    if (b instanceof PyBuiltin t && in.builtinImpl.isTypeObject(t)) throw in.badBase(b);
                    // _PyType_CalculateMetaclass: the type of a non-class base is no metaclass of type's.
                    throw Metaclasses.conflict();
                }
                if (bases.contains(c)) throw new PyRaise("TypeError", "duplicate base class " + c.name);
                heap.incref(c);
                bases.add(c);
            }
        } catch (RuntimeException ex) {
            bases.forEach(heap::decref);
            throw ex;
        }
        return bases;
    }

    /** type_new_set_classmethod: the plain functions type_new makes classmethods. */
    static final java.util.Set<String> IMPLICIT_CLASSMETHODS = java.util.Set.of("__init_subclass__", "__class_getitem__");

    /** The class's own dict: a copy of the namespace, with type_new's __new__ and __init_subclass__ wrapping. */
    private PyDict copy(PyDict ns, java.util.Set<String> leftOut) {
        PyDict dict = heap.alloc(new PyDict());
        for (PyObject[] e : ns.entries()) {
            if (e[0] instanceof PyStr k && leftOut.contains(k.value)) continue;
            PyObject value = heap.newRef(e[1]);
            if (e[0] instanceof PyStr k && value instanceof PyFunction && k.value.equals("__new__")) {
                value = heap.alloc(new PyDescriptor("staticmethod", value, null, null));
            } else if (e[0] instanceof PyStr k && value instanceof PyFunction && IMPLICIT_CLASSMETHODS.contains(k.value)) {
                value = heap.alloc(new PyDescriptor("classmethod", value, null, null));
            }
            dict.put(heap.newRef(e[0]), value, heap);
            in.maintainTracking(dict, value);
        }
        return dict;
    }

    /**
     * type(name, bases, {'__slots__': (..., '__weakref__')}) that type_new would reject (the name
     * twice, or over a base with the slot): the class statement's TypeError and counts are modelled,
     * this path's are not, so it stops as not supported rather than making the class.
     */
    private static void refuseRejectedWeakrefSlot(PyDict ns, String layout, List<PyClass> bases) {
        List<String> declared = ClassSupport.slots(ns.getStr("__slots__"));
        if (declared == null || !declared.contains("__weakref__")) return;
        try {
            BuiltinBases.checkSlots(layout, declared, bases);
        } catch (PyRaise rejected) {
            throw new PyRaise("TypeError", "type() with a __slots__ that names '__weakref__' where CPython rejects it is not supported in the memory lab");
        }
    }
}
