package com.studyhall.simulation.gc;

import com.studyhall.simulation.heap.PyObject;
import java.util.List;

/** Receives the collector's progress for the trace; the collector itself prints nothing. */
public interface GcRecorder {
    GcRecorder NONE = new GcRecorder() { };

    default void start(int generation, List<PyObject> young) { }

    /** After a phase: the objects it looked at, with their gc_refs and unreachable flags as they stand. */
    default void phase(String name, String explanation, List<PyObject> objects) { }

    default void end(int generation, long found) { }
}
