package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyObject;

/**
 * A function's code object as {@code f.__code__.co_name} reads it: the compiled def's own name,
 * qualified name, parameter counts, local names and first line, whatever the function's
 * __name__ became since. The checker lets a program read __code__ only as the object of a co_*
 * read, so this value is never kept, counted or shown (CPython's code objects are untracked, and
 * held by the enclosing code's constants and by every function and frame made from them, which the
 * lab does not model).
 */
final class CodeValue extends PyObject {
    final PyFunction function;
    final int firstLine;

    /** A frame's code as {@code frame.f_code.co_name} reads it (the checker lets a frame's code give its name only). */
    final String frameName;

    CodeValue(PyFunction function, int firstLine) {
        this.function = function;
        this.firstLine = firstLine;
        this.frameName = null;
        this.shared = true;
    }

    CodeValue(String frameName) {
        this.function = null;
        this.firstLine = 0;
        this.frameName = frameName;
        this.shared = true;
    }

    @Override
    public String typeName() {
        return "code";
    }

    @Override
    public long sizeof() {
        throw new IllegalStateException("a code object is only read for its co_* attributes");
    }
}
