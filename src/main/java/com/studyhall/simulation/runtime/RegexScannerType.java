package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** The callable_iterator re.finditer returns. */
final class RegexScannerType extends IteratorType {
    private final RegexSearch search;

    RegexScannerType(Interpreter in, RegexSearch search) {
        super("callable_iterator", in);
        this.search = search;
    }

    PyObject next(PyObject o) {
        return search.next((PyRegexScanner) o);
    }

    @Override
    String repr(PyObject o) {
        return "<callable_iterator object at " + Reprs.address(o) + ">";
    }
}
