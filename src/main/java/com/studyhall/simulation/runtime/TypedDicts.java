package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.Stmt;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * typing.TypedDict classes, as _TypedDictMeta.__new__ (Lib/typing.py, 3.11) makes them: the class
 * derives from dict only (its TypedDict bases lend their annotations and keys, not their place in
 * the MRO); {@code __annotations__} merges the bases' and its own, {@code __required_keys__} and
 * {@code __optional_keys__} are frozensets decided by {@code total=} and Required/NotRequired, and
 * {@code __total__} is set. Calling the class is calling dict ({@code __call__ = dict}): its
 * instances are plain dicts. isinstance() and issubclass() against it raise.
 */
final class TypedDicts {
    private final Interpreter in;
    private final Set<PyClass> classes = Collections.newSetFromMap(new IdentityHashMap<>());
    /** The class statements running over TypedDict, with their TypedDict classes among the bases. */
    private final Map<Stmt.ClassDef, List<PyClass>> building = new IdentityHashMap<>();

    TypedDicts(Interpreter in) {
        this.in = in;
    }

    /** Whether a base as written is TypedDict itself or a TypedDict class (both go through _TypedDictMeta). */
    boolean isBase(PyObject b) {
        return b instanceof PyBuiltin t && t.name.equals("TypedDict") && "typing".equals(t.owner) && t.self == null
                || b instanceof PyClass c && classes.contains(c);
    }

    /** A class statement's base that is TypedDict or a TypedDict class (a borrowed reference). */
    void base(Stmt.ClassDef s, PyObject b) {
        List<PyClass> bases = building.computeIfAbsent(s, k -> new ArrayList<>());
        if (b instanceof PyClass c) bases.add(c);
    }

    /** Whether the statement's class is a TypedDict (its bases named one), forgetting the statement. */
    List<PyClass> finish(Stmt.ClassDef s) {
        return building.remove(s);
    }

    boolean is(PyObject cls) {
        return cls instanceof PyClass c && classes.contains(c);
    }

    /**
     * _TypedDictMeta.__new__ after type.__new__ made the class over dict: the program's other bases are
     * CPython's TypeError (the class is dropped); then the annotations and the key sets.
     */
    void classMade(PyClass cls, List<PyClass> typedBases, PyObject total) {
        if (!cls.bases.isEmpty()) {
            in.heap.decref(cls);
            throw new PyRaise("TypeError", "cannot inherit from both a TypedDict type and a non-TypedDict base class");
        }
        classes.add(cls);
        boolean isTotal = total == null || in.ops.truthy(total);
        PyDict annotations = in.heap.alloc(new PyDict());
        Set<String> required = new LinkedHashSet<>();
        Set<String> optional = new LinkedHashSet<>();
        for (PyClass base : typedBases) {
            if (base.dict.getStr("__annotations__") instanceof PyDict a) {
                for (PyObject[] e : a.entries()) annotations.put(in.heap.newRef(e[0]), in.heap.newRef(e[1]), in.heap);
            }
            Set<String> baseRequired = names(base.dict.getStr("__required_keys__"));
            Set<String> baseOptional = names(base.dict.getStr("__optional_keys__"));
            required.addAll(baseRequired);
            optional.removeAll(baseRequired);
            required.removeAll(baseOptional);
            optional.addAll(baseOptional);
        }
        if (cls.dict.getStr("__annotations__") instanceof PyDict own) {
            for (PyObject[] e : own.entries()) {
                PyObject type = e[1] instanceof PyNone ? in.builtinImpl.typeObject("NoneType") : in.heap.newRef(e[1]);
                annotations.put(in.heap.newRef(e[0]), type, in.heap);
                String key = e[0] instanceof PyStr s ? s.value : in.ops.str(e[0]);
                boolean isRequired = wrappedBy(e[1], "Required") || !wrappedBy(e[1], "NotRequired") && isTotal;
                if (isRequired) {
                    required.add(key);
                    optional.remove(key);
                } else {
                    optional.add(key);
                    required.remove(key);
                }
            }
        }
        in.setAttr(cls, "__annotations__", annotations);
        in.setAttr(cls, "__required_keys__", frozenset(required));
        in.setAttr(cls, "__optional_keys__", frozenset(optional));
        if (cls.lookup("__total__") == null) in.setAttr(cls, "__total__", in.values.bool(isTotal));
    }

    /** Required[X] or NotRequired[X] (typing's alias of that form). */
    private static boolean wrappedBy(PyObject annotation, String form) {
        return annotation instanceof PyTyping t && t.kind == PyTyping.Kind.ALIAS && t.name.equals(form);
    }

    private static Set<String> names(PyObject set) {
        Set<String> names = new LinkedHashSet<>();
        if (set instanceof PySet s) for (PyObject o : s.members()) if (o instanceof PyStr str) names.add(str.value);
        return names;
    }

    /** frozenset(keys): a new reference. */
    private PyObject frozenset(Set<String> keys) {
        ArrayList<PyObject> items = new ArrayList<>();
        for (String k : keys) items.add(in.values.intern(k));
        PyObject list = in.heap.alloc(new PyList(items, items.size()));
        PyObject type = in.builtinImpl.typeObject("frozenset");
        try {
            return in.callNative(type, List.of(list), Map.of());
        } finally {
            in.heap.decref(type);
            in.heap.decref(list);
        }
    }

    /** Movie(title=..., year=...): _TypedDictMeta's __call__ is dict, so the result is a plain dict. */
    PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject type = in.builtinImpl.typeObject("dict");
        try {
            return in.callNative(type, args, kwargs);
        } finally {
            in.heap.decref(type);
        }
    }
}
