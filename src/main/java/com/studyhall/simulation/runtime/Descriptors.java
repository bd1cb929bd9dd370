package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The descriptor protocol of a program's classes: an instance whose class defines {@code __get__}
 * (tp_descr_get, slot_tp_descr_get) and {@code __set__} or {@code __delete__} (tp_descr_set,
 * slot_tp_descr_set; either makes it a data descriptor, which wins over the instance's own
 * attributes), and {@code __set_name__}, called by type_new for each value of a new class's dict.
 * Python code runs while the attribute lookup holds its own reference to the descriptor (the
 * Py_INCREF(descr) of _PyObject_GenericGetAttrWithDict), declared on the value stack.
 */
final class Descriptors {
    private final Interpreter in;
    private final Heap heap;

    Descriptors(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** The descriptor's class when c is an instance of a program's class with the given hook, else null. */
    private static PyObject hook(PyObject c, String name) {
        return c instanceof PyInstance d && d.cls != null && d.exc == null ? d.cls.lookup(name) : null;
    }

    /** Whether c has tp_descr_get (its class defines __get__). */
    static boolean hasGet(PyObject c) {
        return hook(c, "__get__") != null;
    }

    /** PyDescr_IsData: its class defines __set__ or __delete__. */
    static boolean isData(PyObject c) {
        return hook(c, "__set__") != null || hook(c, "__delete__") != null;
    }

    /**
     * descr.__get__(obj, type), obj null for a read through the class (None in the call); holder is
     * what the caller holds while it runs (the instance, the class or the super object): a new reference.
     */
    PyObject get(PyObject descr, PyObject obj, PyClass type, PyObject holder) {
        PyObject owner = obj == null ? in.values.none : obj;
        return call(descr, hook(descr, "__get__"), List.of(holder), List.of(descr, owner, type));
    }

    /** descr.__set__(obj, value) (borrows value); AttributeError __set__ when only __delete__ is defined. */
    void set(PyObject descr, PyObject obj, PyObject value) {
        PyObject f = hook(descr, "__set__");
        if (f == null) throw new PyRaise("AttributeError", "__set__");
        heap.decref(call(descr, f, List.of(obj, value), List.of(descr, obj, value)));
    }

    /** descr.__delete__(obj); AttributeError __delete__ when only __set__ is defined. */
    void delete(PyObject descr, PyObject obj) {
        PyObject f = hook(descr, "__delete__");
        if (f == null) throw new PyRaise("AttributeError", "__delete__");
        heap.decref(call(descr, f, List.of(obj), List.of(descr, obj)));
    }

    /** Calls the hook with the lookup's own reference to descr held, and the caller's operands declared. */
    private PyObject call(PyObject descr, PyObject f, List<PyObject> held, List<PyObject> args) {
        int depth = in.stack.size();
        heap.incref(descr);
        in.push(descr);
        held.forEach(in::push);
        try {
            return in.callBorrowed(f, new ArrayList<>(args));
        } finally {
            while (in.stack.size() > depth + 1) in.pop();
            heap.decref(in.pop());
        }
    }

    /**
     * type_new_set_names: over a copy of the new class's dict (while the class statement's namespace,
     * copied into the class, is still alive: one more reference to each value), each value whose type
     * has __set_name__ gets it called, bound (_PyObject_LookupSpecial), with the class and the name.
     * An exception is chained to 3.11's RuntimeError "Error calling __set_name__ on ...".
     */
    /**
     * property.__set_name__ (a builtin method taking an argument tuple) called by type_new for
     * each property of the class dict: the bound method and its (owner, name) tuple, counted.
     */
    private void propertySetNames(PyClass cls) {
        for (PyObject[] e : cls.dict.entries()) {
            if (!(e[1] instanceof PyDescriptor d && d.kind.equals("property"))) continue;
            PyObject old = d.name;
            d.name = heap.newRef(e[0]);
            if (old != null) heap.decref(old);
            in.classCounts.alloc(Heap.FreeList.NONE, 0);
            in.classCounts.alloc(Heap.FreeList.TUPLE, 2);
            in.classCounts.free(Heap.FreeList.TUPLE, 2);
            in.classCounts.free(Heap.FreeList.NONE, 0);
        }
    }

    void setNames(PyClass cls) {
        List<PyObject[]> named = new ArrayList<>();
        for (PyObject[] e : cls.dict.entries()) if (hook(e[1], "__set_name__") instanceof PyFunction) named.add(e);
        if (named.isEmpty()) {
            // type_new_set_names iterates over a copy of the class dict all the same.
            in.classCounts.alloc(Heap.FreeList.DICT, 0);
            propertySetNames(cls);
            in.classCounts.free(Heap.FreeList.DICT, 0);
            return;
        }
        PyDict copy = heap.alloc(new PyDict());
        propertySetNames(cls);
        List<PyObject> namespace = new ArrayList<>();
        for (PyObject[] e : cls.dict.entries()) {
            copy.put(heap.newRef(e[0]), heap.newRef(e[1]), heap);
            namespace.add(heap.newRef(e[1]));
        }
        if (cls.dict.isTracked() && !copy.isTracked()) heap.track(copy);
        in.builtinImpl.hold(cls); // type_new's own reference
        in.builtinImpl.hold(copy);
        namespace.forEach(in.builtinImpl::hold);
        try {
            for (PyObject[] e : named) callSetName(cls, e[0], e[1]);
        } finally {
            for (PyObject v : namespace) {
                in.builtinImpl.unhold(v);
                heap.decref(v);
            }
            in.builtinImpl.unhold(copy);
            heap.decref(copy);
            in.builtinImpl.unhold(cls);
        }
    }

    private void callSetName(PyClass cls, PyObject key, PyObject value) {
        PyFunction f = (PyFunction) hook(value, "__set_name__");
        heap.incref(f);
        heap.incref(value);
        PyObject bound = heap.alloc(new PyBoundMethod(value, f));
        in.builtinImpl.hold(bound);
        try {
            heap.decref(in.callBorrowed(bound, new ArrayList<>(List.of(cls, key))));
        } catch (PyRaise err) {
            if (!ExceptionHandling.catchable(err)) throw err;
            throw in.exceptions.fromCause(err, "Error calling __set_name__ on '" + ((PyInstance) value).cls.name + "' instance "
                    + com.studyhall.simulation.heap.Reprs.strRepr(((PyStr) key).value) + " in '" + cls.name + "'");
        } finally {
            in.builtinImpl.unhold(bound);
            heap.decref(bound);
        }
    }
}
