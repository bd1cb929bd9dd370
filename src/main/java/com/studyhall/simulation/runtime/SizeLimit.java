package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyInt;
import com.studyhall.simulation.heap.PyList;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyStr;
import com.studyhall.simulation.heap.PyTuple;
import com.studyhall.simulation.syntax.TokenType;

/**
 * The memory limit for one object: an int, str, list or tuple that an operator would make bigger
 * than this is refused before the work is done ({@code x = x * x} and {@code s = s + s} double
 * their size each step, and one step past a few megabytes would outrun the time limit on its own).
 */
final class SizeLimit {
    static final long MAX_OBJECT_BYTES = 1_000_000;
    /**
     * Ints stop sooner: multiplying two numbers of half this size already takes Java tens of
     * milliseconds, and CPython 3.11 will not even print an int past 4300 digits.
     */
    static final long MAX_INT_BYTES = 100_000;

    private SizeLimit() { }

    /** Throws MemoryLimitExceeded when {@code a op b} would make an object past the limit. */
    static void check(TokenType op, PyObject a, PyObject b) {
        long bytes = switch (op) {
            case STAR -> a instanceof PyInt x && b instanceof PyInt y ? (x.bitLength() + (long) y.bitLength()) / 8
                    : repeated(a, b) + repeated(b, a);
            case PLUS -> length(a) + length(b);
            case SHIFT_LEFT -> a instanceof PyInt x && b instanceof PyInt y && y.bitLength() < 63
                    ? (x.bitLength() + y.longValue()) / 8 : 0;
            default -> 0;
        };
        boolean ints = a instanceof PyInt && b instanceof PyInt;
        if (bytes > (ints ? MAX_INT_BYTES : MAX_OBJECT_BYTES)) {
            throw new PyRaise("MemoryLimitExceeded", "the program made " + (ints ? "an int" : "an object")
                    + " of more than " + (ints ? MAX_INT_BYTES : MAX_OBJECT_BYTES) + " bytes");
        }
    }

    private static long repeated(PyObject seq, PyObject times) {
        if (!(times instanceof PyInt n) || n.signum() <= 0) return 0;
        long count = n.bitLength() > 40 ? Long.MAX_VALUE / 16 : n.longValue();
        long each = length(seq);
        return each == 0 ? 0 : (count > Long.MAX_VALUE / 16 / each ? Long.MAX_VALUE / 16 : each * count);
    }

    /** Bytes of a sequence's payload: characters, or 8 per item pointer. */
    private static long length(PyObject o) {
        if (o instanceof PyStr s) return s.value.length();
        if (o instanceof PyList l) return 8L * l.items.size();
        if (o instanceof PyTuple t) return 8L * t.items.length;
        return 0;
    }
}
