package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyObject;
import java.util.List;

/**
 * What every iterator type shares (generators, the containers' iterators, map/filter/zip, the
 * itertools objects): iter() of an iterator is itself, taking all its items drains it, and
 * {@code x in it} consumes it up to the first item that is or equals x. Each subclass supplies
 * tp_iternext, reached through {@link Builtins#next}.
 */
abstract class IteratorType extends BuiltinType {
    IteratorType(String name, Interpreter in) {
        super(name, null, in);
    }

    @Override
    final PyObject iter(PyObject o) {
        return heap.newRef(o);
    }

    /** The remaining items; the values belong to scratch until the statement ends. */
    @Override
    final List<PyObject> items(PyObject o) {
        return IterType.drainToScratch(builtins(), o);
    }

    @Override
    final boolean contains(PyObject container, PyObject item) {
        return iterSearch(container, item);
    }
}
