package com.studyhall.simulation.heap;

/** str: CPython's compact representation picks 1, 2 or 4 bytes per character. */
public final class PyStr extends PyObject {
    public final String value;
    /** The interpreter's one str of this text in its intern table (Values.intern), which made it. */
    public boolean interned;

    public PyStr(String value) {
        this.value = value;
    }

    @Override
    public String typeName() {
        return "str";
    }

    @Override
    public long sizeof() {
        int max = 0;
        int n = value.codePointCount(0, value.length());
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            max = Math.max(max, cp);
            i += Character.charCount(cp);
        }
        if (max < 128) return 49 + n;
        if (max < 256) return 73 + n;
        if (max < 65536) return 74 + 2L * n;
        return 76 + 4L * n;
    }

    @Override
    public String shortValue() {
        String r = Reprs.strRepr(value);
        return r.length() > 40 ? r.substring(0, 37) + "..." : r;
    }
}
