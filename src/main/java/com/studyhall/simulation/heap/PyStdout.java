package com.studyhall.simulation.heap;

/**
 * sys.stdout or sys.stderr: a TextIOWrapper CPython 3.11 sets up over file descriptor 1 or 2. The
 * lab keeps one of each, made at start-up and held by the sys module; a program's names, containers
 * and frames add their references to it as to any object (syntax.StreamUses lists what stays refused). What it writes goes to the run's standard output or standard error
 * (runtime.StandardOutput).
 */
public final class PyStdout extends PyTextStream {
    /** True for sys.stderr. */
    public final boolean error;

    public PyStdout() {
        this(false);
    }

    public PyStdout(boolean error) {
        this.error = error;
    }

    /**
     * The references CPython 3.11's {@code python3 script.py} holds: sys.stdout and sys.__stdout__;
     * for stderr also threading's _MainThread (Thread.__init__ keeps {@code _sys.stderr} for its
     * excepthook; site imports threading), so {@code sys.getrefcount(sys.stderr)} is 4 where stdout's is 3.
     */
    @Override
    public int heldAtStart() {
        return error ? 3 : 2;
    }

    @Override
    public String shortValue() {
        return error ? "<stderr>" : "<stdout>";
    }
}
