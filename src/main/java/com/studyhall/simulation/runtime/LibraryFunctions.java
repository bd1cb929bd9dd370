package com.studyhall.simulation.runtime;

import com.studyhall.simulation.Diagnostic;
import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.resolve.Resolver;
import com.studyhall.simulation.resolve.Scopes;
import com.studyhall.simulation.syntax.Parser;
import com.studyhall.simulation.syntax.Scanner;
import com.studyhall.simulation.syntax.Stmt;
import com.studyhall.simulation.syntax.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Library functions CPython writes in Python (Lib/heapq.py's merge). The lab runs the same code as
 * a function of the running program, with its module's own globals, so its generator, frames,
 * lists and method-wrappers are counted as CPython counts them. Its statements carry line 0: they
 * are no line of the program (a step inside one reports the caller's line).
 */
final class LibraryFunctions {
    private LibraryFunctions() { }

    /**
     * Defines the source's one function in the module's globals (a new reference), as the module's
     * import did in CPython: what the definition and the globals allocate is not counted by gc.get_count().
     */
    static PyFunction define(Interpreter in, String source, java.util.function.Supplier<PyDict> moduleGlobals) {
        Parsed parsed = parse(in, source);
        List<Stmt> module = parsed.module();
        Scopes scopes = parsed.scopes();
        int counted = in.heap.counts[0];
        PyDict globals = moduleGlobals.get();
        PyFunction f = in.libraryFunction((Stmt.FunctionDef) module.get(0), scopes, globals);
        PyObject moduleName = globals.getStr("__name__");
        if (moduleName != null) f.module = in.heap.newRef(moduleName); // PyFunction_New: __module__ is the globals' __name__
        in.heap.decref(globals); // the function holds them now
        if (in.heap.counts[0] >= counted) in.heap.counts[0] = counted;
        return f;
    }

    /** Library source parsed and resolved, its statements on line 0. */
    record Parsed(List<Stmt> module, Scopes scopes) { }

    /** Parses and resolves library source; the interpreter learns its scopes (nested defs are made as the program runs). */
    static Parsed parse(Interpreter in, String source) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (Token t : new Scanner(source, diagnostics).scan()) tokens.add(new Token(t.type(), t.lexeme(), t.literal(), 0, t.column()));
        List<Stmt> module = new Parser(tokens, diagnostics).parse();
        Scopes scopes = new Resolver(diagnostics).resolve(module);
        if (!diagnostics.isEmpty()) throw new IllegalStateException("library source: " + diagnostics);
        in.scopes.absorb(scopes);
        return new Parsed(module, scopes);
    }

    /**
     * A class the module defines in Python (singledispatchmethod, ExitStack): the source's one
     * function makes and returns it, called once here; what that allocates is not counted either
     * (CPython made the class when the module was imported). A new reference, named as the module's.
     */
    static PyClass defineClass(Interpreter in, String source, java.util.function.Supplier<PyDict> moduleGlobals,
            String module, String qualname) {
        PyFunction factory = define(in, source, moduleGlobals);
        int counted = in.heap.counts[0];
        in.builtinImpl.hold(factory); // a root while it runs (only this call refers to it)
        try {
            PyClass cls = (PyClass) in.callBorrowed(factory, List.of());
            cls.module = module;
            cls.qualname = qualname;
            return cls;
        } finally {
            in.builtinImpl.unhold(factory);
            in.heap.decref(factory);
            if (in.heap.counts[0] >= counted) in.heap.counts[0] = counted;
        }
    }
}
