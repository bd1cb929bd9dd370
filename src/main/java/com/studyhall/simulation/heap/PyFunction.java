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
    /** The cells a comprehension shares with its enclosing scope (__closure__), or null. */
    public PyTuple closure;
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
        if (closure != null) visit.accept(closure);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (globals != null) visit.accept("__globals__", globals);
        if (defaults != null) visit.accept("__defaults__", defaults);
        if (closure != null) visit.accept("__closure__", closure);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyDict g = globals;
        PyTuple d = defaults;
        PyTuple c = closure;
        globals = null;
        defaults = null;
        closure = null;
        if (g != null) heap.decref(g);
        if (d != null) heap.decref(d);
        if (c != null) heap.decref(c);
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
