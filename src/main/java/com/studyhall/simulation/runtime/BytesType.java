package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** bytes: immutable; b'' and the one-byte values are shared singletons, as CPython's. */
final class BytesType extends BytesLikeType {
    BytesType(Interpreter in) {
        super("bytes", in);
    }

    @Override
    String content(PyObject o) {
        return ((PyBytes) o).value;
    }

    @Override
    PyObject make(String s) {
        return v.bytes(s);
    }

    @Override
    String indexError() {
        return "index out of range";
    }

    @Override
    PyObject concat(PyObject a, PyObject b, String y) {
        if (y.isEmpty()) return heap.newRef(a);
        if (content(a).isEmpty() && b instanceof PyBytes) return heap.newRef(b);
        return super.concat(a, b, y);
    }

    @Override
    PyObject repeat(PyObject o, int times) {
        if (times == 1) return heap.newRef(o);
        return super.repeat(o, times);
    }

    @Override
    PyObject sliced(PyObject o, String s) {
        if (s.equals(content(o))) return heap.newRef(o);
        return make(s);
    }
}
