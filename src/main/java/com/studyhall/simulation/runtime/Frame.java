package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.resolve.Scope;
import java.util.List;
import java.util.Set;

/**
 * A Python frame: fast locals in co_localsplusnames order (null for the module frame and class
 * bodies, which use dicts). A slot the resolver marks as a cell holds a PyCell, not the value.
 */
final class Frame {
    final String name;
    final PyDict globals;
    final List<String> varnames;
    final PyObject[] locals;
    final Set<String> globalNames;
    /** The function object the frame runs (released after the locals, as _PyFrame_Clear does). */
    final PyObject function;
    /** The resolver's layout for a function or comprehension frame; null for module and class frames. */
    final Scope scope;
    /** The code object the frame runs, whose warm-up (Scope.warmUp) its calls and loops advance. */
    Scope code;
    /** A generator's frame: its references belong to the generator object. */
    boolean ownedByGenerator;
    /** f_locals: the dict locals(), vars() or dir() made for this function's frame (FrameLocals), or null. */
    com.studyhall.simulation.heap.PyDict fLocals;
    /** The frame object a traceback made for this frame (one reference held by the running frame), or null. */
    com.studyhall.simulation.heap.PyFrameObject frameObject;
    int line;
    /** The trace's view of this frame; null until a traced step shows it. */
    FrameView traceView;

    Frame(String name, PyDict globals, List<String> varnames, Set<String> globalNames, PyObject function) {
        this.name = name;
        this.globals = globals;
        this.varnames = varnames;
        this.locals = varnames == null ? null : new PyObject[varnames.size()];
        this.globalNames = globalNames;
        this.function = function;
        this.scope = null;
    }

    Frame(String name, PyDict globals, Scope scope, PyObject function) {
        this.name = name;
        this.globals = globals;
        this.varnames = scope.slots();
        this.locals = new PyObject[varnames.size()];
        this.globalNames = Set.of();
        this.function = function;
        this.scope = scope;
        this.code = scope;
    }

    boolean isModule() {
        return locals == null;
    }

    int slot(String n) {
        if (scope != null) return scope.slot(n);
        return varnames == null ? -1 : varnames.indexOf(n);
    }

    /** {@link #slot(String)} of a name node, which remembers its slot in a function's scope. */
    int slot(com.studyhall.simulation.syntax.Expr.Name n) {
        if (scope != null) return scope.slot(n);
        return slot(n.name());
    }

    boolean isCell(int slot) {
        return scope != null && scope.isCell(slot);
    }
}
