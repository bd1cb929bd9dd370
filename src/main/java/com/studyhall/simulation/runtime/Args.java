package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/** Argument checks of builtin functions and methods, with the TypeErrors CPython's argument clinic raises. */
final class Args {
    private Args() { }

    static void count(String name, List<PyObject> args, int min, int max) {
        if (args.size() < min) {
            throw new PyRaise("TypeError", name + "() takes " + (min == max ? "exactly " : "at least ") + plural(min, "argument")
                    + " (" + args.size() + " given)");
        }
        if (args.size() > max) {
            throw new PyRaise("TypeError", name + "() takes " + (min == max ? "exactly " : "at most ") + plural(max, "argument")
                    + " (" + args.size() + " given)");
        }
    }

    static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    static void noKeywords(String name, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) throw new PyRaise("TypeError", name + "() takes no keyword arguments");
    }

    /** A positional argument or a keyword of the same name; null when neither was given. */
    static PyObject get(List<PyObject> args, Map<String, PyObject> kwargs, int i, String keyword) {
        if (i < args.size()) return args.get(i);
        return keyword == null ? null : kwargs.get(keyword);
    }

    static String str(PyObject o) {
        if (BuiltinBases.receiver(o) instanceof PyStr s) return s.value;
        throw new PyRaise("TypeError", "must be str, not " + o.typeName());
    }

    /** A str or None (null for None or absent). */
    static String strOrNone(PyObject o, String what) {
        if (o == null || o instanceof PyNone) return null;
        if (o instanceof PyStr s) return s.value;
        throw new PyRaise("TypeError", what + " must be str or None, not " + o.typeName());
    }

    /** An index-like int (bool included), as PyNumber_AsSsize_t. */
    static long integer(PyObject o) {
        PyInt i = NumberIndex.of(o);
        if (i != null) {
            if (!i.fitsLong()) throw new PyRaise("OverflowError", "Python int too large to convert to C ssize_t");
            return i.longValue();
        }
        throw new PyRaise("TypeError", "'" + o.typeName() + "' object cannot be interpreted as an integer");
    }

    /** A C int as PyArg_ParseTuple's "i" reads it: PyNumber_Index, then PyLong_AsLong's and the int's range errors. */
    static int cInt(PyObject o) {
        java.math.BigInteger n = indexValue(o);
        if (n.bitLength() > 63) throw new PyRaise("OverflowError", "Python int too large to convert to C long");
        long x = n.longValue();
        if (x > Integer.MAX_VALUE) throw new PyRaise("OverflowError", "signed integer is greater than maximum");
        if (x < Integer.MIN_VALUE) throw new PyRaise("OverflowError", "signed integer is less than minimum");
        return (int) x;
    }

    /** PyNumber_Index's value, unbounded: "'X' object cannot be interpreted as an integer" otherwise. */
    static java.math.BigInteger indexValue(PyObject o) {
        PyInt i = NumberIndex.of(o);
        if (i == null) throw new PyRaise("TypeError", "'" + o.typeName() + "' object cannot be interpreted as an integer");
        return i.value();
    }

    static int intIndex(PyObject o) {
        long n = integer(o);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, n));
    }

    /** A slice bound of str.find and friends: None or absent means no bound. */
    static Integer bound(List<PyObject> args, int i) {
        if (i >= args.size() || args.get(i) instanceof PyNone) return null;
        PyInt n = NumberIndex.of(args.get(i));
        if (n == null) throw new PyRaise("TypeError", "slice indices must be integers or None or have an __index__ method");
        return intIndex(n);
    }
}
