package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * abc (Lib/abc.py with Modules/_abc.c): the class ABC, whose metaclass ABCMeta records a class's
 * abstract methods when the class is made, and abstractmethod, which marks a function. object_new
 * refuses to instantiate a class that still has abstract methods. ABC is made when a program first
 * reads it (CPython imports abc at start-up, so it is a shared object). ABCMeta's caches of
 * subclasses for isinstance, register() and ABCMeta as a metaclass keyword are not modelled.
 */
final class AbcModule extends NativeModule {
    private PyClass abc;

    AbcModule(Interpreter in) {
        super("abc", in);
        function("abstractmethod", (args, kw) -> abstractmethod(one("abstractmethod", args)));
    }

    @Override
    java.util.Set<String> valueNames() {
        return java.util.Set.of("ABC");
    }

    @Override
    PyObject value(String attr) {
        return attr.equals("ABC") ? heap.newRef(abcClass()) : null;
    }

    /** class ABC(metaclass=ABCMeta): __slots__ = (), so its instances have no dict of their own. */
    private PyClass abcClass() {
        if (abc == null) {
            PyDict dict = v.shared(new PyDict());
            abc = new PyClass("ABC", dict, List.of(), List.of(), List.of(), 0);
            abc.module = "abc";
            abc.abcMeta = true;
            abc.abstractMethods = List.of();
            v.shared(abc);
        }
        return abc;
    }

    /** funcobj.__isabstractmethod__ = True (the function's own __dict__ holds it); returns funcobj. */
    private PyObject abstractmethod(PyObject f) {
        in.attributes.set(f, "__isabstractmethod__", v.bool(true));
        return heap.newRef(f);
    }

    /**
     * ABCMeta.__new__ (_abc_init): the names in the class body whose values are abstract, then each
     * name abstract in a base that the new class still resolves to an abstract value; sorted, as
     * object_new lists them in its error.
     */
    static List<String> abstractMethods(PyClass cls) {
        TreeSet<String> names = new TreeSet<>();
        for (PyObject[] e : cls.dict.entries()) {
            if (e[0] instanceof PyStr s && isAbstract(e[1])) names.add(s.value);
        }
        for (PyClass base : cls.bases) {
            if (base.abstractMethods == null) continue;
            for (String name : base.abstractMethods) if (isAbstract(cls.lookup(name))) names.add(name);
        }
        return new ArrayList<>(names);
    }

    /** getattr(value, "__isabstractmethod__", False): a marked function, or a property or method wrapper of one. */
    static boolean isAbstract(PyObject value) {
        if (value instanceof PyFunction f) return f.dict != null && f.dict.getStr("__isabstractmethod__") instanceof PyBool b && b.truth();
        if (value instanceof PyDescriptor d) return isAbstract(d.fget) || isAbstract(d.fset) || isAbstract(d.fdel);
        return false;
    }

    /** object_new's TypeError for a class that still has abstract methods. */
    static PyRaise cannotInstantiate(PyClass cls) {
        List<String> names = cls.abstractMethods;
        return new PyRaise("TypeError", "Can't instantiate abstract class " + cls.name + " with abstract method"
                + (names.size() > 1 ? "s " : " ") + String.join(", ", names));
    }
}
