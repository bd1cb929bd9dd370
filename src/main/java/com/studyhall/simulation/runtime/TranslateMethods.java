package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/** str.maketrans (a static method of str, reached through the type) and str.translate, with CPython's errors. */
final class TranslateMethods {
    private final StrType t;
    private final Values v;
    private final Heap heap;

    private TranslateMethods(StrType t) {
        this.t = t;
        this.v = t.v;
        this.heap = t.heap;
    }

    static void install(StrType t) {
        TranslateMethods m = new TranslateMethods(t);
        t.classMethod("maketrans", (type, args, kw) -> m.maketrans(args));
        t.method("translate", (self, args, kw) -> m.translate(((PyStr) self).value, NativeModule.one("translate", args)));
    }

    private PyObject maketrans(List<PyObject> args) {
        Args.count("maketrans", args, 1, 3);
        PyDict table = heap.alloc(new PyDict());
        try {
            if (args.size() == 1) {
                if (!(args.get(0) instanceof PyDict src)) {
                    throw new PyRaise("TypeError", "if you give only one argument to maketrans it must be a dict");
                }
                for (PyObject[] e : src.entries()) table(table, key(e[0]), heap.newRef(e[1]));
                return table;
            }
            String from = text(args.get(0), "maketrans() argument 1");
            String to = text(args.get(1), "maketrans() argument 2");
            if (from.length() != to.length()) throw new PyRaise("ValueError", "the first two maketrans arguments must have equal length");
            for (int i = 0; i < from.length(); i++) table(table, v.integer(from.charAt(i)), v.integer(to.charAt(i)));
            if (args.size() == 3) {
                String gone = text(args.get(2), "maketrans() argument 3");
                for (int i = 0; i < gone.length(); i++) table(table, v.integer(gone.charAt(i)), v.none);
            }
            return table;
        } catch (PyRaise e) {
            heap.decref(table);
            throw e;
        }
    }

    private void table(PyDict table, PyObject key, PyObject value) {
        t.builtins().put(table, key, value);
    }

    private PyObject key(PyObject k) {
        if (k instanceof PyInt i && !(k instanceof PyBool)) return heap.newRef(i);
        if (k instanceof PyStr s) {
            if (s.value.length() != 1) throw new PyRaise("ValueError", "string keys in translate table must be of length 1");
            return v.integer(s.value.charAt(0));
        }
        throw new PyRaise("TypeError", "keys in translate table must be strings or integers");
    }

    private static String text(PyObject o, String what) {
        if (o instanceof PyStr s) return s.value;
        throw new PyRaise("TypeError", what + " must be str, not " + o.typeName());
    }

    /** Each character looked up by its code point: a str replaces it, an int is a code point, None deletes it. */
    private PyObject translate(String s, PyObject table) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            PyObject key = v.integer(c);
            PyObject mapped;
            try {
                mapped = lookup(table, key);
            } finally {
                heap.decref(key);
            }
            if (mapped == null) {
                out.append(c);
                continue;
            }
            try {
                if (mapped instanceof PyStr r) out.append(r.value);
                else if (mapped instanceof PyInt n && !(mapped instanceof PyBool)) out.appendCodePoint(n.value().intValueExact());
                else if (!(mapped instanceof PyNone)) throw new PyRaise("TypeError", "character mapping must return integer, None or str");
            } finally {
                heap.decref(mapped);
            }
        }
        return v.str(out.toString());
    }

    /** table[key] as a new reference, or null when the table raises LookupError (the character stays). */
    private PyObject lookup(PyObject table, PyObject key) {
        if (table instanceof PyDict d && d.getClass() == PyDict.class) {
            PyObject r = d.get(key);
            if (r == null) {
                // _PyErr_SetKeyError packs the key into a 1-tuple, freed when the miss is cleared.
                heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
                heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
            }
            return r == null ? null : heap.newRef(r);
        }
        try {
            return t.builtins().getItem(table, key);
        } catch (PyRaise e) {
            if (e.type.equals("KeyError") || e.type.equals("IndexError") || e.type.equals("LookupError")) {
                t.in.exceptions.discard(e);
                return null;
            }
            throw e;
        }
    }
}
