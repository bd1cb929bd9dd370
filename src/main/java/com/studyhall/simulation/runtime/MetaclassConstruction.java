package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A program's metaclass that defines {@code __new__}, {@code __init__} or {@code __prepare__}: calling it (a class
 * statement's builtin___build_class__, or {@code Meta(name, bases, ns)}) is type_call on it, with
 * real objects where the metaclass's Python code can see them: the bases tuple, the namespace dict
 * (with the {@code __module__} and {@code __qualname__} the class body sets first) and the
 * argument tuple holding both. type.__new__ copies the namespace into the class's own dict and keeps
 * the bases tuple as __bases__ ({@link TypeCall#typeNew}).
 */
final class MetaclassConstruction {
    private final Interpreter in;
    private final Heap heap;

    MetaclassConstruction(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** Whether making a class with this metaclass runs Python code of the program's (its own __new__, __init__ or __prepare__). */
    static boolean constructs(PyClass meta) {
        return meta != null && meta.derivesFromType
                && (meta.lookup("__new__") != null || meta.lookup("__init__") != null || meta.lookup("__prepare__") != null);
    }

    /**
     * type_call(meta, args, kwargs): meta's tp_new (slot_tp_new calling its __new__ with meta
     * first, else type_new itself), then, on an instance of meta, its tp_init (slot_tp_init calling
     * __init__, else type_init's argument checks). args is a tuple the caller holds; a new reference.
     */
    PyObject call(PyClass meta, PyTuple args, Map<String, PyObject> kwargs) {
        List<PyObject> items = List.of(args.items);
        PyObject newFn = meta.lookup("__new__");
        PyObject made;
        if (newFn instanceof PyDescriptor d && d.kind.equals("staticmethod") && d.fget instanceof PyFunction fn) {
            made = callWithKeywordNames(fn, meta, items, kwargs);
        } else {
            made = in.typeCall.typeNew(meta, items, kwargs);
        }
        if (!(made instanceof PyClass cls && Metaclasses.isInstance(cls, meta))) return made;
        in.push(made);
        try {
            PyObject init = cls.metaclass.lookup("__init__");
            if (init instanceof PyFunction fn) {
                PyObject r = callWithKeywordNames(fn, cls, items, kwargs);
                if (!(r instanceof PyNone)) {
                    heap.decref(r);
                    throw new PyRaise("TypeError", "__init__() should return None, not '" + r.typeName() + "'");
                }
            } else {
                typeInit(items.size(), !kwargs.isEmpty());
            }
        } catch (RuntimeException e) {
            in.pop();
            heap.decref(made);
            throw e;
        }
        return in.pop();
    }

    /**
     * The metaclass's own __prepare__ (a classmethod, which the checker lets return only a dict):
     * bound to the metaclass (a method object, made and freed), called with the name, the bases
     * tuple and the class keywords (their names as a tuple), its result the namespace.
     */
    private PyDict prepared(PyFunction fn, PyClass meta, String name, PyTuple bases, Map<String, PyObject> keywords) {
        heap.incref(fn);
        heap.incref(meta);
        PyObject bound = heap.alloc(new PyBoundMethod(meta, fn));
        in.push(bound);
        PyObject ns;
        try {
            ns = callWithKeywordNames(fn, meta, List.of(in.values.intern(name), bases), keywords);
        } finally {
            heap.decref(in.pop());
        }
        if (ns.getClass() != PyDict.class) {
            heap.decref(ns);
            throw new PyRaise("TypeError", meta.name + ".__prepare__() must return a mapping, not " + ns.typeName());
        }
        return (PyDict) ns;
    }

    /** type_init: type.__init__ takes one or three arguments, and no keywords with one. */
    static void typeInit(int arguments, boolean keywords) {
        if (keywords && arguments == 1) throw new PyRaise("TypeError", "type.__init__() takes no keyword arguments");
        if (arguments != 1 && arguments != 3) throw new PyRaise("TypeError", "type.__init__() takes 1 or 3 arguments");
    }

    /**
     * _PyObject_Call_Prepend with a keyword dict: a Python function gets the keywords' names as a
     * tuple (_PyStack_UnpackDict), made and freed around the call.
     */
    private PyObject callWithKeywordNames(PyFunction fn, PyObject first, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) in.classCounts.alloc(Heap.FreeList.TUPLE, kwargs.size());
        try {
            return in.callPrepended(fn, first, args, kwargs);
        } finally {
            if (!kwargs.isEmpty()) in.classCounts.free(Heap.FreeList.TUPLE, kwargs.size());
        }
    }

    /**
     * Meta(name, bases, ns) called by the program: _PyObject_MakeTpCall packs the arguments into a
     * tuple (a heap metaclass has no vectorcall) and passes the keywords' dict on.
     */
    PyObject callFromProgram(PyClass meta, List<PyObject> args, Map<String, PyObject> kwargs) {
        for (PyObject a : args) heap.incref(a);
        PyTuple tuple = args.isEmpty() ? (PyTuple) heap.newRef(in.values.emptyTuple) : heap.alloc(new PyTuple(args.toArray(new PyObject[0])));
        in.push(tuple);
        if (!kwargs.isEmpty()) in.classCounts.alloc(Heap.FreeList.DICT, 0);
        try {
            return call(meta, tuple, kwargs);
        } finally {
            if (!kwargs.isEmpty()) in.classCounts.free(Heap.FreeList.DICT, 0);
            heap.decref(in.pop());
        }
    }

    /**
     * builtin___build_class__ with such a metaclass, after the bases and keywords were evaluated:
     * the bases tuple, the keyword dict (metaclass= popped), the bound type.__prepare__ and its
     * namespace (given __module__, __qualname__ and the docstring as the body's first stores), the
     * body, then meta(name, bases, ns, **keywords) through a tuple of the three. Returns what the
     * metaclass returned (a new reference); the caller counts and frees the body's function.
     */
    PyObject classStatement(com.studyhall.simulation.syntax.Stmt.ClassDef s, PyClass meta, List<PyClass> bases,
            Map<String, PyObject> keywords, boolean keywordDict, java.util.function.ToIntFunction<PyDict> body) {
        Map<String, PyObject> classKeywords = new LinkedHashMap<>(keywords);
        classKeywords.remove("metaclass");
        int base = in.stack.size();
        PyTuple basesTuple;
        if (bases.isEmpty()) {
            basesTuple = (PyTuple) heap.newRef(in.values.emptyTuple);
        } else {
            List<PyObject> items = new ArrayList<>();
            for (PyClass b : bases) items.add(heap.newRef(b));
            basesTuple = heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
        }
        in.push(basesTuple);
        if (keywordDict) in.classCounts.alloc(Heap.FreeList.DICT, 0);
        PyDict namespace = null;
        try {
            if (meta.lookup("__prepare__") instanceof PyDescriptor d && d.kind.equals("classmethod") && d.fget instanceof PyFunction fn) {
                namespace = prepared(fn, meta, s.name(), basesTuple, classKeywords);
            } else {
                // type.__prepare__, bound to the metaclass, makes an empty dict.
                in.classCounts.beforeNamespace(0, classKeywords.size(), false);
                namespace = heap.alloc(new PyDict());
                in.classCounts.afterNamespace(classKeywords.size());
            }
            in.push(namespace);
            namespace.put(in.values.intern("__module__"), in.values.intern("__main__"), heap);
            namespace.put(in.values.intern("__qualname__"), in.values.intern(in.scopes.of(s).qualname), heap);
            String doc = ClassSupport.docstring(s.body());
            if (doc != null) namespace.put(in.values.intern("__doc__"), in.values.str(doc), heap);
            heap.incref(namespace); // a body that raises lets go of its namespace: this reference
            int superMethods = body.applyAsInt(namespace);
            heap.decref(namespace);
            in.classCells.put(namespace, superMethods);
            PyTuple args = heap.alloc(new PyTuple(new PyObject[] {
                heap.newRef(in.values.intern(s.name())), heap.newRef(basesTuple), heap.newRef(namespace)}));
            in.push(args);
            return call(meta, args, classKeywords);
        } finally {
            if (namespace != null) in.classCells.remove(namespace);
            while (in.stack.size() > base) heap.decref(in.pop());
            if (keywordDict) in.classCounts.free(Heap.FreeList.DICT, 0);
        }
    }
}
