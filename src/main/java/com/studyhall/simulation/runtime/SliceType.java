package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * slice objects as a program's own __getitem__, __setitem__ and __delitem__ receive them
 * (obj[1:3]): start, stop, step, indices(), repr and equality. A program cannot make one itself
 * (the slice builtin is refused), so every slice it sees is a subscript's.
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

    @Override
    String repr(PyObject o) {
        SliceValue s = (SliceValue) o;
        return "slice(" + ops().repr(s.lower) + ", " + ops().repr(s.upper) + ", " + ops().repr(s.step) + ")";
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!(b instanceof SliceValue y)) return false;
        SliceValue x = (SliceValue) a;
        return ops().sameOrEqual(x.lower, y.lower) && ops().sameOrEqual(x.upper, y.upper) && ops().sameOrEqual(x.step, y.step);
    }
}
