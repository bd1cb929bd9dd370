package com.studyhall.simulation.runtime;

import com.studyhall.simulation.gc.Collector;
import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * gc.callbacks: a list CPython's gc module made at start-up; before and after each collection
 * (automatic, gc.collect() or the first one at shutdown) every callable in it is called with the
 * phase ("start" or "stop") and a new info dict {generation, collected, uncollectable}, as
 * invoke_gc_callback does. The C code holds the dict once itself and once in the call's argument
 * array, so a callback sees it with a reference count of 4 plus its own uses.
 */
final class GcCallbacks implements Collector.Callbacks {
    private final Interpreter in;
    private final Heap heap;
    private PyList list;

    GcCallbacks(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** The gc.callbacks list: made on first use as CPython's start-up made it (old, not counted), held by the module. */
    PyList list() {
        if (list == null) {
            list = heap.allocPreexisting(new PyList(new ArrayList<>(), 0));
            heap.append(list, Heap.GENERATIONS - 1);
            in.builtinImpl.hold(list);
            in.collector.callbacks = this;
        }
        return list;
    }

    @Override
    public void invoke(String phase, int generation, long collected, long uncollectable) {
        if (list == null || list.items.isEmpty()) return;
        Values v = in.values;
        PyDict info = heap.alloc(new PyDict());
        in.builtinImpl.put(info, v.intern("generation"), v.integer(generation));
        in.builtinImpl.put(info, v.intern("collected"), v.integer(collected));
        in.builtinImpl.put(info, v.intern("uncollectable"), v.integer(uncollectable));
        in.builtinImpl.hold(info);
        // The list may change while callbacks run: it is read by index each time, as the C loop does.
        for (int i = 0; i < list.items.size(); i++) {
            PyObject cb = heap.newRef(list.items.get(i));
            in.builtinImpl.hold(cb);
            PyObject phaseText = v.str(phase);
            heap.incref(info);
            List<PyObject> args = List.of(phaseText, info);
            args.forEach(in.builtinImpl::hold);
            try {
                heap.decref(in.callNested(cb, args));
            } catch (PyRaise e) {
                // PyErr_WriteUnraisable: reported on stderr, and the next callback runs.
            } finally {
                args.forEach(in.builtinImpl::unhold);
                heap.decref(phaseText);
                heap.decref(info);
                in.builtinImpl.unhold(cb);
                heap.decref(cb);
            }
        }
        in.builtinImpl.unhold(info);
        heap.decref(info);
    }
}
