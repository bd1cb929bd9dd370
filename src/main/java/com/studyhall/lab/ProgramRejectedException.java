package com.studyhall.lab;

import com.studyhall.simulation.Diagnostic;

import java.util.List;

/** A syntax error or an unsupported construct: nothing ran. Answered with 400 and the first position. */
class ProgramRejectedException extends RuntimeException {

    private final transient List<Diagnostic> diagnostics;

    ProgramRejectedException(List<Diagnostic> diagnostics) {
        super(diagnostics.get(0).message());
        this.diagnostics = List.copyOf(diagnostics);
    }

    Diagnostic first() {
        return diagnostics.get(0);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
