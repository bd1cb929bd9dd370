package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * {@code list[int]}, {@code dict[str, int]} (types.GenericAlias), as type hints make them when a
 * def's annotations are evaluated: it holds the origin type and the tuple of arguments.
 */
public final class PyGenericAlias extends PyObject {
    public PyObject origin;
    public PyTuple args;
    /** Made by collections.abc.Callable[...]: a _CallableGenericAlias, printed with its arguments in a list. */
    public boolean callable;

    public PyGenericAlias(PyObject origin, PyTuple args) {
        this.origin = origin;
        this.args = args;
    }

    @Override
    public String typeName() {
        return callable ? "collections.abc._CallableGenericAlias" : "types.GenericAlias";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** ga_traverse: origin, args (the parameters are computed only when asked for). */
    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (origin != null) visit.accept(origin);
        if (args != null) visit.accept(args);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (origin != null) visit.accept("__origin__", origin);
        if (args != null) visit.accept("__args__", args);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject o = origin;
        PyObject a = args;
        origin = null;
        args = null;
        if (o != null) heap.decref(o);
        if (a != null) heap.decref(a);
    }

    @Override
    public long sizeof() {
        return 80;
    }
}
