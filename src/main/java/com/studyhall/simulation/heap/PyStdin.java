package com.studyhall.simulation.heap;

/**
 * sys.stdin: the TextIOWrapper CPython 3.11 sets up over file descriptor 0, reading the run's
 * standard input (runtime.Stdin, which input() reads too). Made at start-up and held by the sys
 * module as sys.stdin and sys.__stdin__; it is its own iterator, a line at a time.
 */
public final class PyStdin extends PyTextStream {

    /** sys.stdin and sys.__stdin__ (getrefcount 3). */
    @Override
    public int heldAtStart() {
        return 2;
    }

    @Override
    public String shortValue() {
        return "<stdin>";
    }
}
