package com.studyhall.simulation;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.runtime.Interpreter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Executable invariants of the heap (in the spirit of CPython's validate_list): every refcount
 * equals the references held by other objects plus the interpreter's external references, and
 * every generation list is a consistent doubly-linked ring of live, tracked objects.
 */
final class HeapChecker {
    private HeapChecker() { }

    static List<String> violations(Interpreter in) {
        List<String> out = new ArrayList<>();
        Heap heap = in.heap();
        IdentityHashMap<PyObject, Long> counted = in.externalReferences();
        for (PyObject o : heap.liveObjects()) {
            o.traverse(r -> counted.merge(r, 1L, Long::sum));
        }
        for (PyObject o : heap.liveObjects()) {
            if (o.shared) continue;
            long expected = counted.getOrDefault(o, 0L);
            if (o.refcnt != expected) {
                out.add(o.typeName() + " #" + o.id + " has refcount " + o.refcnt + " but " + expected + " references");
            }
        }
        for (int g = 0; g < Heap.GENERATIONS; g++) {
            PyObject head = heap.head(g);
            for (PyObject o = head.gcNext; o != head; o = o.gcNext) {
                if (o.gcNext.gcPrev != o) out.add("generation " + g + " list is broken after #" + o.id);
                if (o.generation != g) out.add("#" + o.id + " is in generation " + g + " but says " + o.generation);
                if (o.freed) out.add("#" + o.id + " is freed but still in generation " + g);
            }
        }
        return out;
    }
}
