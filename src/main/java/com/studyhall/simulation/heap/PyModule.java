package com.studyhall.simulation.heap;

/** An imported module (gc, sys, weakref): shared, its attributes are builtins. */
public final class PyModule extends PyWeakReferenceable {
    public final String name;

    public PyModule(String name) {
        this.name = name;
        shared = true;
    }

    @Override
    public String typeName() {
        return "module";
    }

    @Override
    public long sizeof() {
        return 72;
    }

    @Override
    public String shortValue() {
        return "<module '" + name + "'>";
    }
}
