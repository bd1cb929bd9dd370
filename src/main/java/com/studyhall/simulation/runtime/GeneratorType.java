package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** generator: its own iterator; iterating it resumes the body (see {@link Generators}). */
final class GeneratorType extends IteratorType {
    GeneratorType(Interpreter in) {
        super("generator", in);
    }

    /** gi_name: the function's name (the last part of its qualified name). */
    @Override
    PyObject attribute(PyObject o, String attr) {
        if (!attr.equals("__name__")) return null;
        String q = ((PyGenerator) o).qualname;
        return v.str(q.substring(q.lastIndexOf('.') + 1));
    }

    @Override
    String repr(PyObject o) {
        return "<generator object " + ((PyGenerator) o).qualname + " at " + Reprs.address(o) + ">";
    }
}
