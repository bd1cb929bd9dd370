package com.studyhall.simulation.heap;

import com.studyhall.simulation.syntax.Stmt;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/** A function defined with def (or a method in a class body); it holds its module's globals. */
public final class PyFunction extends PyWeakReferenceable {
    public final Stmt.FunctionDef def;
    /** The code's qualified name (frames, call errors); {@link #funcQualname} is the attribute. */
    public String qualname;
    /** __name__ and __qualname__: the def's until the program or functools.wraps assigns them. */
    public String funcName;
    public String funcQualname;
    /** An assigned __doc__ or __module__ (owned), or null for the def's docstring and '__main__'. */
    public PyObject doc;
    public PyObject module;
    /** The function's __dict__ (owned), made by its first attribute or by reading it; null before. */
    public PyDict dict;
    public PyDict globals;
    /** Default values as a tuple (CPython's __defaults__), or null. */
    public PyTuple defaults;
    /** Keyword-only defaults as a dict (CPython's __kwdefaults__), or null. */
    public PyDict kwdefaults;
    /** The cells of the enclosing scopes this function reads (__closure__), or null. */
    public PyTuple closure;
    /**
     * The annotations as CPython 3.11 keeps them: a tuple of names and values until
     * {@code __annotations__} is read, which turns it into a dict (null when there are none).
     */
    public PyObject annotations;
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
        this.funcName = def.name();
        this.funcQualname = qualname;
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

    /** func_traverse's order (code, builtins, name and qualname are not objects here). */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (globals != null) visit.accept(globals);
        if (module != null) visit.accept(module);
        if (defaults != null) visit.accept(defaults);
        if (kwdefaults != null) visit.accept(kwdefaults);
        if (doc != null) visit.accept(doc);
        if (dict != null) visit.accept(dict);
        if (closure != null) visit.accept(closure);
        if (annotations != null) visit.accept(annotations);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (globals != null) visit.accept("__globals__", globals);
        if (defaults != null) visit.accept("__defaults__", defaults);
        if (kwdefaults != null) visit.accept("__kwdefaults__", kwdefaults);
        if (dict != null) visit.accept("__dict__", dict);
        if (closure != null) visit.accept("__closure__", closure);
        if (annotations != null) visit.accept("__annotations__", annotations);
    }

    /** func_clear's order: globals, module, defaults, kwdefaults, doc, dict, closure, annotations. */
    @Override
    public void releaseContents(Heap heap) {
        PyObject[] held = {globals, module, defaults, kwdefaults, doc, dict, closure, annotations};
        globals = null;
        module = null;
        defaults = null;
        kwdefaults = null;
        doc = null;
        dict = null;
        closure = null;
        annotations = null;
        for (PyObject o : held) if (o != null) heap.decref(o);
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
