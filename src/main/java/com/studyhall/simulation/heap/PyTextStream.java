package com.studyhall.simulation.heap;

/** One of the three TextIOWrappers CPython 3.11 sets up over file descriptors 0, 1 and 2 (sys.stdin, stdout, stderr). */
public abstract class PyTextStream extends PyObject {

    /** The references {@code python3 script.py} holds on the stream at start-up besides the program's. */
    public abstract int heldAtStart();

    @Override
    public final String typeName() {
        return "_io.TextIOWrapper";
    }

    @Override
    public final boolean isGcType() {
        return true;
    }

    /** sizeof(textio) and its instance dict pointer's share, as python3 3.11 answers (with the GC header). */
    @Override
    public final long sizeof() {
        return 208;
    }
}
