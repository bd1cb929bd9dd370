package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/** generator: its own iterator; iterating it resumes the body (see {@link Generators}). */
final class GeneratorType extends BuiltinType {
    GeneratorType(Interpreter in) {
        super("generator", null, in);
    }

    /** gi_name: the function's name (the last part of its qualified name). */
    @Override
    PyObject attribute(PyObject o, String attr) {
        if (!attr.equals("__name__")) return null;
        String q = ((PyGenerator) o).qualname;
        return v.str(q.substring(q.lastIndexOf('.') + 1));
    }

    /** `x in iterator` consumes the iterator up to the first item that is or equals x. */
    @Override
    boolean contains(PyObject container, PyObject item) {
        return iterSearch(container, item);
    }

    @Override
    PyObject iter(PyObject o) {
        return heap.newRef(o);
    }

    /** Drives the generator to the end; the values belong to scratch until the statement ends. */
    @Override
    List<PyObject> items(PyObject o) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = in.generators.nextValue((PyGenerator) o); x != null; x = in.generators.nextValue((PyGenerator) o)) {
            out.add(x);
            builtins().scratch.add(x);
        }
        return out;
    }

    @Override
    String repr(PyObject o) {
        return "<generator object " + ((PyGenerator) o).qualname + " at " + Reprs.address(o) + ">";
    }
}
