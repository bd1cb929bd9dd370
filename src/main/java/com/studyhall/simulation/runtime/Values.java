package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyBool;
import com.studyhall.simulation.heap.PyBytes;
import com.studyhall.simulation.heap.PyFloat;
import com.studyhall.simulation.heap.PyInt;
import com.studyhall.simulation.heap.PyEllipsis;
import com.studyhall.simulation.heap.PyNone;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyStr;
import com.studyhall.simulation.heap.PyTuple;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/** Makes values; small ints, None, booleans, the empty tuple and interned strings are shared. */
final class Values {
    final Heap heap;
    final PyNone none;
    /**
     * The Ellipsis singleton ({@code ...}), shared like None but made on first use, so a program
     * without it numbers its objects as before (the recorded lab preview keeps its ids).
     */
    private PyEllipsis ellipsis;
    final PyBool trueObj;
    final PyBool falseObj;
    final PyTuple emptyTuple;
    private final PyInt[] smallInts = new PyInt[262];
    private final Map<String, PyStr> interned = new HashMap<>();

    Values(Heap heap) {
        this.heap = heap;
        none = shared(new PyNone());
        trueObj = shared(new PyBool(true));
        falseObj = shared(new PyBool(false));
        emptyTuple = shared(new PyTuple(new PyObject[0]));
        heap.untrack(emptyTuple);
    }

    <T extends PyObject> T shared(T o) {
        o.shared = true;
        heap.allocPreexisting(o);
        return o;
    }

    PyEllipsis ellipsis() {
        if (ellipsis == null) ellipsis = shared(new PyEllipsis());
        return ellipsis;
    }

    PyObject bool(boolean b) {
        return b ? trueObj : falseObj;
    }

    PyObject integer(BigInteger v) {
        return v.bitLength() < 64 ? integer(v.longValue()) : heap.alloc(PyInt.of(v));
    }

    PyObject integer(long v) {
        if (v >= -5 && v <= 256) {
            int i = (int) v;
            PyInt s = smallInts[i + 5];
            if (s == null) {
                s = shared(new PyInt(v));
                smallInts[i + 5] = s;
            }
            return s;
        }
        return heap.alloc(new PyInt(v));
    }

    PyObject floating(double d) {
        return heap.alloc(new PyFloat(d));
    }

    /**
     * The one-character texts CPython 3.11 interned at start-up as their own objects (the
     * deep-frozen modules' statically allocated strings) rather than as its latin-1 singletons: for
     * these a str made at run time ("python"[1], chr(121)) is the singleton, not the interned str a
     * literal "y" is. For every other latin-1 character the singleton is the interned str.
     */
    private static final String FROZEN_ONE_CHAR = "BCLST_abcdefhijklmnopqrstvwxy";
    private final Map<Character, PyStr> latin1 = new HashMap<>();

    /** A string made at run time: only '' and one-character latin-1 strings are shared (get_latin1_char's singletons). */
    PyObject str(String s) {
        if (s.length() == 1 && FROZEN_ONE_CHAR.indexOf(s.charAt(0)) >= 0) {
            return latin1.computeIfAbsent(s.charAt(0), c -> shared(new PyStr(s)));
        }
        if (s.isEmpty() || (s.length() == 1 && s.charAt(0) < 256)) return intern(s);
        return heap.alloc(new PyStr(s));
    }

    /** A string a case mapping made (str.lower and the rest build a new str with PyUnicode_New): only '' is shared. */
    PyObject freshStr(String s) {
        return s.isEmpty() ? intern(s) : heap.alloc(new PyStr(s));
    }

    private final Map<String, PyBytes> byteSingletons = new HashMap<>();

    /** A bytes object made at run time: b'' and the one-byte values are shared singletons, as in CPython. */
    PyObject bytes(String s) {
        if (s.length() > 1) return heap.alloc(new PyBytes(s));
        return byteSingletons.computeIfAbsent(s, k -> shared(new PyBytes(k)));
    }

    PyStr intern(String s) {
        PyStr p = interned.get(s);
        if (p == null) {
            p = shared(new PyStr(s));
            p.interned = true;
            interned.put(s, p);
        }
        return p;
    }

    /**
     * sys.intern (PyUnicode_InternInPlace): the str already interned for this text if there is one,
     * else the argument itself becomes the interned one, so {@code sys.intern(a) is a}. It joins the
     * shared interned strings (uncounted, as every interned str of the lab is).
     */
    PyStr internInPlace(PyStr s, boolean internedBefore) {
        if (s.interned || s.shared || internedBefore || interned.containsKey(s.value)) return intern(s.value);
        s.shared = true;
        s.interned = true;
        interned.put(s.value, s);
        return s;
    }

    static boolean identifierLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_'))) return false;
        }
        return true;
    }
}
