package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * json: dumps and loads (dump and load need files and are refused by the checker), and
 * JSONDecodeError, a ValueError. The checker also refuses the keywords the lab does not read
 * (cls, parse_float...) and indent= in a program that imports gc: CPython's pure-Python encoder
 * leaves a reference cycle behind at each indented call (docs/simulation-engine.md).
 */
final class JsonModule extends NativeModule {
    /** The keywords dumps reads; the checker refuses the others (PythonNames.LIBRARY_KEYWORDS). */
    static final Set<String> DUMPS_KEYWORDS = Set.of("skipkeys", "ensure_ascii", "allow_nan", "indent", "separators",
            "default", "sort_keys");
    private final Builtins p;

    JsonModule(Interpreter in, Builtins protocols) {
        super("json", in);
        this.p = protocols;
        exceptionClass("JSONDecodeError", JsonDecoder.ERROR);
        keywordFunction("dumps", this::dumps);
        keywordFunction("loads", this::loads);
    }

    private PyObject dumps(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() != 1) {
            throw new PyRaise("TypeError", args.isEmpty() ? "dumps() missing 1 required positional argument: 'obj'"
                    : "dumps() takes 1 positional argument but " + args.size() + " were given");
        }
        for (String k : kw.keySet()) {
            if (!DUMPS_KEYWORDS.contains(k)) throw new PyRaise("TypeError", "JSONEncoder.__init__() got an unexpected keyword argument '" + k + "'");
        }
        JsonEncoder.Options options = options(kw);
        PyObject obj = args.get(0);
        // dumps uses its shared encoder only when every keyword has its default value.
        boolean ownEncoder = options.skipKeys() || !options.ensureAscii() || !options.allowNan() || options.indent() != null
                || present(kw.get("separators")) != null || options.fallback() != null || options.sortKeys();
        if (obj instanceof PyStr s) {
            JsonCounts.stringEncoded(heap, ownEncoder);
            return v.str(JsonEncoder.quote(s.value, options.ensureAscii()));
        }
        JsonCounts.encoderMade(heap, ownEncoder);
        try {
            return v.str(new JsonEncoder(in, p, options).encode(obj));
        } finally {
            JsonCounts.encoderFreed(heap);
        }
    }

    private JsonEncoder.Options options(Map<String, PyObject> kw) {
        PyObject indentArg = present(kw.get("indent"));
        String indent = indentArg == null ? null : indentArg instanceof PyStr s ? s.value : " ".repeat((int) Math.max(0, Args.integer(indentArg)));
        String item = indent == null ? ", " : ",";
        String key = ": ";
        PyObject separators = present(kw.get("separators"));
        if (separators != null) {
            List<PyObject> pair = p.iterate(separators);
            if (pair.size() != 2) throw new PyRaise("ValueError", "too many values to unpack (expected 2)");
            item = Args.str(pair.get(0));
            key = Args.str(pair.get(1));
        }
        return new JsonEncoder.Options(flag(kw, "skipkeys", false), flag(kw, "ensure_ascii", true),
                flag(kw, "allow_nan", true), indent, item, key, present(kw.get("default")), flag(kw, "sort_keys", false));
    }

    private static PyObject present(PyObject o) {
        return o == null || o instanceof PyNone ? null : o;
    }

    private boolean flag(Map<String, PyObject> kw, String name, boolean byDefault) {
        PyObject o = kw.get(name);
        return o == null ? byDefault : in.ops.truthy(o);
    }

    private PyObject loads(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() != 1) {
            throw new PyRaise("TypeError", args.isEmpty() ? "loads() missing 1 required positional argument: 's'"
                    : "loads() takes 1 positional argument but " + args.size() + " were given");
        }
        for (String k : kw.keySet()) {
            if (!k.equals("object_hook")) throw new PyRaise("TypeError", "JSONDecoder.__init__() got an unexpected keyword argument '" + k + "'");
        }
        String text = text(args.get(0));
        PyObject hook = present(kw.get("object_hook"));
        boolean ownDecoder = hook != null;
        JsonDecoder decoder = new JsonDecoder(in, p, text, hook);
        JsonCounts.scanStarted(heap, ownDecoder);
        try {
            return decoder.decode();
        } finally {
            decoder.release();
            JsonCounts.scanEnded(heap, ownDecoder);
        }
    }

    private static String text(PyObject s) {
        if (s instanceof PyStr str) return str.value;
        if (s instanceof PyBytes b) return new String(b.value.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        throw new PyRaise("TypeError", "the JSON object must be str, bytes or bytearray, not " + s.typeName());
    }
}
