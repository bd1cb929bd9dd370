package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * pprint: pprint, pformat and pp with PrettyPrinter's settings (indent, width, depth, compact,
 * sort_dicts, underscore_numbers) and pprint's stream (standard output, or any object with a
 * write method, called with each chunk as pprint writes it). The formatting is {@link PrettyPrinting}.
 */
final class PprintModule extends NativeModule {
    private static final List<String> PPRINT = List.of("object", "stream", "indent", "width", "depth");
    private static final List<String> PFORMAT = List.of("object", "indent", "width", "depth");
    private static final List<String> KEYWORD_ONLY = List.of("compact", "sort_dicts", "underscore_numbers");

    private final Builtins p;

    PprintModule(Interpreter in, Builtins protocols) {
        super("pprint", in);
        this.p = protocols;
        keywordFunction("pprint", (args, kw) -> print("pprint", args, kw, true));
        keywordFunction("pp", (args, kw) -> print("pp", args, kw, false));
        keywordFunction("pformat", (args, kw) -> {
            Map<String, PyObject> a = bind("pformat", PFORMAT, args, kw);
            StringBuilder out = new StringBuilder();
            new PrettyPrinting(in.ops, v, settings(a, true), out::append).format(a.get("object"));
            return v.str(out.toString());
        });
    }

    /** pprint(object, stream=None, ...) and pp(object, *args, sort_dicts=False, **kwargs): the text, then a newline. */
    private PyObject print(String fname, List<PyObject> args, Map<String, PyObject> kw, boolean sortByDefault) {
        Map<String, PyObject> a = bind(fname, PPRINT, args, kw);
        PyObject stream = a.get("stream");
        java.util.function.Consumer<String> out;
        if (stream == null || stream instanceof PyNone) {
            out = in.stdoutFile::write;
        } else {
            out = chunk -> {
                PyObject text = v.str(chunk);
                try {
                    heap.decref(p.callMethod(stream, "write", List.of(text), Map.of()));
                } finally {
                    heap.decref(text);
                }
            };
        }
        new PrettyPrinting(in.ops, v, settings(a, sortByDefault), out).format(a.get("object"));
        out.accept("\n");
        return v.none;
    }

    /** The arguments by name, with CPython's errors for missing, repeated and unknown ones. */
    private static Map<String, PyObject> bind(String fname, List<String> positional, List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() > positional.size()) {
            throw new PyRaise("TypeError", fname + "() takes from 1 to " + positional.size() + " positional arguments but "
                    + args.size() + " were given");
        }
        Map<String, PyObject> bound = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) bound.put(positional.get(i), args.get(i));
        for (Map.Entry<String, PyObject> e : kw.entrySet()) {
            if (!positional.contains(e.getKey()) && !KEYWORD_ONLY.contains(e.getKey())) {
                throw new PyRaise("TypeError", fname + "() got an unexpected keyword argument '" + e.getKey() + "'");
            }
            if (bound.containsKey(e.getKey())) {
                throw new PyRaise("TypeError", fname + "() got multiple values for argument '" + e.getKey() + "'");
            }
            bound.put(e.getKey(), e.getValue());
        }
        if (!bound.containsKey("object")) throw new PyRaise("TypeError", fname + "() missing 1 required positional argument: 'object'");
        return bound;
    }

    /** PrettyPrinter.__init__: int(indent), int(width) and its ValueErrors. */
    private PrettyPrinting.Settings settings(Map<String, PyObject> a, boolean sortByDefault) {
        int indent = a.containsKey("indent") ? (int) Args.integer(integer(a.get("indent"))) : 1;
        int width = a.containsKey("width") ? (int) Args.integer(integer(a.get("width"))) : 80;
        PyObject depthArg = a.get("depth");
        Integer depth = depthArg == null || depthArg instanceof PyNone ? null : (int) Args.integer(depthArg);
        if (indent < 0) throw new PyRaise("ValueError", "indent must be >= 0");
        if (depth != null && depth <= 0) throw new PyRaise("ValueError", "depth must be > 0");
        if (width == 0) throw new PyRaise("ValueError", "width must be != 0");
        boolean sort = a.containsKey("sort_dicts") ? in.ops.truthy(a.get("sort_dicts")) : sortByDefault;
        return new PrettyPrinting.Settings(indent, width, depth, flag(a, "compact"), sort, flag(a, "underscore_numbers"));
    }

    private boolean flag(Map<String, PyObject> a, String name) {
        return a.containsKey(name) && in.ops.truthy(a.get(name));
    }

    /** int(x) for an int or a float (truncated), as PrettyPrinter converts indent and width. */
    private PyObject integer(PyObject o) {
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.value) || Double.isInfinite(f.value)) throw new PyRaise("ValueError", "cannot convert float NaN to integer");
            return v.integer((long) f.value);
        }
        return o;
    }
}
