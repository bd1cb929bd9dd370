package com.studyhall.simulation.heap;

import com.studyhall.simulation.syntax.Stmt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A function defined with def (or a method in a class body); it holds its module's globals. */
public final class PyFunction extends PyObject {
    public final Stmt.FunctionDef def;
    public final String qualname;
    public PyDict globals;
    /** Default values as a tuple (CPython's __defaults__), or null. */
    public PyTuple defaults;
    /** Keyword-only defaults as a dict (CPython's __kwdefaults__), or null. */
    public PyDict kwdefaults;
    /** The cells of the enclosing scopes this function reads (__closure__), or null. */
    public PyTuple closure;
    /** The annotations as CPython 3.11 keeps them: a tuple of names and values, or null. */
    public PyTuple annotations;
    /** The resolver's scope for the function's code (its frame layout). */
    public com.studyhall.simulation.resolve.Scope scope;
    /**
     * The class whose body defined this method, for zero-argument super(): CPython's __class__
     * cell, whose reference to the class is one of {@link PyClass#hiddenRefs}.
     */
    public PyClass definingClass;

    public PyFunction(Stmt.FunctionDef def, String qualname, PyDict globals, PyTuple defaults) {
        this.def = def;
        this.qualname = qualname;
        this.globals = globals;
        this.defaults = defaults;
    }

    @Override
    public String typeName() {
        return "function";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (globals != null) visit.accept(globals);
        if (defaults != null) visit.accept(defaults);
        if (kwdefaults != null) visit.accept(kwdefaults);
        if (closure != null) visit.accept(closure);
        if (annotations != null) visit.accept(annotations);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (globals != null) visit.accept("__globals__", globals);
        if (defaults != null) visit.accept("__defaults__", defaults);
        if (kwdefaults != null) visit.accept("__kwdefaults__", kwdefaults);
        if (closure != null) visit.accept("__closure__", closure);
        if (annotations != null) visit.accept("__annotations__", annotations);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyDict g = globals;
        PyTuple d = defaults;
        PyDict k = kwdefaults;
        PyTuple c = closure;
        PyTuple a = annotations;
        annotations = null;
        globals = null;
        defaults = null;
        kwdefaults = null;
        closure = null;
        if (g != null) heap.decref(g);
        if (d != null) heap.decref(d);
        if (k != null) heap.decref(k);
        if (c != null) heap.decref(c);
        if (a != null) heap.decref(a);
    }

    @Override
    public long sizeof() {
        return 152;
    }

    @Override
    public String shortValue() {
        return qualname + "()";
    }
}
