package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * The traceback module's printing functions (Lib/traceback.py): print_exc() and
 * print_exception(exc) write the report CPython writes for an uncaught exception to sys.stderr
 * (3.11's caret lines, which both draw, are left out as in the lab's own report), and
 * format_exception_only(exc) answers its last line as a one-item list. The functions that put
 * the report in a str (format_exc, format_exception) would carry those caret lines into what the
 * program prints: they are not in the module, so the checker refuses them. A program that imports
 * traceback may not observe the collector (the checker's rule, syntax.CollectorObservations): the
 * formatting makes objects (a StackSummary of FrameSummary objects, linecache's lines) the lab does not.
 */
final class TracebackModule extends NativeModule {
    TracebackModule(Interpreter in) {
        super("traceback", in);
        // print_exc(limit=None, file=None, chain=True): print_exception(*sys.exc_info(), ...).
        keywordFunction("print_exc", (args, kw) -> {
            Args.count("print_exc", args, 0, 1);
            PyObject limit = Args.get(args, kw, 0, "limit");
            PyObject chain = kw.get("chain");
            PyObject value = in.exceptions.handling.isEmpty() ? v.none : in.exceptions.handling.get(in.exceptions.handling.size() - 1);
            print(value, value instanceof PyInstance e ? e.exc.traceback : null, limit, chain);
            return v.none;
        });
        // print_exception(exc, /, value=..., tb=..., limit=None, file=None, chain=True): with value and
        // tb given (the old three-argument form), value and tb are printed and exc is not read.
        keywordFunction("print_exception", (args, kw) -> {
            Args.count("print_exception", args, 1, 4);
            PyObject value = Args.get(args, kw, 1, "value");
            PyObject tb = Args.get(args, kw, 2, "tb");
            if ((value == null) != (tb == null)) throw new PyRaise("ValueError", "Both or neither of value and tb must be given");
            PyObject exc = value != null ? value : args.get(0);
            PyObject traceback = tb != null ? tb : exc instanceof PyInstance e && e.exc != null ? e.exc.traceback : null;
            print(exc, traceback, Args.get(args, kw, 3, "limit"), kw.get("chain"));
            return v.none;
        });
        // format_exception_only(exc, /, value=...): the exception's line (and notes) in a list.
        keywordFunction("format_exception_only", (args, kw) -> {
            Args.count("format_exception_only", args, 1, 2);
            PyObject exc = args.size() > 1 ? args.get(1) : kw.getOrDefault("value", args.get(0));
            PyObject line = v.str(text(exc, null, null, true, true));
            return heap.alloc(new PyList(new java.util.ArrayList<>(List.of(line)), 1));
        });
    }

    private void print(PyObject exc, PyObject traceback, PyObject limit, PyObject chain) {
        boolean chained = chain == null || in.ops.truthy(chain);
        Integer cut = limit == null || limit instanceof PyNone ? null : (int) Args.integer(limit);
        String report = text(exc, traceback, cut, chained, false);
        in.stderrFile.write(report);
    }

    /** The report of exc (CPython prints "NoneType: None" when there is no exception). */
    private String text(PyObject exc, PyObject traceback, Integer limit, boolean chained, boolean only) {
        if (!(exc instanceof PyInstance e) || e.exc == null) {
            if (exc instanceof PyNone) return "NoneType: None\n";
            throw new PyRaise("TypeError", "Exception expected for value, " + exc.typeName() + " found");
        }
        TracebackText text = new TracebackText(in, in.source);
        return only ? text.exceptionOnly(e) : text.report(e, traceback, limit, chained);
    }
}
