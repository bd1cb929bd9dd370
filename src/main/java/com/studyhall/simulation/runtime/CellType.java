package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** cell: holds a variable shared between a function and the functions nested in it. */
final class CellType extends BuiltinType {
    CellType(Interpreter in) {
        super("cell", null, in);
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        if (!attr.equals("cell_contents")) return null;
        PyObject contents = ((PyCell) o).contents;
        if (contents == null) throw new PyRaise("ValueError", "Cell is empty");
        return heap.newRef(contents);
    }

    @Override
    String repr(PyObject o) {
        PyObject contents = ((PyCell) o).contents;
        return "<cell at " + Reprs.address(o) + ": " + (contents == null ? "empty"
                : contents.typeName() + " object at " + Reprs.address(contents)) + ">";
    }
}
