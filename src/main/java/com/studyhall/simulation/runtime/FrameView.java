package com.studyhall.simulation.runtime;

import com.studyhall.simulation.TraceStep;
import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyStr;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A frame as the trace shows it, rebuilt only when its bindings changed since the last step. In a
 * deep recursion the callers' frames do not change while the callee runs: rebuilding every
 * frame's name map at every step made the trace quadratic in the depth (and the tracer's
 * identity check on an unchanged view lets it skip the frame's names).
 */
final class FrameView {
    /** The bindings the view was built from: name then object for a module frame, the slots otherwise. */
    private PyObject[] seen = new PyObject[0];
    private TraceStep.Frame view;

    TraceStep.Frame of(Frame f, PyDict globals) {
        if (view != null && unchanged(f, globals)) return view;
        Map<String, Integer> names = new LinkedHashMap<>();
        if (f.isModule()) {
            seen = new PyObject[2 * globals.map.size()];
            int i = 0;
            for (PyObject[] e : globals.map.values()) {
                names.put(((PyStr) e[0]).value, e[1].id);
                seen[i++] = e[0];
                seen[i++] = e[1];
            }
        } else {
            seen = Arrays.copyOf(f.locals, f.locals.length);
            for (int i = 0; i < f.locals.length; i++) if (f.locals[i] != null) names.put(f.varnames.get(i), f.locals[i].id);
        }
        view = new TraceStep.Frame(f.name, names);
        return view;
    }

    private boolean unchanged(Frame f, PyDict globals) {
        if (!f.isModule()) {
            PyObject[] locals = f.locals;
            if (locals.length != seen.length) return false;
            for (int i = 0; i < locals.length; i++) if (locals[i] != seen[i]) return false;
            return true;
        }
        if (2 * globals.map.size() != seen.length) return false;
        int i = 0;
        for (PyObject[] e : globals.map.values()) {
            if (e[0] != seen[i++] || e[1] != seen[i++]) return false;
        }
        return true;
    }
}
