package com.studyhall.simulation.heap;

import java.util.List;
import java.util.function.BiConsumer;

/** The references a frame's data holds (its function, then its locals in slot order), shared by generators and frame objects. */
final class FrameRefs {
    private FrameRefs() { }

    static void visit(String prefix, PyObject function, List<String> names, PyObject[] locals, BiConsumer<String, PyObject> visit) {
        if (function != null) visit.accept(prefix + "f_func", function);
        for (int i = 0; i < locals.length; i++) {
            if (locals[i] != null) visit.accept(prefix + (names == null ? "" : names.get(i)), locals[i]);
        }
    }
}
