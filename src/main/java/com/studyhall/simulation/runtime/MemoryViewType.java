package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * memoryview over bytes, bytearray and array.array (one dimension): Objects/memoryobject.c's
 * slots. memoryview(obj) takes obj's buffer into a new managed buffer (the exporter's export count
 * goes up, which forbids resizing it); slices and memoryview(view) share that managed buffer.
 * Items are read from and written to the exporter's own storage.
 */
final class MemoryViewType extends BuiltinType {
    private static final String RELEASED = "operation forbidden on released memoryview object";

    MemoryViewType(Interpreter in) {
        super("memoryview", null, in);
        methods();
    }

    /** memoryview(object): PyMemoryView_FromObject. */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!k.equals("object")) throw new PyRaise("TypeError", "memoryview() got an unexpected keyword argument '" + k + "'");
        }
        if (args.size() + kw.size() > 1) {
            throw new PyRaise("TypeError", "memoryview() takes at most 1 argument (" + (args.size() + kw.size()) + " given)");
        }
        PyObject o = Args.get(args, kw, 0, "object");
        if (o == null) throw new PyRaise("TypeError", "memoryview() missing required argument 'object' (pos 1)");
        if (o instanceof PyMemoryView m) {
            live(m);
            return view(m.mbuf, m.format, m.itemsize, m.readonly, m.start, m.step, m.length);
        }
        if (!(o instanceof PyBytes) && !(o instanceof PyBytearray) && !(o instanceof PyArray)) {
            throw new PyRaise("TypeError", "memoryview: a bytes-like object is required, not '" + o.typeName() + "'");
        }
        PyManagedBuffer mbuf = heap.alloc(new PyManagedBuffer(heap.newRef(o)));
        if (o instanceof PyBytearray b) b.exports++;
        if (o instanceof PyArray a) a.exports++;
        char format = o instanceof PyArray a ? a.typecode : 'B';
        int itemsize = o instanceof PyArray a ? a.itemsize : 1;
        PyObject view = view(mbuf, format, itemsize, o instanceof PyBytes, 0, 1, (int) builtins().len(o));
        heap.decref(mbuf);
        return view;
    }

    /** mbuf_add_view: a new view registered on the managed buffer. */
    private PyMemoryView view(PyManagedBuffer mbuf, char format, int itemsize, boolean readonly, int start, int step, int length) {
        heap.incref(mbuf);
        mbuf.exports++;
        return heap.alloc(new PyMemoryView(mbuf, format, itemsize, readonly, start, step, length));
    }

    static PyMemoryView live(PyObject o) {
        PyMemoryView m = (PyMemoryView) o;
        if (m.released) throw new PyRaise("ValueError", RELEASED);
        return m;
    }

    /** The bits of item i of the view, read from the exporter. */
    private static long bits(PyMemoryView m, int i) {
        int at = m.start + i * m.step;
        if (m.obj instanceof PyArray a) return a.getBits(at);
        if (m.obj instanceof PyBytearray b) return b.data.charAt(at);
        return ((PyBytes) m.obj).value.charAt(at);
    }

    private static void store(PyMemoryView m, int i, long bits) {
        int at = m.start + i * m.step;
        if (m.obj instanceof PyArray a) a.setBits(at, bits);
        else ((PyBytearray) m.obj).data.setCharAt(at, (char) bits);
    }

    private PyObject item(PyMemoryView m, int i) {
        return ArrayItems.object(v, m.format, bits(m, i));
    }

    static String tobytes(PyMemoryView m) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < m.length; i++) ArrayItems.encode(m.format, bits(m, i), b);
        return b.toString();
    }

    @Override
    long len(PyObject o) {
        return live(o).length;
    }

    @Override
    boolean truthy(PyObject o) {
        return live(o).length > 0;
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyMemoryView m = live(o);
        return item(m, index(m, key));
    }

    private static int index(PyMemoryView m, PyObject key) {
        if (!(BuiltinBases.receiver(key) instanceof PyInt k)) throw new PyRaise("TypeError", "memoryview: invalid slice key");
        long i = k.fitsLong() ? k.longValue() : Long.MAX_VALUE;
        if (i < 0) i += m.length;
        if (i < 0 || i >= m.length) throw new PyRaise("IndexError", "index out of bounds on dimension 1");
        return (int) i;
    }

    /** memory_subscript with a slice: a new view of the same managed buffer, nothing copied. */
    @Override
    PyObject slice(PyObject o, SliceValue s) {
        PyMemoryView m = live(o);
        long[] b = s.bounds(m.length);
        int n = s.indexes(m.length).size();
        return view(m.mbuf, m.format, m.itemsize, m.readonly, m.start + (int) b[0] * m.step, m.step * (int) b[2], n);
    }

    @Override
    void setItem(PyObject o, PyObject key, PyObject value) {
        try {
            PyMemoryView m = live(o);
            if (m.readonly) throw new PyRaise("TypeError", "cannot modify read-only memory");
            if (key instanceof SliceValue s) {
                assignSlice(m, s, value);
                return;
            }
            int i = index(m, key);
            store(m, i, ArrayItems.viewBits(m.format, value));
        } finally {
            heap.decref(value);
        }
    }

    /** A slice takes the items of a buffer of the same format and length (copied first, as memmove allows overlap). */
    private void assignSlice(PyMemoryView m, SliceValue s, PyObject value) {
        List<Integer> idx = s.indexes(m.length);
        char format;
        long[] src;
        if (value instanceof PyMemoryView w) {
            live(w);
            format = w.format;
            src = new long[w.length];
            for (int i = 0; i < src.length; i++) src[i] = bits(w, i);
        } else if (value instanceof PyArray a) {
            format = a.typecode;
            src = new long[a.size()];
            for (int i = 0; i < src.length; i++) src[i] = a.getBits(i);
        } else {
            String bytes = BytesLikeType.buffer(value);
            if (bytes == null) throw new PyRaise("TypeError", "a bytes-like object is required, not '" + value.typeName() + "'");
            format = 'B';
            src = new long[bytes.length()];
            for (int i = 0; i < src.length; i++) src[i] = bytes.charAt(i);
        }
        if (format != m.format) {
            throw new PyRaise("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
        }
        if (src.length != idx.size()) {
            throw new PyRaise("ValueError", "memoryview assignment: lvalue and rvalue have different structures");
        }
        for (int k = 0; k < src.length; k++) store(m, idx.get(k), src[k]);
    }

    @Override
    PyObject iter(PyObject o) {
        live(o);
        heap.incref(o);
        return heap.alloc(new PyIter("memory_iterator", o));
    }

    /** The next item of a memory_iterator, or null when it is done. */
    PyObject next(PyMemoryView m, long i) {
        live(m);
        return i < m.length ? item(m, (int) i) : null;
    }

    @Override
    List<PyObject> items(PyObject o) {
        PyObject it = iter(o);
        try {
            return IterType.drainToScratch(builtins(), it);
        } finally {
            heap.decref(it);
        }
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return iterSearch(container, item);
    }

    @Override
    String repr(PyObject o) {
        return (((PyMemoryView) o).released ? "<released memory at " : "<memory at ") + Reprs.address(o) + ">";
    }

    /** memory_richcompare: equal when both unpack to equal values; a released view equals only itself. */
    @Override
    boolean eq(PyObject a, PyObject b) {
        PyMemoryView m = (PyMemoryView) a;
        List<Long> other = new ArrayList<>();
        char format;
        if (b instanceof PyMemoryView w) {
            if (w.released || m.released) return false;
            format = w.format;
            for (int i = 0; i < w.length; i++) other.add(bits(w, i));
        } else if (b instanceof PyArray x) {
            format = x.typecode;
            for (int i = 0; i < x.size(); i++) other.add(x.getBits(i));
        } else {
            String s = BytesLikeType.buffer(b);
            if (s == null || m.released) return false;
            format = 'B';
            for (char c : s.toCharArray()) other.add((long) c);
        }
        if (m.released || other.size() != m.length) return false;
        for (int i = 0; i < m.length; i++) {
            PyObject x = item(m, i);
            PyObject y = ArrayItems.object(v, format, other.get(i));
            try {
                if (!ops().sameOrEqual(x, y)) return false;
            } finally {
                heap.decref(x);
                heap.decref(y);
            }
        }
        return true;
    }

    /** memory_hash: a read-only byte view hashes as the bytes it shows. */
    static long hash(PyMemoryView m) {
        live(m);
        if (!m.readonly) throw new PyRaise("ValueError", "cannot hash writable memoryview object");
        if (m.format != 'B' && m.format != 'b') {
            throw new PyRaise("ValueError", "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        return Keys.hash(new PyBytes(tobytes(m)));
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        if (!java.util.Set.of("obj", "nbytes", "readonly", "itemsize", "format", "ndim", "shape", "strides").contains(attr)) return null;
        PyMemoryView m = live(o);
        return switch (attr) {
            case "obj" -> heap.newRef(m.obj);
            case "nbytes" -> v.integer((long) m.length * m.itemsize);
            case "readonly" -> v.bool(m.readonly);
            case "itemsize" -> v.integer(m.itemsize);
            case "format" -> v.str(String.valueOf(m.format));
            case "ndim" -> v.integer(1);
            case "shape" -> tuple(m.length);
            default -> tuple((long) m.itemsize * m.step);
        };
    }

    private PyObject tuple(long n) {
        return heap.alloc(new PyTuple(new PyObject[] {v.integer(n)}));
    }

    private void methods() {
        method("tobytes", (self, args, kw) -> {
            Args.count("tobytes", args, 0, 1);
            return v.bytes(tobytes(live(self)));
        });
        method("hex", (self, args, kw) -> v.str(BytesMethods.hex(tobytes(live(self)), args, kw)));
        method("tolist", (self, args, kw) -> {
            Args.count("tolist", args, 0, 0);
            PyMemoryView m = live(self);
            ArrayList<PyObject> items = new ArrayList<>(m.length);
            for (int i = 0; i < m.length; i++) items.add(item(m, i));
            return heap.alloc(new PyList(items, items.size()));
        });
        method("release", (self, args, kw) -> {
            Args.count("release", args, 0, 0);
            ((PyMemoryView) self).release(heap);
            return v.none;
        });
        method("__enter__", (self, args, kw) -> {
            Args.count("__enter__", args, 0, 0);
            return heap.newRef(live(self));
        });
        method("__exit__", (self, args, kw) -> {
            ((PyMemoryView) self).release(heap);
            return v.none;
        });
    }
}
