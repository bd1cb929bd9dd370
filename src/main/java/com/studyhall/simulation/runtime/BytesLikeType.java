package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;

/**
 * What bytes and bytearray share (CPython's bytes_methods.c and the buffer protocol): the
 * sequence slots over a byte string, comparisons and concatenation with any bytes-like operand,
 * and the methods in {@link BytesMethods}. A result has the type of self ({@link #make}).
 */
abstract class BytesLikeType extends BuiltinType {
    BytesLikeType(String name, Interpreter in) {
        super(name, null, in);
        BytesMethods.install(this);
    }

    /** The bytes of an object of this type, one char (0-255) each. */
    abstract String content(PyObject o);

    /** A new object of this type holding s (a new reference). */
    abstract PyObject make(String s);

    /** The bytes of a bytes-like object (bytes, bytearray, array.array, memoryview), or null for anything else. */
    static String buffer(PyObject o) {
        if (o instanceof PyBytes b) return b.value;
        if (o instanceof PyBytearray b) return b.data.toString();
        if (o instanceof PyArray a) return ArrayType.tobytes(a);
        if (o instanceof PyMemoryView m) return MemoryViewType.tobytes(MemoryViewType.live(m));
        return null;
    }

    /** bytes compares only with bytes (bytes_richcompare): an array answers NotImplemented too. */
    private static String comparable(PyObject a, PyObject b) {
        return a instanceof PyBytes && b instanceof PyArray ? null : buffer(b);
    }

    /** A bytes-like argument, or CPython's "a bytes-like object is required" TypeError. */
    static String requireBuffer(PyObject o) {
        String s = buffer(o);
        if (s == null) throw new PyRaise("TypeError", "a bytes-like object is required, not '" + o.typeName() + "'");
        return s;
    }

    /** A byte value from an int (bool included): ValueError outside range(0, 256). */
    static char byteValue(PyObject o, String rangeMessage) {
        long n = Args.integer(o);
        if (n < 0 || n > 255) throw new PyRaise("ValueError", rangeMessage);
        return (char) n;
    }

    /** The bytes of an iterable of ints (bytes(iterable), bytearray.extend(iterable)). */
    String fromInts(PyObject iterable, String rangeMessage) {
        StringBuilder b = new StringBuilder();
        for (PyObject x : builtins().iterate(iterable)) b.append(byteValue(x, rangeMessage));
        return b.toString();
    }

    /** The constructor's fromInts: PyBytes_FromObject and bytearray_init word GetIter's TypeError as their own. */
    String constructedFrom(PyObject iterable, String rangeMessage) {
        try {
            return fromInts(iterable, rangeMessage);
        } catch (PyRaise e) {
            if (e.exception != null || !e.pyMessage.equals("'" + iterable.typeName() + "' object is not iterable")) throw e;
            throw new PyRaise("TypeError", "cannot convert '" + iterable.typeName() + "' object to " + name);
        }
    }

    @Override
    long len(PyObject o) {
        return content(o).length();
    }

    @Override
    boolean truthy(PyObject o) {
        return !content(o).isEmpty();
    }

    @Override
    String repr(PyObject o) {
        return Reprs.bytesRepr(content(o));
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        String y = comparable(a, b);
        return y != null && content(a).equals(y);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        String y = comparable(a, b);
        return y == null ? null : compare(op, content(a).compareTo(y));
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        switch (op) {
            case PLUS: {
                if (b instanceof PyInstance) return null;
                String y = buffer(b);
                if (y == null) throw new PyRaise("TypeError", "can't concat " + b.typeName() + " to " + a.typeName());
                return concat(a, b, y);
            }
            case STAR:
                if (b instanceof PyInstance) return null;
                return repeat(a, ListType.repeatCount(a, b));
            case PERCENT:
                // bytes_mod / bytearray_mod: _PyBytes_FormatEx, the result a new object of the left's type.
                return make(new PercentFormat(in, content(a), b, true).bytesText());
            default:
                return null;
        }
    }

    /** a + b, whose bytes are y (bytes_concat: an empty operand gives the other bytes itself). */
    PyObject concat(PyObject a, PyObject b, String y) {
        return make(content(a) + y);
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return op == TokenType.STAR ? repeat(b, ListType.repeatCount(b, a)) : null;
    }

    PyObject repeat(PyObject o, int times) {
        String s = content(o);
        if ((long) s.length() * times > 1_000_000) throw new PyRaise("MemoryError", "");
        return make(s.repeat(times));
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        String s = content(o);
        PyInt k = NumberIndex.of(key);
        if (k == null) {
            throw new PyRaise("TypeError", "byte indices must be integers or slices, not " + key.typeName());
        }
        long i = k.value().longValue();
        if (i < 0) i += s.length();
        if (i < 0 || i >= s.length()) throw new PyRaise("IndexError", indexError());
        return v.integer(s.charAt((int) i));
    }

    /** CPython's IndexError: bytes says "index out of range", bytearray "bytearray index out of range". */
    abstract String indexError();

    @Override
    PyObject slice(PyObject o, SliceValue slice) {
        String s = content(o);
        StringBuilder b = new StringBuilder();
        for (int i : slice.indexes(s.length())) b.append(s.charAt(i));
        return sliced(o, b.toString());
    }

    /** The result of a slice: bytes gives itself back for a full slice. */
    PyObject sliced(PyObject o, String s) {
        return make(s);
    }

    @Override
    PyObject iter(PyObject o) {
        heap.incref(o);
        return heap.alloc(new PyIter(name + "_iterator", o));
    }

    @Override
    List<PyObject> items(PyObject o) {
        return IterType.drain(builtins(), heap, o);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        if (item instanceof PyInt) {
            return content(container).indexOf(byteValue(item, "byte must be in range(0, 256)")) >= 0;
        }
        return content(container).contains(requireBuffer(item));
    }
}
