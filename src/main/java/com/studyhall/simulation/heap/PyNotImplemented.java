package com.studyhall.simulation.heap;

/** The NotImplemented singleton a slot wrapper returns for an operand it does not handle ({@code (1).__eq__("a")}). */
public final class PyNotImplemented extends PyObject {
    @Override
    public String typeName() {
        return "NotImplementedType";
    }

    @Override
    public long sizeof() {
        return 16;
    }

    @Override
    public String shortValue() {
        return "NotImplemented";
    }
}
