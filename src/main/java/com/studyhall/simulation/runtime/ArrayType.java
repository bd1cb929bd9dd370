package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;
import java.util.Map;

/**
 * array.array: the sequence slots and methods of Modules/arraymodule.c. Items are raw values, so
 * reading one makes a new int or float; every change of length goes through
 * {@link PyArray#resize} (array_resize), which refuses while a memoryview holds the buffer.
 */
final class ArrayType extends BuiltinType {
    ArrayType(Interpreter in) {
        super("array.array", null, in);
        ArrayMethods.install(this);
    }

    /** A new empty array of that typecode (its allocation NULL). */
    PyArray make(char tc) {
        return heap.alloc(new PyArray(tc, ArrayItems.itemsize(tc)));
    }

    /** array(typecode[, initializer]) (array_new). */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kw) {
        if (!kw.isEmpty()) throw new PyRaise("TypeError", "array.array() takes no keyword arguments");
        if (args.isEmpty()) throw new PyRaise("TypeError", "array() takes at least 1 argument (0 given)");
        if (args.size() > 2) throw new PyRaise("TypeError", "array() takes at most 2 arguments (" + args.size() + " given)");
        PyObject code = args.get(0);
        if (!(code instanceof PyStr s) || s.value.length() != 1) {
            throw new PyRaise("TypeError", "array() argument 1 must be a unicode character, not " + code.typeName());
        }
        char tc = s.value.charAt(0);
        if (ArrayItems.TYPECODES.indexOf(tc) < 0) {
            throw new PyRaise("ValueError", "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyObject init = args.size() > 1 ? args.get(1) : null;
        if (init instanceof PyStr) {
            throw new PyRaise("TypeError", "cannot use a str to initialize an array with typecode '" + tc + "'");
        }
        PyArray a = make(tc);
        try {
            fill(a, init);
        } catch (RuntimeException e) {
            heap.decref(a);
            throw e;
        }
        return a;
    }

    /** A list, tuple or array of the same typecode is sized at once; bytes are frombytes; any other iterable is appended item by item. */
    private void fill(PyArray a, PyObject init) {
        if (init == null) return;
        if (init instanceof PyList || init instanceof PyTuple || init instanceof PyArray src && src.typecode == a.typecode) {
            List<PyObject> items = init instanceof PyArray ? null : builtins().iterate(init);
            int n = init instanceof PyArray src ? src.size() : items.size();
            a.allocateExactly(n);
            for (int i = 0; i < n; i++) a.setBits(i, items == null ? ((PyArray) init).getBits(i) : ArrayItems.arrayBits(a.typecode, items.get(i)));
            return;
        }
        String bytes = BytesLikeType.buffer(init);
        if (bytes != null) {
            frombytes(a, bytes);
            return;
        }
        extendFrom(a, init);
    }

    /** array_iter_extend: one ins1 (one resize) per item. */
    void extendFrom(PyArray a, PyObject iterable) {
        for (PyObject x : builtins().iterate(iterable)) insert(a, a.size(), x);
    }

    /** ins1: the item is converted first, then the array grows and the tail moves up. */
    void insert(PyArray a, int where, PyObject x) {
        long bits = ArrayItems.arrayBits(a.typecode, x);
        int n = a.size();
        a.resize(n + 1);
        a.move(where, where + 1, n - where);
        a.setBits(where, bits);
    }

    /** array_del_slice for lo..hi: the tail moves down, then the array shrinks. */
    void delete(PyArray a, int lo, int hi) {
        int n = a.size();
        if (a.exports > 0 && hi > lo) a.resize(n - (hi - lo));
        a.move(hi, lo, n - hi);
        a.resize(n - (hi - lo));
    }

    void frombytes(PyArray a, String bytes) {
        int size = a.itemsize;
        if (bytes.length() % size != 0) throw new PyRaise("ValueError", "bytes length not a multiple of item size");
        int old = a.size();
        int n = bytes.length() / size;
        if (n == 0) return;
        a.resize(old + n);
        for (int i = 0; i < n; i++) a.setBits(old + i, ArrayItems.decode(a.typecode, bytes, i * size));
    }

    static String tobytes(PyArray a) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < a.size(); i++) ArrayItems.encode(a.typecode, a.getBits(i), b);
        return b.toString();
    }

    PyObject item(PyArray a, int i) {
        return ArrayItems.object(v, a.typecode, a.getBits(i));
    }

    /** A new array of that typecode holding the bits given, allocated exactly (newarrayobject). */
    PyArray copyOf(char tc, long[] bits) {
        PyArray r = make(tc);
        r.allocateExactly(bits.length);
        for (int i = 0; i < bits.length; i++) r.setBits(i, bits[i]);
        return r;
    }

    long[] bits(PyArray a) {
        long[] out = new long[a.size()];
        for (int i = 0; i < out.length; i++) out[i] = a.getBits(i);
        return out;
    }

    /** Whether item i equals x (PyObject_RichCompareBool with the item made for it). */
    boolean itemEquals(PyArray a, int i, PyObject x) {
        PyObject item = item(a, i);
        try {
            return ops().sameOrEqual(item, x);
        } finally {
            heap.decref(item);
        }
    }

    @Override
    long len(PyObject o) {
        return ((PyArray) o).size();
    }

    @Override
    boolean truthy(PyObject o) {
        return ((PyArray) o).size() > 0;
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyArray a = (PyArray) o;
        return item(a, itemIndex(a, key, "array index out of range"));
    }

    private static int itemIndex(PyArray a, PyObject key, String outOfRange) {
        if (!(BuiltinBases.receiver(key) instanceof PyInt k)) throw new PyRaise("TypeError", "array indices must be integers");
        long i = k.fitsLong() ? k.longValue() : Long.MAX_VALUE;
        if (i < 0) i += a.size();
        if (i < 0 || i >= a.size()) throw new PyRaise("IndexError", outOfRange);
        return (int) i;
    }

    @Override
    PyObject slice(PyObject o, SliceValue s) {
        PyArray a = (PyArray) o;
        List<Integer> idx = s.indexes(a.size());
        long[] bits = new long[idx.size()];
        for (int k = 0; k < bits.length; k++) bits[k] = a.getBits(idx.get(k));
        return copyOf(a.typecode, bits);
    }

    @Override
    void setItem(PyObject o, PyObject key, PyObject value) {
        PyArray a = (PyArray) o;
        try {
            if (key instanceof SliceValue s) {
                assignSlice(a, s, value);
                return;
            }
            int i = itemIndex(a, key, "array assignment index out of range");
            a.setBits(i, ArrayItems.arrayBits(a.typecode, value));
        } finally {
            heap.decref(value);
        }
    }

    /** array_ass_subscr: the value must be an array of the same typecode. */
    private void assignSlice(PyArray a, SliceValue s, PyObject value) {
        if (!(value instanceof PyArray src)) {
            throw new PyRaise("TypeError", "can only assign array (not \"" + value.typeName() + "\") to array slice");
        }
        if (src.typecode != a.typecode) throw new PyRaise("TypeError", "bad argument type for built-in operation");
        long[] bits = bits(src);
        long[] b = s.bounds(a.size());
        if (b[2] != 1) {
            List<Integer> idx = s.indexes(a.size());
            if (idx.size() != bits.length) {
                throw new PyRaise("ValueError", "attempt to assign array of size " + bits.length + " to extended slice of size " + idx.size());
            }
            for (int k = 0; k < bits.length; k++) a.setBits(idx.get(k), bits[k]);
            return;
        }
        int lo = (int) b[0];
        int hi = (int) Math.max(b[0], b[1]);
        int n = a.size();
        int growth = bits.length - (hi - lo);
        if (growth < 0) {
            if (a.exports > 0) a.resize(n + growth);
            a.move(hi, hi + growth, n - hi);
            a.resize(n + growth);
        } else if (growth > 0) {
            a.resize(n + growth);
            a.move(hi, hi + growth, n - hi);
        }
        for (int k = 0; k < bits.length; k++) a.setBits(lo + k, bits[k]);
    }

    @Override
    void delItem(PyObject o, PyObject key) {
        PyArray a = (PyArray) o;
        if (!(key instanceof SliceValue s)) {
            int i = itemIndex(a, key, "array assignment index out of range");
            delete(a, i, i + 1);
            return;
        }
        long[] b = s.bounds(a.size());
        if (b[2] == 1) {
            delete(a, (int) b[0], (int) Math.max(b[0], b[1]));
            return;
        }
        List<Integer> idx = s.indexes(a.size());
        idx.sort(java.util.Comparator.reverseOrder());
        for (int i : idx) delete(a, i, i + 1);
    }

    @Override
    PyObject iter(PyObject o) {
        heap.incref(o);
        return heap.alloc(new PyIter("array.arrayiterator", o));
    }

    @Override
    List<PyObject> items(PyObject o) {
        return IterType.drain(builtins(), heap, o);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        PyArray a = (PyArray) container;
        for (int i = 0; i < a.size(); i++) if (itemEquals(a, i, item)) return true;
        return false;
    }

    /** array_repr: the items' list repr (through a list, counted), or the bare typecode for an empty array. */
    @Override
    String repr(PyObject o) {
        PyArray a = (PyArray) o;
        if (a.size() == 0) return "array('" + a.typecode + "')";
        return reprThroughList(() -> {
            StringBuilder b = new StringBuilder("array('").append(a.typecode).append("', [");
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) b.append(", ");
                PyObject item = item(a, i);
                b.append(ops().repr(item));
                heap.decref(item);
            }
            return b.append("])").toString();
        });
    }

    /** Against a memoryview, array_richcompare answers NotImplemented and the view's reflected == decides. */
    @Override
    boolean eq(PyObject a, PyObject b) {
        if (b instanceof PyMemoryView) return builtins().types.of(b).eq(b, a);
        return b instanceof PyArray y && compare((PyArray) a, y, "==");
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        return b instanceof PyArray y ? compare((PyArray) a, y, op) : null;
    }

    /** array_richcompare: the first items that differ decide, else the lengths. */
    private boolean compare(PyArray a, PyArray b, String op) {
        if (op.equals("==") && a.size() != b.size()) return false;
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            PyObject x = item(a, i);
            PyObject y = item(b, i);
            try {
                if (!ops().sameOrEqual(x, y)) return !op.equals("==") && ops().order(op, x, y);
            } finally {
                heap.decref(x);
                heap.decref(y);
            }
        }
        return op.equals("==") || compare(op, Integer.compare(a.size(), b.size()));
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        PyArray self = (PyArray) a;
        if (op == TokenType.PLUS) {
            if (b instanceof PyInstance) return null;
            long[] y = sameKind(b, "can only append array (not \"" + b.typeName() + "\") to array", self);
            long[] x = bits(self);
            long[] both = java.util.Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, both, x.length, y.length);
            return copyOf(self.typecode, both);
        }
        if (op == TokenType.STAR) {
            if (b instanceof PyInstance) return null;
            return repeat(self, ListType.repeatCount(a, b));
        }
        return null;
    }

    /** The bits of b, an array of a's typecode; the TypeError otherwise. */
    private long[] sameKind(PyObject b, String notArray, PyArray a) {
        if (!(b instanceof PyArray y)) throw new PyRaise("TypeError", notArray);
        if (y.typecode != a.typecode) throw new PyRaise("TypeError", "bad argument type for built-in operation");
        return bits(y);
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return op == TokenType.STAR ? repeat((PyArray) b, ListType.repeatCount(b, a)) : null;
    }

    private PyObject repeat(PyArray a, int times) {
        if ((long) a.size() * times > 10_000_000) throw new PyRaise("MemoryError", "");
        long[] x = bits(a);
        long[] out = new long[x.length * times];
        for (int t = 0; t < times; t++) System.arraycopy(x, 0, out, t * x.length, x.length);
        return copyOf(a.typecode, out);
    }

    /** array_inplace_concat and array_inplace_repeat change the array itself. */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        PyArray self = (PyArray) a;
        if (op == TokenType.PLUS) {
            if (!(b instanceof PyArray)) {
                throw new PyRaise("TypeError", "can only extend array with array (not \"" + b.typeName() + "\")");
            }
            extendArray(self, b);
            return heap.newRef(self);
        }
        if (op == TokenType.STAR && BuiltinBases.receiver(b) instanceof PyInt) {
            int times = ListType.repeatCount(a, b);
            int n = self.size();
            if (n > 0 && times != 1) {
                if ((long) n * times > 10_000_000) throw new PyRaise("MemoryError", "");
                long[] x = bits(self);
                self.resize(n * times);
                for (int i = 0; i < n * times; i++) self.setBits(i, x[i % n]);
            }
            return heap.newRef(self);
        }
        return null;
    }

    /** array_do_extend with an array: the same typecode, one resize. */
    void extendArray(PyArray a, PyObject b) {
        if (((PyArray) b).typecode != a.typecode) throw new PyRaise("TypeError", "can only extend with array of same kind");
        long[] y = bits((PyArray) b);
        int old = a.size();
        if (y.length == 0) return;
        a.resize(old + y.length);
        for (int i = 0; i < y.length; i++) a.setBits(old + i, y[i]);
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyArray a = (PyArray) o;
        return switch (attr) {
            case "typecode" -> v.str(String.valueOf(a.typecode));
            case "itemsize" -> v.integer(a.itemsize);
            default -> null;
        };
    }
}
