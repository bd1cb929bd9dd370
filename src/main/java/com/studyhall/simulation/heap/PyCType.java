package com.studyhall.simulation.heap;

/**
 * One of ctypes' simple types as a program reads it from the module ({@code ctypes.c_long}): a
 * type object that exists before the program starts. Width and signedness say how a value is
 * stored and how memory read at an address is cut (a c_int keeps the low 32 bits); py_object
 * holds a Python object instead of a number.
 */
public final class PyCType extends PyObject {
    public final String name;
    public final int bits;
    public final boolean signed;
    public final boolean objectPointer;

    public PyCType(String name, int bits, boolean signed, boolean objectPointer) {
        this.name = name;
        this.bits = bits;
        this.signed = signed;
        this.objectPointer = objectPointer;
    }

    @Override
    public String typeName() {
        return "_ctypes.PyCSimpleType";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    @Override
    public long sizeof() {
        return 1688;
    }

    @Override
    public String shortValue() {
        return name;
    }
}
