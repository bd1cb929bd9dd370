package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** generator: its own iterator; iterating it resumes the body (see {@link Generators}). */
final class GeneratorType extends IteratorType {
    GeneratorType(Interpreter in) {
        super("generator", in);
    }

    /** The data attributes answered besides __name__ and __qualname__ (gen_getsetlist's flags of 3.11). */
    static final java.util.Set<String> DATA_ATTRIBUTES = java.util.Set.of("gi_running", "gi_suspended");

    /**
     * gi_name: the function's name (the last part of its qualified name); gi_qualname: the qualified
     * name itself; gi_running (the body is
     * executing: True only read from inside it) and gi_suspended (paused at a yield; False before
     * the first next() and after the end), shared bools.
     */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyGenerator g = (PyGenerator) o;
        if (attr.equals("gi_running")) return v.bool(g.state == PyGenerator.State.RUNNING);
        if (attr.equals("gi_suspended")) return v.bool(g.state == PyGenerator.State.SUSPENDED);
        // gi_qualname is the function's __qualname__ at the call (nested and method generators keep the dots).
        if (attr.equals("__qualname__")) return v.str(g.qualname);
        if (!attr.equals("__name__")) return null;
        String q = g.qualname;
        return v.str(q.substring(q.lastIndexOf('.') + 1));
    }

    @Override
    String repr(PyObject o) {
        return "<generator object " + ((PyGenerator) o).qualname + " at " + Reprs.address(o) + ">";
    }
}
