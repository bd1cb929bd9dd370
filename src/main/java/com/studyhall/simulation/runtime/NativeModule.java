package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module implemented in Java (builtins, gc, sys, weakref): a table from name to function. Adding
 * a function means one {@link #function} call in the module's constructor.
 */
abstract class NativeModule {
    /** A native function's body: arguments are borrowed, the result is a new reference. */
    @FunctionalInterface
    interface Body {
        PyObject call(List<PyObject> args, Map<String, PyObject> kwargs);
    }

    /**
     * A function of the module; qualifiedName is what its error messages call it, shape its row in
     * the argument-shape table (module and name: builtins' and operator's functions share bare names).
     */
    record Function(String name, String qualifiedName, String shape, boolean takesKeywords, Body body) {
        PyObject call(List<PyObject> args, Map<String, PyObject> kwargs) {
            ArgumentShapes.checkFunction(shape, args, kwargs);
            if (!takesKeywords && !kwargs.isEmpty()) {
                throw new PyRaise("TypeError", qualifiedName + "() takes no keyword arguments");
            }
            return body.call(args, kwargs);
        }
    }

    final String name;
    final Interpreter in;
    final Heap heap;
    final Values v;
    private final Map<String, Function> functions = new LinkedHashMap<>();

    NativeModule(String name, Interpreter in) {
        this.name = name;
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    /** Registers a function that refuses keyword arguments. */
    final void function(String fname, Body body) {
        functions.put(fname, new Function(fname, qualify(fname), name + "." + fname, false, body));
    }

    /** Registers a function that reads its own keyword arguments. */
    final void keywordFunction(String fname, Body body) {
        functions.put(fname, new Function(fname, qualify(fname), name + "." + fname, true, body));
    }

    /** Error messages name builtins bare (len()) and module functions with their module (gc.collect()). */
    String qualify(String fname) {
        return name + "." + fname;
    }

    final Function function(String fname) {
        return functions.get(fname);
    }

    /** The names of the module's attributes: its functions and its other values. */
    java.util.Set<String> names() {
        java.util.Set<String> names = new java.util.HashSet<>(functions.keySet());
        names.addAll(valueNames());
        return names;
    }

    /** The module's own exception class: its attribute name and qualified name (ExceptionClasses.MODULE_CLASSES). */
    private String errorAttribute, errorClass;

    /** Registers the module's exception class (json.JSONDecodeError), made when first read. */
    final void exceptionClass(String attribute, String qualified) {
        errorAttribute = attribute;
        errorClass = qualified;
    }

    /** Objects the module defines in Python (LibraryFunctions) on first read, kept for the run. */
    private final java.util.Map<String, PyObject> libraryValues = new java.util.LinkedHashMap<>();

    /** A new reference to the module's library object of that name, made on first read. */
    final PyObject libraryValue(String attr, java.util.function.Supplier<? extends PyObject> make) {
        PyObject made = libraryValues.get(attr);
        if (made == null) {
            made = make.get();
            libraryValues.put(attr, made);
        }
        return heap.newRef(made);
    }

    /** Further references the module's own structures hold to its library objects (functools' _convert). */
    final java.util.List<PyObject> libraryRefs = new java.util.ArrayList<>();

    /** What the module keeps for the whole run (one reference each): the library objects it made. */
    final java.util.Collection<PyObject> libraryKept() {
        java.util.List<PyObject> kept = new java.util.ArrayList<>(libraryValues.values());
        kept.addAll(libraryRefs);
        return kept;
    }

    /** The names {@link #value} answers. */
    java.util.Set<String> valueNames() {
        return errorAttribute == null ? java.util.Set.of() : java.util.Set.of(errorAttribute);
    }

    /** A module attribute that is not a function (gc.garbage); null when there is none. */
    PyObject value(String attr) {
        return attr.equals(errorAttribute) ? heap.newRef(in.exceptions.classes.get(errorClass)) : null;
    }

    static PyObject one(String fname, List<PyObject> args) {
        if (args.size() != 1) {
            throw new PyRaise("TypeError", fname + "() takes exactly one argument (" + args.size() + " given)");
        }
        return args.get(0);
    }
}
