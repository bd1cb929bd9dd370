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

    /**
     * _ExceptionPrintContext: how deep in exception groups the text is (each level indents by two and
     * draws a margin) and whether the last sub-exception's box still needs its closing line.
     */
    private static final class Boxes {
        int depth;
        boolean needClose;

        String indent() {
            return " ".repeat(2 * depth);
        }

        /** _ExceptionPrintContext.emit: every line of text behind the indent and, inside a group, the margin. */
        void emit(StringBuilder out, String text, char margin) {
            String prefix = depth == 0 ? "" : indent() + margin + " ";
            int start = 0;
            while (start < text.length()) {
                int end = text.indexOf('\n', start);
                end = end < 0 ? text.length() : end + 1;
                out.append(prefix).append(text, start, end);
                start = end;
            }
        }

        void emit(StringBuilder out, String text) {
            emit(out, text, '|');
        }
    }

    /** TracebackException's max_group_width and max_group_depth (the interpreter's printer uses the same). */
    private static final int GROUP_WIDTH = 15;
    private static final int GROUP_DEPTH = 10;

    private void chain(PyInstance exc, PyObject traceback, Integer limit, boolean chained, StringBuilder out,
                       IdentityHashMap<PyObject, Boolean> seen) {
        chain(exc, traceback, limit, chained, out, seen, new Boxes());
    }

    private void chain(PyInstance exc, PyObject traceback, Integer limit, boolean chained, StringBuilder out,
                       IdentityHashMap<PyObject, Boolean> seen, Boxes boxes) {
        seen.put(exc, true);
        if (chained && exc.exc.cause instanceof PyInstance cause && cause.exc != null && !seen.containsKey(cause)) {
            chain(cause, cause.exc.traceback, limit, true, out, seen, boxes);
            boxes.emit(out, "\nThe above exception was the direct cause of the following exception:\n\n");
        } else if (chained && !exc.exc.suppressContext && exc.exc.context instanceof PyInstance ctx && ctx.exc != null
                && !seen.containsKey(ctx)) {
            chain(ctx, ctx.exc.traceback, limit, true, out, seen, boxes);
            boxes.emit(out, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        List<PyTraceback> entries = new ArrayList<>();
        for (PyObject t = traceback; t instanceof PyTraceback tb; t = tb.next) if (!inLibraryCode(tb)) entries.add(tb);
        if (limit != null) {
            int n = Math.min(Math.abs(limit), entries.size());
            entries = limit >= 0 ? entries.subList(0, n) : entries.subList(entries.size() - n, entries.size());
        }
        String stack = stack(entries);
        String only = lastLine(exc) + ExceptionNotes.lines(in, exc) + "\n";
        if (!in.exceptions.groups.isGroup(exc)) {
            if (!entries.isEmpty()) boxes.emit(out, "Traceback (most recent call last):\n" + stack);
            boxes.emit(out, only);
            return;
        }
        if (boxes.depth > GROUP_DEPTH) {
            boxes.emit(out, "... (max_group_depth is " + GROUP_DEPTH + ")\n");
            return;
        }
        boolean top = boxes.depth == 0;
        if (top) boxes.depth++;
        if (!entries.isEmpty()) {
            boxes.emit(out, "Exception Group Traceback (most recent call last):\n", top ? '+' : '|');
            boxes.emit(out, stack);
        }
        boxes.emit(out, only);
        PyObject[] excs = ((com.studyhall.simulation.heap.PyTuple) exc.exc.members[1]).items;
        int n = excs.length <= GROUP_WIDTH ? excs.length : GROUP_WIDTH + 1;
        boxes.needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) boxes.needClose = true;
            boolean truncated = i >= GROUP_WIDTH;
            String title = truncated ? "..." : String.valueOf(i + 1);
            out.append(boxes.indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title).append(" ----------------\n");
            boxes.depth++;
            if (!truncated) {
                PyInstance sub = (PyInstance) excs[i];
                chain(sub, sub.exc.traceback, limit, chained, out, seen, boxes);
            } else {
                int remaining = excs.length - GROUP_WIDTH;
                boxes.emit(out, "and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n");
            }
            if (last && boxes.needClose) {
                out.append(boxes.indent()).append("+------------------------------------\n");
                boxes.needClose = false;
            }
            boxes.depth--;
        }
        if (top) boxes.depth = 0;
    }

    /** StackSummary.format: one entry per frame with its source line; a run of the same line shows three and a count. */
    private String stack(List<PyTraceback> entries) {
        StringBuilder out = new StringBuilder();
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
        return out.toString();
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
    static String shortName(String qualname) {
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
