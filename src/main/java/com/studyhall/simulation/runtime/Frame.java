package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyObject;
import java.util.List;
import java.util.Set;

/** A Python frame: fast locals in co_varnames order (null for the module frame, which uses globals). */
final class Frame {
    final String name;
    final PyDict globals;
    final List<String> varnames;
    final PyObject[] locals;
    final Set<String> globalNames;
    /** The function object the frame runs (released after the locals, as _PyFrame_Clear does). */
    final PyObject function;
    int line;
    /** A comprehension's free variables: the cells it shares with the enclosing scope (COPY_FREE_VARS). */
    final java.util.Map<String, com.studyhall.simulation.heap.PyCell> freeCells = new java.util.LinkedHashMap<>();

    Frame(String name, PyDict globals, List<String> varnames, Set<String> globalNames, PyObject function) {
        this.name = name;
        this.globals = globals;
        this.varnames = varnames;
        this.locals = varnames == null ? null : new PyObject[varnames.size()];
        this.globalNames = globalNames;
        this.function = function;
    }

    boolean isModule() {
        return locals == null;
    }

    int slot(String n) {
        return varnames == null ? -1 : varnames.indexOf(n);
    }
}
