package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** type: the type of the classes a class statement makes. */
final class ClassType extends BuiltinType {
    ClassType(Interpreter in) {
        super("type", null, in);
        method("mro", (self, args, kw) -> {
            Args.count("mro", args, 0, 0);
            return in.classAttributes.mroList((PyClass) self);
        });
    }

    @Override
    long len(PyObject o) {
        if (EnumClasses.isEnumClass(o)) return in.enums.len((PyClass) o);
        return super.len(o);
    }

    @Override
    PyObject iter(PyObject o) {
        if (EnumClasses.isEnumClass(o)) return in.enums.iter((PyClass) o);
        return super.iter(o);
    }

    @Override
    java.util.List<PyObject> items(PyObject o) {
        if (EnumClasses.isEnumClass(o)) return in.enums.members((PyClass) o);
        return super.items(o);
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        if (EnumClasses.isEnumClass(o)) return in.enums.getItem((PyClass) o, key);
        return super.getItem(o, key);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        if (EnumClasses.isEnumClass(container)) return in.enums.contains((PyClass) container, item);
        return super.contains(container, item);
    }

    @Override
    String repr(PyObject o) {
        PyClass c = (PyClass) o;
        if (c.enumKind != null) return EnumClasses.classRepr(c);
        return "<class '" + (c.module != null ? c.module + "." : c.builtin ? "" : "__main__.") + c.qualname + "'>";
    }
}
