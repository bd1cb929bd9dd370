package com.studyhall.simulation.heap;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A descriptor in a builtin type's dict: {@code str.upper} (method_descriptor), {@code int.__add__}
 * (wrapper_descriptor, a slot wrapper) or {@code dict.__dict__['fromkeys']} (classmethod_descriptor).
 * CPython made it at start-up and the type's dict holds it, so every access returns the same object;
 * it refers to the type that owns it ({@code __objclass__}).
 */
public final class PyMethodDescriptor extends PyObject {
    /** The descriptor's Python type name: method_descriptor, wrapper_descriptor or classmethod_descriptor. */
    public final String kind;
    public final String name;
    /** The name of the type whose dict holds it (bool.__add__ is int's). */
    public final String ownerName;
    /** The owning type object (a borrowed, shared object: builtin types are immortal in practice). */
    public final PyObject owner;

    public PyMethodDescriptor(String kind, String name, String ownerName, PyObject owner) {
        this.kind = kind;
        this.name = name;
        this.ownerName = ownerName;
        this.owner = owner;
    }

    public boolean isSlotWrapper() {
        return kind.equals("wrapper_descriptor");
    }

    @Override
    public String typeName() {
        return kind;
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public void traverse(Consumer<PyObject> visit) {
        visit.accept(owner);
    }

    @Override
    public void labeledRefs(BiConsumer<String, PyObject> visit) {
        visit.accept("__objclass__", owner);
    }

    @Override
    public long sizeof() {
        return 72;
    }

    @Override
    public String shortValue() {
        return ownerName + "." + name;
    }
}
