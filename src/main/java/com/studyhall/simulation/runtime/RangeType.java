package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/** range: a lazy arithmetic sequence; its iterator copies the bounds instead of holding the range. */
final class RangeType extends BuiltinType {
    RangeType(Interpreter in) {
        super("range", null, in);
        // A range holds each value once, so count is 0 or 1.
        method("count", (self, args, kw) -> v.integer(contains(self, NativeModule.one("count", args)) ? 1 : 0));
        method("index", (self, args, kw) -> {
            PyObject x = NativeModule.one("index", args);
            if (x instanceof PyInt n) {
                long at = position((PyRange) self, n);
                if (at >= 0) return v.integer(at);
                throw new PyRaise("ValueError", (n instanceof PyBool ? ops().repr(x) : n.value().toString()) + " is not in range");
            }
            List<PyObject> values = items(self);
            for (int i = 0; i < values.size(); i++) if (ops().sameOrEqual(values.get(i), x)) return v.integer(i);
            throw new PyRaise("ValueError", x instanceof PyInt && !(x instanceof PyBool)
                    ? ops().repr(x) + " is not in range" : "sequence.index(x): x not in sequence");
        });
    }

    /** start, stop and step (ints a range keeps as objects in CPython; made here on each read). */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyRange r = (PyRange) o;
        return switch (attr) {
            case "start" -> v.integer(r.start);
            case "stop" -> v.integer(r.stop);
            case "step" -> v.integer(r.step);
            default -> null;
        };
    }

    @Override
    long len(PyObject o) {
        return ((PyRange) o).length();
    }

    @Override
    boolean truthy(PyObject o) {
        return ((PyRange) o).length() > 0;
    }

    @Override
    String repr(PyObject o) {
        return Reprs.rangeRepr((PyRange) o);
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!(b instanceof PyRange y)) return false;
        PyRange x = (PyRange) a;
        return x.length() == y.length() && (x.length() == 0 || (x.start.equals(y.start)
                && (x.length() == 1 || x.step.equals(y.step))));
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyRange r = (PyRange) o;
        return v.integer(r.get(index(key, r.length(), "range object")));
    }

    /** compute_slice: a new range, the slice's indices over the range's length mapped through start and step. */
    @Override
    PyObject slice(PyObject o, SliceValue slice) {
        PyRange r = (PyRange) o;
        long[] b = slice.bounds(r.length());
        java.math.BigInteger lo = java.math.BigInteger.valueOf(b[0]), hi = java.math.BigInteger.valueOf(b[1]);
        return heap.alloc(new PyRange(r.start.add(lo.multiply(r.step)), r.start.add(hi.multiply(r.step)),
                r.step.multiply(java.math.BigInteger.valueOf(b[2]))));
    }

    @Override
    PyObject iter(PyObject o) {
        return heap.alloc(new PyIter("range_iterator", o));
    }

    @Override
    List<PyObject> items(PyObject o) {
        return IterType.drain(builtins(), heap, o);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        // An exact int or a bool is placed by arithmetic (range_contains_long), never by walking the items.
        if (item instanceof PyInt n) return position((PyRange) container, n) >= 0;
        return ListType.containsByEquality(ops(), items(container), item);
    }

    /** Where int {@code n} stands in {@code r} (compute_range_index's arithmetic), or -1 when it is not an item. */
    static long position(PyRange r, PyInt n) {
        if (r.length() == 0) return -1;
        java.math.BigInteger x = n.value();
        boolean inside = r.step.signum() > 0
                ? x.compareTo(r.start) >= 0 && x.compareTo(r.stop) < 0
                : x.compareTo(r.start) <= 0 && x.compareTo(r.stop) > 0;
        if (!inside) return -1;
        java.math.BigInteger[] qr = x.subtract(r.start).divideAndRemainder(r.step);
        return qr[1].signum() == 0 ? qr[0].longValue() : -1;
    }
}
