package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.PythonRegex;
import java.util.List;
import java.util.Map;

/**
 * re: the module functions of Lib/re/__init__.py, each compiling through the cache
 * ({@link RegexSearch#compile}) and calling the pattern's method. The flags are plain ints here:
 * the checker lets re.I and friends appear only in a flags argument (they are RegexFlag members in
 * CPython), and requires every pattern to be a literal it could translate (library.PythonRegex).
 */
final class RegexModule extends NativeModule {
    private static final Map<String, Integer> FLAGS = PythonRegex.FLAG_NAMES;

    private final RegexSearch search;
    private final PatternType patterns;

    RegexModule(Interpreter in, RegexSearch search, PatternType patterns) {
        super("re", in);
        this.search = search;
        this.patterns = patterns;
        keywordFunction("compile", (args, kw) -> {
            PyObject[] a = bind("compile", args, kw, 1, "pattern", "flags");
            return search.compile(a[0], flags(a[1]));
        });
        for (String name : List.of("search", "match", "fullmatch", "findall", "finditer")) {
            keywordFunction(name, (args, kw) -> {
                PyObject[] a = bind(name, args, kw, 2, "pattern", "string", "flags");
                return withPattern(a[0], a[2], p -> patterns.callMethod(p, name, List.of(a[1])));
            });
        }
        for (String name : List.of("sub", "subn")) {
            keywordFunction(name, (args, kw) -> {
                PyObject[] a = bind(name, args, kw, 3, "pattern", "repl", "string", "count", "flags");
                List<PyObject> rest = a[3] == null ? List.of(a[1], a[2]) : List.of(a[1], a[2], a[3]);
                return withPattern(a[0], a[4], p -> patterns.callMethod(p, name, rest));
            });
        }
        keywordFunction("split", (args, kw) -> {
            PyObject[] a = bind("split", args, kw, 2, "pattern", "string", "maxsplit", "flags");
            List<PyObject> rest = a[2] == null ? List.of(a[1]) : List.of(a[1], a[2]);
            return withPattern(a[0], a[3], p -> patterns.callMethod(p, "split", rest));
        });
        keywordFunction("escape", (args, kw) -> {
            PyObject[] a = bind("escape", args, kw, 1, "pattern");
            if (!(a[0] instanceof PyStr s)) throw new PyRaise("TypeError", "'" + a[0].typeName() + "' object is not iterable");
            return v.str(PythonRegex.escape(s.value));
        });
    }

    private PyObject withPattern(PyObject pattern, PyObject flags, java.util.function.Function<PyRegexPattern, PyObject> body) {
        PyRegexPattern p = search.compile(pattern, flags(flags));
        // re.py's frame holds the pattern (_compile's result) while a sub's function runs Python code.
        in.builtinImpl.hold(p);
        try {
            return body.apply(p);
        } finally {
            in.builtinImpl.unhold(p);
            heap.decref(p);
        }
    }

    private static int flags(PyObject o) {
        if (o == null) return 0;
        if (o instanceof PyInt i && i.fitsLong()) return (int) i.longValue();
        throw new PyRaise("TypeError", "unsupported operand type(s) for &: '" + o.typeName() + "' and 'int'");
    }

    /** A Python function's binding of positional and keyword arguments, with its TypeErrors. */
    static PyObject[] bind(String fname, List<PyObject> args, Map<String, PyObject> kw, int required, String... params) {
        if (args.size() > params.length) {
            String takes = required == params.length ? String.valueOf(required) : "from " + required + " to " + params.length;
            throw new PyRaise("TypeError", fname + "() takes " + takes + " positional argument" + (params.length == 1 ? "" : "s")
                    + " but " + args.size() + " were given");
        }
        PyObject[] out = new PyObject[params.length];
        for (int i = 0; i < args.size(); i++) out[i] = args.get(i);
        for (Map.Entry<String, PyObject> e : kw.entrySet()) {
            int at = List.of(params).indexOf(e.getKey());
            if (at < 0) throw new PyRaise("TypeError", fname + "() got an unexpected keyword argument '" + e.getKey() + "'");
            if (out[at] != null) throw new PyRaise("TypeError", fname + "() got multiple values for argument '" + e.getKey() + "'");
            out[at] = e.getValue();
        }
        List<String> missing = new java.util.ArrayList<>();
        for (int i = 0; i < required; i++) if (out[i] == null) missing.add("'" + params[i] + "'");
        if (!missing.isEmpty()) {
            String names = missing.size() == 1 ? missing.get(0)
                    : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
            throw new PyRaise("TypeError", fname + "() missing " + missing.size() + " required positional argument"
                    + (missing.size() == 1 ? "" : "s") + ": " + names);
        }
        return out;
    }

    @Override
    java.util.Set<String> valueNames() {
        return FLAGS.keySet();
    }

    @Override
    PyObject value(String attr) {
        Integer f = FLAGS.get(attr);
        return f == null ? null : v.integer(f);
    }
}
