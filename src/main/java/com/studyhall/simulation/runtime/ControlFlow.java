package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyObject;

/** return, break and continue unwind the Java stack as exceptions without stack traces. */
class ControlFlow extends RuntimeException {
    ControlFlow() {
        super(null, null, false, false);
    }

    static final class Return extends ControlFlow {
        final PyObject value;

        Return(PyObject value) {
            this.value = value;
        }
    }

    static final class Break extends ControlFlow { }

    static final class Continue extends ControlFlow { }
}
