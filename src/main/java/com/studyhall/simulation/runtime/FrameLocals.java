package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * locals(), vars() and dir() without an argument, as CPython 3.11's PyEval_GetLocals answers them.
 * At module level that is the module's dict (globals()). In a function it is the frame's f_locals:
 * one dict per frame, made by the first call (PyDict_New, counted by gc.get_count()) and refreshed
 * by every call (_PyFrame_FastToLocalsWithError): each local, cell and free variable in
 * co_localsplusnames order is stored under its name (a cell's contents), and a name without a value
 * is deleted (an absent one raises and clears a KeyError, whose argument tuple gc.get_count() sees
 * right after a collection). So the dict is the same object each time, holds what it held at the last call (a
 * deleted local stays alive in it until the next), holds itself once bound to a local and refreshed
 * (a cycle), and lives as long as the frame (freed after its locals, as _PyFrame_Clear does; a
 * traceback's frame object takes it over with the locals).
 */
final class FrameLocals {
    private FrameLocals() { }

    /** The dict locals() returns in the running frame (borrowed). */
    static PyDict of(Interpreter in) {
        Frame f = in.frame();
        if (f == in.frames.get(0)) return in.globals;
        if (f.function == null || f.ownedByGenerator) {
            // Refused before the run (syntax.LocalsUses): a class body's namespace, a generator's frame.
            throw new PyRaise("TypeError", "locals() in a class body or a generator is not supported in the memory lab");
        }
        return refresh(in, f);
    }

    /** _PyFrame_FastToLocalsWithError on a function's frame: the frame's f_locals dict, made on first use. */
    static PyDict refresh(Interpreter in, Frame f) {
        Heap heap = in.heap;
        if (f.fLocals == null) f.fLocals = heap.alloc(new PyDict());
        PyDict d = f.fLocals;
        for (int i = 0; i < f.locals.length; i++) {
            PyObject value = f.locals[i];
            if (value != null && f.isCell(i)) value = ((PyCell) value).contents;
            PyStr name = in.values.intern(f.varnames.get(i));
            if (value == null) {
                PyObject[] e = d.remove(name);
                if (e != null) {
                    heap.decref(e[0]);
                    heap.decref(e[1]);
                } else {
                    // PyObject_DelItem of an absent name: _PyErr_SetKeyError packs the name into a
                    // 1-tuple (the error stays unnormalized), which the cleared error frees to the free list.
                    heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
                    heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
                }
            } else {
                in.builtinImpl.put(d, heap.newRef(name), heap.newRef(value));
            }
        }
        return d;
    }
}
