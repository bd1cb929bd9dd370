package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.PyHash;

/** slot_tp_hash and the __eq__ a dict or set lookup calls, for every class a program makes. */
final class UserHashes implements UserHashing {
    private final Interpreter in;

    UserHashes(Interpreter in) {
        this.in = in;
    }

    /** __hash__'s int as it is when it fits a Py_ssize_t (-1 becomes -2), else the int's hash. */
    @Override
    public long hash(PyInstance o, boolean owned) {
        // A reference the caller is about to store is a C-stack reference meanwhile.
        if (owned) in.builtinImpl.hold(o);
        PyObject r;
        try {
            r = in.builtinImpl.types.instances().special(o, "__hash__");
        } finally {
            if (owned) in.builtinImpl.unhold(o);
        }
        try {
            if (!(r instanceof PyInt n)) throw new PyRaise("TypeError", "__hash__ method should return an integer");
            if (!n.fitsLong()) return PyHash.ofInt(n.value());
            long h = n.longValue();
            return h == -1 ? -2 : h;
        } finally {
            in.heap.decref(r);
        }
    }

    @Override
    public boolean equal(PyObject stored, PyObject probe, boolean owned) {
        // lookdict and set_lookkey hold the stored key while its __eq__ runs.
        in.heap.incref(stored);
        in.builtinImpl.hold(stored);
        if (owned) in.builtinImpl.hold(probe);
        try {
            return in.ops.eq(stored, probe);
        } finally {
            if (owned) in.builtinImpl.unhold(probe);
            in.builtinImpl.unhold(stored);
            in.heap.decref(stored);
        }
    }

    @Override
    public boolean referentsEqual(PyObject stored, PyObject probe, PyObject owned) {
        // weakref_richcompare holds both referents while they compare.
        for (PyObject o : new PyObject[] {stored, probe}) {
            in.heap.incref(o);
            in.builtinImpl.hold(o);
        }
        if (owned != null) in.builtinImpl.hold(owned);
        try {
            return in.ops.eq(stored, probe);
        } finally {
            if (owned != null) in.builtinImpl.unhold(owned);
            for (PyObject o : new PyObject[] {probe, stored}) {
                in.builtinImpl.unhold(o);
                in.heap.decref(o);
            }
        }
    }
}
