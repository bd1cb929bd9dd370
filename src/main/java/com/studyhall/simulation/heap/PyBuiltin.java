package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A builtin function or method. Module-level builtins are shared; a method taken from an object
 * ({@code f = lst.append}) holds its self.
 */
public final class PyBuiltin extends PyWeakReferenceable {
    public final String name;
    public PyObject self;
    public final String owner;
    /** runtime.CallableKinds' answer for this function or type (not for a bound method), kept after the first call. */
    public Object callKind;

    /** Builtins that are type objects (int, str...): the constructors are the types themselves. */
    public static final java.util.Set<String> TYPE_NAMES = java.util.Set.of("int", "str", "float", "complex", "bool", "list", "dict",
            "tuple", "set", "bytes", "bytearray", "memoryview", "frozenset", "range", "slice", "type", "enumerate", "object", "staticmethod", "classmethod", "property", "super");
    private static final java.util.Set<String> COLLECTIONS_CLASSES = java.util.Set.of("deque", "defaultdict", "Counter", "OrderedDict");

    public PyBuiltin(String name, PyObject self, String owner) {
        this.name = name;
        this.self = self;
        this.owner = owner;
    }

    @Override
    public String typeName() {
        return isTypeObject() ? "type" : "builtin_function_or_method";
    }

    /** A type object (int, NoneType, collections.deque) rather than a function or a bound method. */
    public boolean isTypeObject() {
        if (self != null) return false;
        return "<type>".equals(owner) || (owner == null && TYPE_NAMES.contains(name))
                || ("collections".equals(owner) && COLLECTIONS_CLASSES.contains(name));
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        if (self != null) visit.accept(self);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        if (self != null) visit.accept("__self__", self);
    }

    @Override
    public void releaseContents(Heap heap) {
        PyObject s = self;
        self = null;
        if (s != null) heap.decref(s);
    }

    @Override
    public long sizeof() {
        return 72;
    }

    @Override
    public String shortValue() {
        return name;
    }
}
