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
                java.math.BigInteger at = position((PyRange) self, n);
                if (at != null) return v.integer(at);
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
        PyRange r = (PyRange) o;
        if (!r.lengthFitsLong()) throw new PyRaise("OverflowError", "Python int too large to convert to C ssize_t");
        return r.length();
    }

    @Override
    boolean truthy(PyObject o) {
        return ((PyRange) o).bigLength.signum() > 0;
    }

    @Override
    String repr(PyObject o) {
        return Reprs.rangeRepr((PyRange) o);
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!(b instanceof PyRange y)) return false;
        PyRange x = (PyRange) a;
        return x.bigLength.equals(y.bigLength) && (x.bigLength.signum() == 0 || (x.start.equals(y.start)
                && (x.bigLength.equals(java.math.BigInteger.ONE) || x.step.equals(y.step))));
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyRange r = (PyRange) o;
        if (r.lengthFitsLong()) return v.integer(r.get(index(key, r.length(), "range object")));
        // compute_range_item over ints: a range longer than a long is indexed exactly too.
        PyInt k = NumberIndex.of(key);
        if (k == null) return v.integer(r.get(index(key, r.length(), "range object")));
        java.math.BigInteger i = k.value();
        if (i.signum() < 0) i = i.add(r.bigLength);
        if (i.signum() < 0 || i.compareTo(r.bigLength) >= 0) throw new PyRaise("IndexError", "range object index out of range");
        return v.integer(r.start.add(r.step.multiply(i)));
    }

    /** compute_slice: a new range, the slice's indices over the range's length mapped through start and step. */
    @Override
    PyObject slice(PyObject o, SliceValue slice) {
        PyRange r = (PyRange) o;
        java.math.BigInteger[] b = slice.bounds(r.bigLength);
        return heap.alloc(new PyRange(r.start.add(b[0].multiply(r.step)), r.start.add(b[1].multiply(r.step)), r.step.multiply(b[2])));
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
        if (item instanceof PyInt n) return position((PyRange) container, n) != null;
        return ListType.containsByEquality(ops(), items(container), item);
    }

    /** Where int {@code n} stands in {@code r} (compute_range_index's arithmetic), or null when it is not an item. */
    static java.math.BigInteger position(PyRange r, PyInt n) {
        if (r.bigLength.signum() == 0) return null;
        java.math.BigInteger x = n.value();
        boolean inside = r.step.signum() > 0
                ? x.compareTo(r.start) >= 0 && x.compareTo(r.stop) < 0
                : x.compareTo(r.start) <= 0 && x.compareTo(r.stop) > 0;
        if (!inside) return null;
        java.math.BigInteger[] qr = x.subtract(r.start).divideAndRemainder(r.step);
        return qr[1].signum() == 0 ? qr[0] : null;
    }
}
