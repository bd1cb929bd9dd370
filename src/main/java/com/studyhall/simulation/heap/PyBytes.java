package com.studyhall.simulation.heap;

/**
 * bytes: an immutable byte string, one char (0-255) per byte. getsizeof is 33 + n (the header,
 * the cached hash and the trailing NUL); never tracked by gc.
 */
public final class PyBytes extends PyObject {
    public final String value;

    public PyBytes(String value) {
        this.value = value;
    }

    @Override
    public String typeName() {
        return "bytes";
    }

    @Override
    public long sizeof() {
        return 33L + value.length();
    }

    @Override
    public String shortValue() {
        String r = Reprs.bytesRepr(value);
        return r.length() > 40 ? r.substring(0, 37) + "..." : r;
    }
}
