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
        // A class that defines __eq__ without __hash__ gets __hash__ = None: its instances are unhashable.
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet
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
        return o.id * 16L;
    }

    /** _Py_HashDouble: the float's value reduced modulo 2**61 - 1, so equal numbers hash alike. */
    private static long doubleHash(double v) {
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (Double.isNaN(v)) return 0;
        final long mod = (1L << 61) - 1;
        int e = Math.getExponent(v) + 1;
        double m = Math.abs(v) / Math.scalb(1.0, e);
        if (m >= 1.0) { m /= 2; e++; }
        if (v == 0) return 0;
        int sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & mod) | x >>> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (x >= mod) x -= mod;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & mod) | x >>> (61 - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);

    private static long intHash(BigInteger v) {
        long h = v.abs().mod(MODULUS).longValue();
        if (v.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }
}
