package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/**
 * slice objects, made by a subscript (obj[1:3], which a program's __getitem__ receives) or by
 * slice(): start, stop, step, indices(), repr, comparisons as tuples of the bounds; unhashable in 3.11.
 */
final class SliceType extends BuiltinType {
    SliceType(Interpreter in) {
        super("slice", null, in);
        method("indices", (self, args, kw) -> {
            long n = Args.integer(NativeModule.one("indices", args));
            if (n < 0) throw new PyRaise("ValueError", "length should not be negative");
            long[] b = ((SliceValue) self).bounds(n);
            return heap.alloc(new PyTuple(new PyObject[] {v.integer(b[0]), v.integer(b[1]), v.integer(b[2])}));
        });
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        SliceValue s = (SliceValue) o;
        return switch (attr) {
            case "start" -> heap.newRef(s.lower);
            case "stop" -> heap.newRef(s.upper);
            case "step" -> heap.newRef(s.step);
            default -> null;
        };
    }

    /** start, stop and step are read-only members. */
    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        if (!attr.equals("start") && !attr.equals("stop") && !attr.equals("step")) return false;
        heap.decref(value);
        throw new PyRaise("AttributeError", "readonly attribute");
    }

    @Override
    String repr(PyObject o) {
        SliceValue s = (SliceValue) o;
        return "slice(" + ops().repr(s.lower) + ", " + ops().repr(s.upper) + ", " + ops().repr(s.step) + ")";
    }

    /** slice_richcompare: another slice compares as the tuple of its bounds (the same slice is equal to itself). */
    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!(b instanceof SliceValue y)) return false;
        return asBoundTuples((SliceValue) a, y, (x, z) -> ListType.sequencesEqual(ops(), x, z));
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(b instanceof SliceValue y)) return null;
        if (a == b) return op.equals("<=") || op.equals(">=");
        return asBoundTuples((SliceValue) a, y, (x, z) -> ListType.orderSequences(ops(), op, x, z));
    }

    /** PyTuple_Pack of each slice's start, stop and step, compared, then freed. */
    private boolean asBoundTuples(SliceValue a, SliceValue b, java.util.function.BiPredicate<List<PyObject>, List<PyObject>> compare) {
        PyTuple x = boundTuple(a);
        PyTuple y = boundTuple(b);
        try {
            return compare.test(List.of(x.items), List.of(y.items));
        } finally {
            heap.decref(x);
            heap.decref(y);
        }
    }

    private PyTuple boundTuple(SliceValue s) {
        return heap.alloc(new PyTuple(new PyObject[] {heap.newRef(s.lower), heap.newRef(s.upper), heap.newRef(s.step)}));
    }
}
