package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** function: a def or lambda; calls go through the interpreter's frames. */
final class FunctionType extends BuiltinType {
    FunctionType(Interpreter in) {
        super("function", null, in);
    }

    /** The memory-relevant data attributes: the defaults evaluated once, and the closure's cells. */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyFunction f = (PyFunction) o;
        switch (attr) {
            case "__name__": return v.intern(f.def.name());
            case "__qualname__": return v.intern(f.qualname);
            case "__module__": return v.intern("__main__");
            case "__doc__": {
                String doc = ClassSupport.docstring(f.def.body());
                return doc == null ? v.none : v.str(doc);
            }
            default: break;
        }
        PyObject value = switch (attr) {
            case "__closure__" -> f.closure;
            case "__defaults__" -> f.defaults;
            case "__kwdefaults__" -> f.kwdefaults;
            default -> null;
        };
        if (value == null) return attr.equals("__closure__") || attr.equals("__defaults__") || attr.equals("__kwdefaults__") ? v.none : null;
        return heap.newRef(value);
    }

    @Override
    String repr(PyObject o) {
        PyFunction f = (PyFunction) o;
        return "<function " + f.qualname + " at " + Reprs.address(f) + ">";
    }
}
