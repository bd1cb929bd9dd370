package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyInt;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyProxy;
import com.studyhall.simulation.heap.PyRaise;

/**
 * PyNumber_Index for the static argument helpers (Args, SliceValue, a sequence's item index): an
 * int stands for itself, an instance of a program class with __index__ for what that method
 * returns. The helpers have no interpreter at hand, so they reach the running program's instance
 * type through a per-thread slot: a run executes on one thread from its first line to its finish.
 */
final class NumberIndex {
    private static final ThreadLocal<InstanceType> RUNNING = new ThreadLocal<>();

    private NumberIndex() { }

    /** Binds the running program's instance type to this thread (the interpreter's run and finish). */
    static void enter(InstanceType instances) {
        RUNNING.set(instances);
    }

    static void leave() {
        RUNNING.remove();
    }

    /**
     * The int o stands for, or null when it is neither an int (an int subclass's instance counts as
     * its value) nor an instance with __index__; __index__ returning a non-int is CPython's TypeError.
     * The int __index__ returned has already been released: callers read its value only.
     */
    static PyInt of(PyObject o) {
        if (BuiltinBases.receiver(o) instanceof PyInt i) return i;
        if (o instanceof PyProxy) return ofReferent(ProxyType.live(o));
        InstanceType instances = RUNNING.get();
        if (!(o instanceof PyInstance) || instances == null || !instances.defines(o, "__index__")) return null;
        return instances.index(o);
    }

    /**
     * proxy_index: a weak proxy has the index slot, so callers take it for an index and CPython asks
     * PyNumber_Index of the referent, whose failure names the referent's type.
     */
    private static PyInt ofReferent(PyObject referent) {
        PyInt i = of(referent);
        if (i == null) throw new PyRaise("TypeError", "'" + referent.typeName() + "' object cannot be interpreted as an integer");
        return i;
    }
}
