package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.FloatText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * json.dumps' text (Lib/json/encoder.py; Modules/_json.c's encoder writes the same text when there
 * is no indent): str, int, float, bool and None as JSON values, lists and tuples as arrays, dicts
 * (and their subclasses) as objects with their keys coerced to strings, anything else through
 * default= or CPython's TypeError; a container met again while it is being written is CPython's
 * circular-reference ValueError.
 */
final class JsonEncoder {
    /** JSONEncoder's settings; indent is null for the one-line form. */
    record Options(boolean skipKeys, boolean ensureAscii, boolean allowNan, String indent, String itemSeparator,
            String keySeparator, PyObject fallback, boolean sortKeys) {
    }

    private final Interpreter in;
    private final Builtins p;
    private final Options o;
    /** The containers being written (markers): meeting one again is a cycle. */
    private final Map<PyObject, Boolean> markers = new IdentityHashMap<>();
    private final StringBuilder out = new StringBuilder();

    JsonEncoder(Interpreter in, Builtins protocols, Options options) {
        this.in = in;
        this.p = protocols;
        this.o = options;
    }

    String encode(PyObject value) {
        value(value, 0);
        return out.toString();
    }

    private void value(PyObject v, int level) {
        if (v instanceof PyStr s) string(s.value);
        else if (v instanceof PyNone) out.append("null");
        else if (v instanceof PyBool b) out.append(b.truth() ? "true" : "false");
        else if (v instanceof PyInt i) out.append(i.value().toString());
        else if (v instanceof PyFloat f) out.append(floatText(f.value));
        else if (v instanceof PyList || v instanceof PyTuple) array(v, level);
        else if (PyInstance.bodyOf(v) instanceof PyDict d) object(v, d, level);
        else if (v instanceof PyDict d) object(v, d, level);
        else fallback(v, level);
    }

    /** default(o) gives a value to write in o's place; without it, CPython's TypeError. */
    private void fallback(PyObject v, int level) {
        if (o.fallback == null) {
            throw new PyRaise("TypeError", "Object of type " + v.typeName() + " is not JSON serializable");
        }
        enter(v);
        PyObject replacement = p.callValue(o.fallback, List.of(v));
        // The C encoder holds the replacement on its stack while default() runs again for what it holds.
        p.hold(replacement);
        try {
            value(replacement, level);
        } finally {
            p.unhold(replacement);
            in.heap.decref(replacement);
        }
        markers.remove(v);
    }

    private void enter(PyObject container) {
        if (markers.put(container, Boolean.TRUE) != null) throw new PyRaise("ValueError", "Circular reference detected");
    }

    private void array(PyObject v, int level) {
        List<PyObject> items = p.iterate(v);
        if (items.isEmpty()) {
            out.append("[]");
            return;
        }
        enter(v);
        out.append('[');
        String separator = open(level + 1);
        boolean first = true;
        for (PyObject item : new ArrayList<>(items)) {
            if (!first) out.append(separator);
            first = false;
            value(item, level + 1);
        }
        close(level, ']');
        markers.remove(v);
    }

    private void object(PyObject v, PyDict d, int level) {
        if (d.map.isEmpty()) {
            out.append("{}");
            return;
        }
        enter(v);
        List<PyObject[]> entries = new ArrayList<>(d.entries());
        if (o.sortKeys) entries.sort((a, b) -> in.ops.order("<", a[0], b[0]) ? -1 : 1);
        JsonCounts.itemsListMade(in.heap, entries.size());
        try {
            out.append('{');
            String separator = open(level + 1);
            boolean first = true;
            for (PyObject[] e : entries) {
                String key = key(e[0]);
                if (key == null) continue;
                if (!first) out.append(separator);
                first = false;
                string(key);
                out.append(o.keySeparator);
                value(e[1], level + 1);
            }
        } finally {
            JsonCounts.itemsListFreed(in.heap, entries.size());
        }
        close(level, '}');
        markers.remove(v);
    }

    /** The indent after an opening bracket; returns the separator between items. */
    private String open(int level) {
        if (o.indent == null) return o.itemSeparator;
        String newline = "\n" + o.indent.repeat(level);
        out.append(newline);
        return o.itemSeparator + newline;
    }

    private void close(int level, char bracket) {
        if (o.indent != null) out.append('\n').append(o.indent.repeat(level));
        out.append(bracket);
    }

    /** A key as JSON writes it: str as it is, float, bool, None and int by their JSON text; null when skipped. */
    private String key(PyObject k) {
        if (k instanceof PyStr s) return s.value;
        if (k instanceof PyFloat f) return floatText(f.value);
        if (k instanceof PyBool b) return b.truth() ? "true" : "false";
        if (k instanceof PyNone) return "null";
        if (k instanceof PyInt i) return i.value().toString();
        if (o.skipKeys) return null;
        throw new PyRaise("TypeError", "keys must be str, int, float, bool or None, not " + k.typeName());
    }

    /** float.__repr__, with JavaScript's names for the values JSON has no literal for. */
    private String floatText(double d) {
        if (!Double.isNaN(d) && !Double.isInfinite(d)) return FloatText.repr(d);
        if (!o.allowNan) throw new PyRaise("ValueError", "Out of range float values are not JSON compliant");
        return Double.isNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private void string(String s) {
        out.append(quote(s, o.ensureAscii));
    }

    /** encode_basestring(_ascii): the short escapes, \\u00XX for other control characters, and with ensure_ascii every non-ASCII UTF-16 unit. */
    static String quote(String s, boolean ensureAscii) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20 || (ensureAscii && c > 0x7e)) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
