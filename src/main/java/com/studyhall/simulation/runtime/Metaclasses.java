package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/**
 * The program's metaclasses (classes deriving from type): which one a class statement's class is
 * an instance of, as builtin___build_class__ and _PyType_CalculateMetaclass pick it.
 */
final class Metaclasses {
    private Metaclasses() { }

    /**
     * The winner among metaclass= (null when absent or type itself) and the metaclasses of the
     * bases: the most derived one; null when that is type. Unrelated ones are CPython's TypeError.
     */
    static PyClass of(PyObject keyword, List<PyClass> bases) {
        PyClass winner = keyword instanceof PyClass c && c.derivesFromType ? c : null;
        for (PyClass b : bases) {
            PyClass candidate = b.metaclass;
            if (candidate == null || winner != null && winner.isSubclassOf(candidate)) continue;
            if (winner == null || candidate.isSubclassOf(winner)) {
                winner = candidate;
                continue;
            }
            throw conflict();
        }
        return winner;
    }

    static PyRaise conflict() {
        return new PyRaise("TypeError", "metaclass conflict: the metaclass of a derived class must be a "
                + "(non-strict) subclass of the metaclasses of all its bases");
    }

    /** isinstance(cls, meta): the class's metaclass is meta or derives from it. */
    static boolean isInstance(PyObject o, PyClass meta) {
        return o instanceof PyClass c && c.metaclass != null && c.metaclass.isSubclassOf(meta);
    }
}
