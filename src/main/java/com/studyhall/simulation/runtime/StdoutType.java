package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * _io.TextIOWrapper as sys.stdout and sys.stderr (heap.PyStdout): write, writelines and flush,
 * with CPython 3.11's errors; each writes to its own stream (Interpreter.stream). They are method descriptors called by LOAD_METHOD, so a call makes no bound
 * method, and a written-through TextIOWrapper allocates nothing the collector counts (measured:
 * {@code gc.collect(); sys.stdout.write("hello\n")} leaves {@code (0, 0, 0)}), unlike print, whose
 * PyFile_WriteObject makes the bound write method around each piece (StandardOutput.writeObject).
 */
final class StdoutType extends BuiltinType {
    StdoutType(Interpreter in) {
        super("_io.TextIOWrapper", null, in);
        method("write", (self, args, kw) -> {
            noKeywords("write", kw);
            if (args.size() != 1) throw new PyRaise("TypeError", "TextIOWrapper.write() takes exactly one argument (" + args.size() + " given)");
            String text = text(args.get(0));
            in.stream(self).write(text);
            return v.integer(text.codePointCount(0, text.length()));
        });
        // IOBase.writelines: each item through self.write (a method call, no bound method), None at the end.
        method("writelines", (self, args, kw) -> {
            noKeywords("writelines", kw);
            if (args.size() != 1) throw new PyRaise("TypeError", "_IOBase.writelines() takes exactly one argument (" + args.size() + " given)");
            PyObject it = builtins().getIter(args.get(0));
            try {
                for (PyObject line = builtins().next(it); line != null; line = builtins().next(it)) {
                    try {
                        in.stream(self).write(text(line));
                    } finally {
                        heap.decref(line);
                    }
                }
            } finally {
                heap.decref(it);
            }
            return v.none;
        });
        // Written through: every write is already flushed, so flush has nothing left to do.
        method("flush", (self, args, kw) -> {
            noKeywords("flush", kw);
            if (!args.isEmpty()) throw new PyRaise("TypeError", "TextIOWrapper.flush() takes no arguments (" + args.size() + " given)");
            return v.none;
        });
    }

    private static String text(PyObject o) {
        if (BuiltinBases.receiver(o) instanceof PyStr s) return s.value;
        // _PyArg_BadArgument names None itself, other objects by their type.
        throw new PyRaise("TypeError", "write() argument must be str, not " + (o instanceof PyNone ? "None" : o.typeName()));
    }

    private static void noKeywords(String name, Map<String, PyObject> kw) {
        if (!kw.isEmpty()) throw new PyRaise("TypeError", "TextIOWrapper." + name + "() takes no keyword arguments");
    }

    @Override
    String repr(PyObject o) {
        return "<_io.TextIOWrapper name='" + o.shortValue() + "' mode='w' encoding='utf-8'>";
    }
}
