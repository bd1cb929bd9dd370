package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyTraceback;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * The report CPython prints for an uncaught exception: the chain of causes and contexts first,
 * then "Traceback (most recent call last):", one "File ..., line N, in name" entry per traceback
 * entry (the file is the run's script name, main.py in the lab) with its source line, and the "Type: message" line (with 3.11's "Did you mean" for a
 * NameError or AttributeError). The carets 3.11 draws under the
 * failing expression are left out.
 */
final class TracebackText {
    private final Interpreter in;
    private final String[] lines;

    TracebackText(Interpreter in, String source) {
        this.in = in;
        this.lines = source == null ? new String[0] : source.split("\n", -1);
    }

    /**
     * The uncaught error's report, as the interpreter's own printer writes it: at most the last
     * 1000 entries of each traceback (PyTraceBack_LIMIT, sys.tracebacklimit unset).
     */
    String report(PyInstance exc) {
        return report(exc, exc.exc.traceback, -PRINTER_LIMIT, true);
    }

    private static final int PRINTER_LIMIT = 1000;
    /** TB_RECURSIVE_CUTOFF (and traceback.py's _RECURSIVE_CUTOFF): the same entry shown at most three times in a row. */
    private static final int REPEATS_SHOWN = 3;

    /**
     * What traceback.print_exception(exc, limit=limit, chain=chain) writes: the same report, with the
     * given traceback for exc itself (its causes and contexts use their own), each traceback cut to
     * its first limit entries (the last -limit when negative; StackSummary.extract), and without the
     * causes and contexts when chain is false.
     */
    String report(PyInstance exc, PyObject traceback, Integer limit, boolean chain) {
        StringBuilder out = new StringBuilder();
        chain(exc, traceback, limit, chain, out, new IdentityHashMap<>());
        return out.toString();
    }

    /** format_exception_only: the "Type: message" line and the notes. */
    String exceptionOnly(PyInstance exc) {
        return lastLine(exc) + ExceptionNotes.lines(in, exc) + "\n";
    }

    private void chain(PyInstance exc, PyObject traceback, Integer limit, boolean chained, StringBuilder out,
                       IdentityHashMap<PyObject, Boolean> seen) {
        seen.put(exc, true);
        if (chained && exc.exc.cause instanceof PyInstance cause && cause.exc != null && !seen.containsKey(cause)) {
            chain(cause, cause.exc.traceback, limit, true, out, seen);
            out.append("\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (chained && !exc.exc.suppressContext && exc.exc.context instanceof PyInstance ctx && ctx.exc != null
                && !seen.containsKey(ctx)) {
            chain(ctx, ctx.exc.traceback, limit, true, out, seen);
            out.append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<PyTraceback> entries = new ArrayList<>();
        for (PyObject t = traceback; t instanceof PyTraceback tb; t = tb.next) if (!inLibraryCode(tb)) entries.add(tb);
        if (limit != null) {
            int n = Math.min(Math.abs(limit), entries.size());
            entries = limit >= 0 ? entries.subList(0, n) : entries.subList(entries.size() - n, entries.size());
        }
        if (!entries.isEmpty()) out.append("Traceback (most recent call last):\n");
        // A run of entries with the same line of the same function (a recursion) shows its first
        // three and then how many more there were.
        String lastName = null;
        int lastLine = -1;
        int run = 0;
        for (PyTraceback tb : entries) {
            String name = tb.frame == null ? "<module>" : shortName(tb.frame.name);
            if (tb.lineno != lastLine || !name.equals(lastName)) {
                repeated(run, out);
                lastName = name;
                lastLine = tb.lineno;
                run = 0;
            }
            if (++run > REPEATS_SHOWN) continue;
            out.append("  File \"").append(in.scriptName).append("\", line ").append(tb.lineno).append(", in ").append(name).append('\n');
            if (tb.lineno >= 1 && tb.lineno <= lines.length && !lines[tb.lineno - 1].isBlank()) {
                out.append("    ").append(lines[tb.lineno - 1].strip()).append('\n');
            }
        }
        repeated(run, out);
        out.append(lastLine(exc)).append(ExceptionNotes.lines(in, exc)).append('\n');
    }

    private static void repeated(int run, StringBuilder out) {
        int more = run - REPEATS_SHOWN;
        if (more > 0) out.append("  [Previous line repeated ").append(more).append(more > 1 ? " more times]\n" : " more time]\n");
    }

    /**
     * An entry of library code the lab runs as Python (LibraryFunctions: its statements carry line 0):
     * CPython names its own file (.../contextlib.py), which the lab does not have, so it is left out.
     */
    private static boolean inLibraryCode(PyTraceback tb) {
        return tb.frame != null && tb.frame.function instanceof PyFunction f && f.def != null && f.def.token().line() == 0;
    }

    /** co_name: a function's own name, not its qualified name. */
    private static String shortName(String qualname) {
        return qualname.startsWith("<") ? qualname : qualname.substring(qualname.lastIndexOf('.') + 1);
    }

    private String lastLine(PyInstance exc) {
        String text;
        try {
            text = in.ops.str(exc);
        } catch (PyRaise failed) {
            in.exceptions.discard(failed);
            text = "<exception str() failed>";
        }
        text += new Suggestions(in).offer(exc);
        return text.isEmpty() ? ExceptionClasses.reportedName(exc.cls) : ExceptionClasses.reportedName(exc.cls) + ": " + text;
    }
}
