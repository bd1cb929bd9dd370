package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * _io.TextIOWrapper as sys.stdin (heap.PyStdin): readline, readlines, read and iteration over the
 * run's standard input, the same text input() reads (runtime.Stdin), with CPython 3.11's answers
 * for a file redirected to a program that is not a terminal. Reading after exit() or quit() closed
 * it is CPython's ValueError.
 */
final class StdinType extends IteratorType {
    StdinType(Interpreter in) {
        super("_io.TextIOWrapper", in);
        method("readline", (self, args, kw) -> {
            noKeywords("readline", kw);
            long size = size("readline", args);
            String line = open().readLineWithEnd(size);
            return v.str(line == null ? "" : line);
        });
        method("read", (self, args, kw) -> {
            noKeywords("read", kw);
            long size = size("read", args);
            return v.str(size < 0 ? open().readRest() : open().readChars(size));
        });
        // IOBase.readlines: a new list extended with the stream's remaining lines.
        method("readlines", (self, args, kw) -> {
            noKeywords("readlines", kw);
            long hint = size("readlines", args);
            PyList lines = heap.alloc(new PyList(new java.util.ArrayList<>(), 0));
            long taken = 0;
            for (String line = open().readLineWithEnd(); line != null; line = open().readLineWithEnd()) {
                builtins().append(lines, v.str(line));
                taken += line.length();
                if (hint > 0 && taken >= hint) break;
            }
            return lines;
        });
        method("isatty", (self, args, kw) -> noArguments("isatty", args, kw, v.falseObj));
        method("fileno", (self, args, kw) -> noArguments("fileno", args, kw, v.integer(0)));
        method("readable", (self, args, kw) -> noArguments("readable", args, kw, v.trueObj));
        method("writable", (self, args, kw) -> noArguments("writable", args, kw, v.falseObj));
    }

    private static void noKeywords(String name, Map<String, PyObject> kw) {
        if (!kw.isEmpty()) throw new PyRaise("TypeError", "TextIOWrapper." + name + "() takes no keyword arguments");
    }

    /** The run's standard input, or CPython's ValueError once exit() or quit() closed it. */
    private Stdin open() {
        if (in.stdin.closed) throw new PyRaise("ValueError", "I/O operation on closed file.");
        return in.stdin;
    }

    /** The optional size argument of read, readline and readlines: -1 (all) when absent or None. */
    private long size(String name, List<PyObject> args) {
        if (args.size() > 1) throw new PyRaise("TypeError", name + " expected at most 1 argument, got " + args.size());
        if (args.isEmpty() || args.get(0) instanceof PyNone) return -1;
        if (args.get(0) instanceof PyInt n && n.fitsLong()) return n.longValue();
        throw new PyRaise("TypeError", "argument should be integer or None, not '" + args.get(0).typeName() + "'");
    }

    private static PyObject noArguments(String name, List<PyObject> args, Map<String, PyObject> kw, PyObject result) {
        noKeywords(name, kw);
        if (!args.isEmpty()) throw new PyRaise("TypeError", "TextIOWrapper." + name + "() takes no arguments (" + args.size() + " given)");
        return result;
    }

    /** textiowrapper_iternext: the next line, or the end of iteration at the end of input. */
    PyObject next(PyObject self) {
        String line = open().readLineWithEnd();
        return line == null ? null : v.str(line);
    }

    /** The wrapper's own encoding and name strs; 'r' is the one-character str. */
    private PyObject[] strs;

    @Override
    PyObject attribute(PyObject o, String attr) {
        if (strs == null) strs = new PyObject[] {v.shared(new PyStr("utf-8")), v.shared(new PyStr("<stdin>"))};
        return switch (attr) {
            case "encoding" -> strs[0];
            case "name" -> strs[1];
            case "mode" -> v.str("r");
            case "closed" -> v.bool(in.stdin.closed);
            default -> null;
        };
    }

    @Override
    String repr(PyObject o) {
        return "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>";
    }
}
