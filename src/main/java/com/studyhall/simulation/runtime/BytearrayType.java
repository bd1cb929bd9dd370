package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;

/**
 * bytearray: a mutable byte string. Every change of length goes through
 * {@link PyBytearray#resize}, CPython's PyByteArray_Resize, so getsizeof follows its allocation.
 */
final class BytearrayType extends BytesLikeType {
    private static final String RANGE = "byte must be in range(0, 256)";

    BytearrayType(Interpreter in) {
        super("bytearray", in);
        mutators();
    }

    @Override
    String content(PyObject o) {
        return ((PyBytearray) o).data.toString();
    }

    /** PyByteArray_FromStringAndSize: exactly n + 1 bytes allocated (none for an empty one). */
    @Override
    PyObject make(String s) {
        PyBytearray b = heap.alloc(new PyBytearray(""));
        setLength(b, s);
        return b;
    }

    /** Resizes b to s's length and makes s its content. */
    static void setLength(PyBytearray b, String s) {
        b.resize(s.length());
        b.data.setLength(0);
        b.data.append(s);
    }

    @Override
    String indexError() {
        return "bytearray index out of range";
    }

    @Override
    String repr(PyObject o) {
        return "bytearray(" + Reprs.bytesRepr(content(o), true) + ")";
    }

    /** The bytes an assignment or extend takes: bytes-like, or an iterable of ints. */
    private String source(PyObject value) {
        String s = buffer(value);
        if (s != null) return s;
        if (value instanceof PyInt || value instanceof PyFloat || value instanceof PyStr) {
            throw new PyRaise("TypeError", "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        return fromInts(value, RANGE);
    }

    @Override
    void setItem(PyObject o, PyObject key, PyObject value) {
        PyBytearray b = (PyBytearray) o;
        try {
            if (key instanceof SliceValue s) {
                assignSlice(b, s, source(value));
                return;
            }
            b.data.setCharAt(itemIndex(b, key), byteValue(value, RANGE));
        } finally {
            heap.decref(value);
        }
    }

    /** bytearray_setslice_linear for step 1; an extended slice needs as many bytes as it selects. */
    private void assignSlice(PyBytearray b, SliceValue s, String bytes) {
        long[] bounds = s.bounds(b.data.length());
        if (bounds[2] != 1) {
            List<Integer> idx = s.indexes(b.data.length());
            if (idx.size() != bytes.length()) {
                throw new PyRaise("ValueError", "attempt to assign bytes of size " + bytes.length()
                        + " to extended slice of size " + idx.size());
            }
            for (int k = 0; k < idx.size(); k++) b.data.setCharAt(idx.get(k), bytes.charAt(k));
            return;
        }
        int lo = (int) bounds[0];
        int hi = (int) Math.max(bounds[0], bounds[1]);
        replace(b, lo, hi, bytes);
    }

    /** Replaces bytes lo..hi: a shrink at the front advances the logical start, anything else resizes. */
    static void replace(PyBytearray b, int lo, int hi, String bytes) {
        int growth = bytes.length() - (hi - lo);
        if (growth < 0 && lo == 0) {
            b.dropFront(-growth);
            b.data.replace(0, bytes.length(), bytes);
            return;
        }
        b.resize(b.data.length() + growth);
        b.data.replace(lo, hi, bytes);
    }

    @Override
    void delItem(PyObject o, PyObject key) {
        PyBytearray b = (PyBytearray) o;
        if (key instanceof SliceValue s) {
            long[] bounds = s.bounds(b.data.length());
            if (bounds[2] == 1) {
                replace(b, (int) bounds[0], (int) Math.max(bounds[0], bounds[1]), "");
                return;
            }
            List<Integer> idx = s.indexes(b.data.length());
            idx.sort(java.util.Comparator.reverseOrder());
            StringBuilder kept = new StringBuilder(b.data);
            for (int i : idx) kept.deleteCharAt(i);
            setLength(b, kept.toString());
            return;
        }
        int i = itemIndex(b, key);
        replace(b, i, i + 1, "");
    }

    /** The index of an item assignment or deletion, with CPython's TypeError and IndexError. */
    private static int itemIndex(PyBytearray b, PyObject key) {
        return (int) index(key, b.data.length(), "bytearray");
    }

    /** bytearray_iconcat and bytearray_irepeat change the bytearray itself. */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        PyBytearray self = (PyBytearray) a;
        if (op == TokenType.PLUS) {
            String y = buffer(b);
            if (y == null) throw new PyRaise("TypeError", "can't concat " + b.typeName() + " to bytearray");
            append(self, y);
            return heap.newRef(self);
        }
        if (op == TokenType.STAR && (b instanceof PyInt || b instanceof PyInstance
                && builtins().types.instances().defines(b, "__index__") && !builtins().types.instances().defines(b, "__rmul__"))) {
            int times = ListType.repeatCount(a, b);
            String s = self.data.toString();
            if ((long) s.length() * times > 1_000_000) throw new PyRaise("MemoryError", "");
            setLength(self, s.repeat(times));
            return heap.newRef(self);
        }
        return null;
    }

    static void append(PyBytearray b, String bytes) {
        b.resize(b.data.length() + bytes.length());
        b.data.append(bytes);
    }

    private void mutators() {
        method("append", (self, args, kw) -> {
            Args.noKeywords("append", kw);
            Args.count("append", args, 1, 1);
            append((PyBytearray) self, String.valueOf(byteValue(args.get(0), RANGE)));
            return v.none;
        });
        method("extend", (self, args, kw) -> {
            Args.noKeywords("extend", kw);
            Args.count("extend", args, 1, 1);
            PyObject src = args.get(0);
            if (src instanceof PyInt || src instanceof PyFloat || src instanceof PyNone) {
                throw new PyRaise("TypeError", "can't extend bytearray with " + src.typeName());
            }
            String bytes = buffer(src) != null ? buffer(src) : fromInts(src, RANGE);
            if (!bytes.isEmpty()) append((PyBytearray) self, bytes);
            return v.none;
        });
        method("pop", (self, args, kw) -> {
            Args.noKeywords("pop", kw);
            Args.count("pop", args, 0, 1);
            PyBytearray b = (PyBytearray) self;
            if (b.data.length() == 0) throw new PyRaise("IndexError", "pop from empty bytearray");
            long i = args.isEmpty() ? -1 : Args.integer(args.get(0));
            if (i < 0) i += b.data.length();
            if (i < 0 || i >= b.data.length()) throw new PyRaise("IndexError", "pop index out of range");
            char c = b.data.charAt((int) i);
            // bytearray_pop moves the tail down and resizes: the logical start never moves.
            b.resize(b.data.length() - 1);
            b.data.deleteCharAt((int) i);
            return v.integer(c);
        });
        method("insert", (self, args, kw) -> {
            Args.noKeywords("insert", kw);
            Args.count("insert", args, 2, 2);
            PyBytearray b = (PyBytearray) self;
            long i = Args.integer(args.get(0));
            char c = byteValue(args.get(1), RANGE);
            int n = b.data.length();
            if (i < 0) i = Math.max(0, i + n);
            if (i > n) i = n;
            b.resize(n + 1);
            b.data.insert((int) i, c);
            return v.none;
        });
        method("remove", (self, args, kw) -> {
            Args.noKeywords("remove", kw);
            Args.count("remove", args, 1, 1);
            PyBytearray b = (PyBytearray) self;
            int i = b.data.indexOf(String.valueOf(byteValue(args.get(0), RANGE)));
            if (i < 0) throw new PyRaise("ValueError", "value not found in bytearray");
            b.resize(b.data.length() - 1);
            b.data.deleteCharAt(i);
            return v.none;
        });
        method("clear", (self, args, kw) -> {
            Args.count("clear", args, 0, 0);
            setLength((PyBytearray) self, "");
            return v.none;
        });
        method("copy", (self, args, kw) -> {
            Args.count("copy", args, 0, 0);
            return make(content(self));
        });
        method("reverse", (self, args, kw) -> {
            Args.count("reverse", args, 0, 0);
            ((PyBytearray) self).data.reverse();
            return v.none;
        });
    }
}
