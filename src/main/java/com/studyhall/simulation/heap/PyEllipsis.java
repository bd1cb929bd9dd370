package com.studyhall.simulation.heap;

/** The Ellipsis singleton, the value of {@code ...} (a placeholder body: {@code def area(self): ...}). */
public final class PyEllipsis extends PyObject {
    public PyEllipsis() {
        shared = true;
    }

    @Override
    public String typeName() {
        return "ellipsis";
    }

    @Override
    public long sizeof() {
        return 16;
    }

    @Override
    public String shortValue() {
        return "Ellipsis";
    }
}
