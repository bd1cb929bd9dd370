package com.studyhall.simulation.heap;

/**
 * sys.stdout: the TextIOWrapper CPython 3.11 sets up over file descriptor 1. The lab keeps one,
 * shared by the sys module (the checker lets a program only call its write, writelines and flush
 * methods and pass it as print's file, so its reference count and attributes are never observed).
 * What it writes goes to the run's standard output (runtime.StandardOutput).
 */
public final class PyStdout extends PyObject {
    @Override
    public String typeName() {
        return "_io.TextIOWrapper";
    }

    @Override
    public boolean isGcType() {
        return true;
    }

    /** sizeof(textio) and its instance dict pointer's share, as python3 3.11 answers (with the GC header). */
    @Override
    public long sizeof() {
        return 208;
    }

    @Override
    public String shortValue() {
        return "<stdout>";
    }
}
