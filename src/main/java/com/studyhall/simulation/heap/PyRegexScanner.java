package com.studyhall.simulation.heap;

/**
 * What re.finditer returns: a callable_iterator over a scanner's search method. While it runs, the
 * scanner holds the pattern and the string; the first None ends it and lets both go.
 */
public final class PyRegexScanner extends PyRegexHolder {
    public int position;
    /** The pos and endpos finditer was given (each match reports them). */
    public final int pos;
    public final int endpos;
    public boolean mustAdvance;

    public PyRegexScanner(PyRegexPattern re, PyObject string, int position, int endpos) {
        super(string, re);
        this.position = position;
        this.pos = position;
        this.endpos = endpos;
    }

    public boolean exhausted() {
        return re == null;
    }

    @Override
    public String typeName() {
        return "callable_iterator";
    }

    /** calliterobject: two pointers after the header, plus the GC header. */
    @Override
    public long sizeof() {
        return 48;
    }

    @Override
    public String shortValue() {
        return "callable_iterator";
    }
}
