package com.studyhall.simulation.heap;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Java keys with Python's equality for dict and set members: 1 == 1.0 == True. */
public final class Keys {
    private Keys() { }

    private record Identity(PyObject o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /** A bound method hashes and compares by its object's identity and its function (method_hash). */
    private record Method(Identity self, Object function) { }

    private static final Object NONE = new Object();

    public static Object of(PyObject o) {
        if (o instanceof PyInt i) return i.value;
        if (o instanceof PyFloat f) {
            if (!Double.isInfinite(f.value) && !Double.isNaN(f.value) && f.value == Math.rint(f.value)) {
                return new java.math.BigDecimal(f.value).toBigInteger();
            }
            return f.value;
        }
        if (o instanceof PyStr s) return s.value;
        if (o instanceof PyNone) return NONE;
        if (o instanceof PyTuple t) {
            List<Object> parts = new ArrayList<>();
            for (PyObject item : t.items) parts.add(of(item));
            return parts;
        }
        if (o instanceof PyBoundMethod m) return new Method(new Identity(m.self), of(m.function));
        // A class that defines __eq__ without __hash__ gets __hash__ = None: its instances are unhashable.
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyDeque
                || (o instanceof PyInstance i && i.cls != null && i.cls.lookup("__hash__") instanceof PyNone)) {
            throw new PyRaise("TypeError", "unhashable type: '" + o.typeName() + "'");
        }
        return new Identity(o);
    }

    /** Python's hash for ints and the values the set table needs (strings are randomized in CPython anyway). */
    public static long hash(PyObject o) {
        if (o instanceof PyInt i) return intHash(i.value);
        if (o instanceof PyFloat f) {
            Object k = of(f);
            if (k instanceof BigInteger b) return intHash(b);
            return doubleHash(f.value);
        }
        if (o instanceof PyNone) return 0xFCA86420L;
        if (o instanceof PyStr s) return s.value.hashCode();
        if (o instanceof PyTuple t) {
            long h = 0x345678L;
            for (PyObject item : t.items) h = h * 1000003L ^ hash(item);
            return h;
        }
        if (o instanceof PyBoundMethod m) return m.self.id * 16L ^ m.function.id * 16L;
        return o.id * 16L;
    }

    /** _Py_HashDouble; a NaN (hashed by identity in CPython) counts as 0 here. */
    private static long doubleHash(double v) {
        Long h = com.studyhall.simulation.library.PyHash.ofFloat(v);
        return h == null ? 0 : h;
    }

    private static long intHash(BigInteger v) {
        return com.studyhall.simulation.library.PyHash.ofInt(v);
    }
}
