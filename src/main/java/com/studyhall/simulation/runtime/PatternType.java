package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.PythonRegex;
import java.util.List;
import java.util.Map;

/** re.Pattern: the methods of a compiled pattern (Argument Clinic signatures of _sre.c) and its data attributes. */
final class PatternType extends BuiltinType {
    static final List<String> DATA_ATTRIBUTES = List.of("pattern", "flags", "groups");
    private final RegexSearch search;

    PatternType(Interpreter in, RegexSearch search) {
        super("re.Pattern", null, in);
        this.search = search;
        for (RegexSearch.Mode mode : RegexSearch.Mode.values()) {
            String name = mode.name().toLowerCase(java.util.Locale.ROOT);
            method(name, (self, args, kw) -> {
                PyObject[] a = clinic(name, args, kw, 1, "string", "pos", "endpos");
                PyRegexPattern p = (PyRegexPattern) self;
                String s = RegexSearch.subject(a[0]);
                int[] b = bounds(s, a[1], a[2]);
                int[] m = search.find(p, s, b[0], b[1], false, mode);
                return m == null ? v.none : search.match(p, a[0], m, b[0], b[1]);
            });
        }
        method("findall", (self, args, kw) -> {
            PyObject[] a = clinic("findall", args, kw, 1, "string", "pos", "endpos");
            int[] b = bounds(RegexSearch.subject(a[0]), a[1], a[2]);
            return search.findall((PyRegexPattern) self, a[0], b[0], b[1]);
        });
        method("finditer", (self, args, kw) -> {
            PyObject[] a = clinic("finditer", args, kw, 1, "string", "pos", "endpos");
            int[] b = bounds(RegexSearch.subject(a[0]), a[1], a[2]);
            return heap.alloc(new PyRegexScanner((PyRegexPattern) heap.newRef(self), heap.newRef(a[0]), b[0], b[1]));
        });
        for (String name : List.of("sub", "subn")) {
            method(name, (self, args, kw) -> {
                PyObject[] a = clinic(name, args, kw, 2, "repl", "string", "count");
                PyObject repl = a[0];
                if (!(repl instanceof PyStr) && !ObjectBuiltins.isCallable(repl)) {
                    throw new PyRaise("TypeError", "decoding to str: need a bytes-like object, " + repl.typeName() + " found");
                }
                long count = a[2] == null ? 0 : Args.integer(a[2]);
                PyObject[] result = search.sub((PyRegexPattern) self, repl, a[1], count);
                if (name.equals("sub")) {
                    heap.decref(result[1]);
                    return result[0];
                }
                return heap.alloc(new PyTuple(result));
            });
        }
        method("split", (self, args, kw) -> {
            PyObject[] a = clinic("split", args, kw, 1, "string", "maxsplit");
            long maxsplit = a[1] == null ? 0 : Args.integer(a[1]);
            return search.split((PyRegexPattern) self, a[0], maxsplit);
        });
    }

    /** Calls a method from the module functions (borrowed arguments, no keywords). */
    PyObject callMethod(PyRegexPattern p, String name, List<PyObject> args) {
        return method(name).call(p, args, Map.of());
    }

    private static int[] bounds(String s, PyObject pos, PyObject endpos) {
        return RegexSearch.bounds(s, pos == null ? 0 : Args.integer(pos), endpos == null ? Long.MAX_VALUE : Args.integer(endpos));
    }

    /** Argument Clinic's binding, with its messages. */
    static PyObject[] clinic(String fname, List<PyObject> args, Map<String, PyObject> kw, int required, String... params) {
        int given = args.size() + kw.size();
        if (given > params.length) {
            throw new PyRaise("TypeError", fname + "() takes at most " + params.length + " argument" + (params.length == 1 ? "" : "s")
                    + " (" + given + " given)");
        }
        PyObject[] out = new PyObject[params.length];
        for (int i = 0; i < args.size(); i++) out[i] = args.get(i);
        for (Map.Entry<String, PyObject> e : kw.entrySet()) {
            int at = List.of(params).indexOf(e.getKey());
            if (at < 0) throw new PyRaise("TypeError", "'" + e.getKey() + "' is an invalid keyword argument for " + fname + "()");
            if (out[at] != null) {
                throw new PyRaise("TypeError", "argument for " + fname + "() given by name ('" + e.getKey() + "') and position (" + (at + 1) + ")");
            }
            out[at] = e.getValue();
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) throw new PyRaise("TypeError", fname + "() missing required argument '" + params[i] + "' (pos " + (i + 1) + ")");
        }
        return out;
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyRegexPattern p = (PyRegexPattern) o;
        return switch (attr) {
            case "pattern" -> heap.newRef(p.pattern);
            case "flags" -> v.integer(p.flags);
            case "groups" -> v.integer(p.groups);
            default -> null;
        };
    }

    /** pattern_repr: re.compile(<repr, cut to 200 characters>[, flags]) naming the flags besides str's UNICODE. */
    @Override
    String repr(PyObject o) {
        PyRegexPattern p = (PyRegexPattern) o;
        String text = Reprs.strRepr(((PyStr) p.pattern).value);
        if (text.length() > 200) text = text.substring(0, 200);
        int flags = p.flags;
        if ((flags & (PythonRegex.LOCALE | PythonRegex.UNICODE | PythonRegex.ASCII)) == PythonRegex.UNICODE) flags &= ~PythonRegex.UNICODE;
        if (flags == 0) return "re.compile(" + text + ")";
        StringBuilder names = new StringBuilder();
        String[] order = {"TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE", "VERBOSE", "DEBUG", "ASCII"};
        int[] values = {1, 2, 4, 8, 16, 32, 64, 128, 256};
        for (int i = 0; i < order.length; i++) {
            if ((flags & values[i]) != 0) {
                if (names.length() > 0) names.append('|');
                names.append("re.").append(order[i]);
                flags &= ~values[i];
            }
        }
        if (flags != 0) names.append('|').append("0x").append(Integer.toHexString(flags));
        return "re.compile(" + text + ", " + names + ")";
    }
}
