package com.studyhall.simulation.heap;

/**
 * A match (re.Match, sre.c's MatchObject): it holds the subject string and the pattern, and the
 * start and end of every group (-1 for a group that did not take part).
 */
public final class PyRegexMatch extends PyRegexHolder {
    /** start and end of group i at 2i and 2i+1. */
    public final int[] marks;
    public final int pos;
    public final int endpos;
    /** The last group that closed (-1: none), as sre's lastindex. */
    public final int lastIndex;

    public PyRegexMatch(PyObject string, PyRegexPattern re, int[] marks, int pos, int endpos, int lastIndex) {
        super(string, re);
        this.marks = marks;
        this.pos = pos;
        this.endpos = endpos;
        this.lastIndex = lastIndex;
    }

    @Override
    public String typeName() {
        return "re.Match";
    }

    /** MatchObject's header (104 bytes with the GC header) and a start/end pair per group (measured: 120 + 16 per group). */
    @Override
    public long sizeof() {
        return 104 + 8L * marks.length;
    }

    @Override
    public String shortValue() {
        return "re.Match";
    }
}
