package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * str.format: literal text with {{ and }}, replacement fields {name.attr[key]!conv:spec} with
 * automatic or manual numbering, and fields nested one level inside a spec, as CPython's
 * {@code unicode_format.h}.
 */
final class StrFormat {
    private final Interpreter in;
    private int autoIndex;
    private boolean manual;

    StrFormat(Interpreter in) {
        this.in = in;
    }

    /** The formatted str (a new reference); {@code self} is the template. */
    PyObject format(PyObject self, List<PyObject> args, Map<String, PyObject> kwargs) {
        return result(self, args, kwargs);
    }

    /** str.format_map's mapping: a named field is mapping[name] (PyObject_GetItem, so __missing__ runs); null for format. */
    private PyObject mapping;

    /** str.format_map(mapping): named fields read from the mapping itself, no positional arguments at all. */
    PyObject formatMap(PyObject self, PyObject mapping) {
        this.mapping = mapping;
        return result(self, null, Map.of());
    }

    /**
     * The field object build_string's writer kept: a field that is the template's last piece
     * (the writer stops overallocating before it) written whole into a still empty writer (every
     * piece before it was empty) is the result itself, not a copy.
     */
    private PyObject kept;

    private PyObject result(PyObject self, List<PyObject> args, Map<String, PyObject> kwargs) {
        String fmt = StrObjects.text(self);
        String text = render(fmt, args, kwargs, 2);
        // A template without braces is one literal written whole at the end: the writer keeps the exact str.
        if (self.getClass() == PyStr.class && fmt.indexOf('{') < 0 && fmt.indexOf('}') < 0) return in.heap.newRef(self);
        return kept != null ? kept : in.values.str(text);
    }

    private String render(String fmt, List<PyObject> args, Map<String, PyObject> kwargs, int depth) {
        if (depth == 0) throw new PyRaise("ValueError", "Max string recursion exceeded");
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw new PyRaise("ValueError", "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            int end = fieldEnd(fmt, i + 1);
            boolean whole = depth == 2 && out.length() == 0 && end + 1 == fmt.length();
            Object piece = field(fmt.substring(i + 1, end), args, kwargs, depth, whole);
            if (piece instanceof PyObject o) {
                kept = o;
                return StrObjects.text(o);
            }
            out.append((String) piece);
            i = end + 1;
        }
        return out.toString();
    }

    /** The index of the '}' closing a field that starts at {@code from}, counting nested braces. */
    private static int fieldEnd(String fmt, int from) {
        int depth = 1;
        for (int i = from; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '{') depth++;
            else if (c == '}' && --depth == 0) return i;
        }
        throw new PyRaise("ValueError", depth > 1 ? "unmatched '{' in format spec" : "expected '}' before end of string");
    }

    /** The field's text, or (when {@code whole}) the str object render_field writes, a new reference. */
    private Object field(String field, List<PyObject> args, Map<String, PyObject> kwargs, int depth, boolean whole) {
        int colon = -1;
        int bang = -1;
        int bracket = 0;
        for (int i = 0; i < field.length() && colon < 0; i++) {
            char c = field.charAt(i);
            if (c == '[') bracket++;
            else if (c == ']') bracket--;
            else if (bracket == 0 && c == ':') colon = i;
            else if (bracket == 0 && c == '!' && bang < 0) bang = i;
        }
        String spec = colon >= 0 ? field.substring(colon + 1) : "";
        int nameEnd = bang >= 0 ? bang : colon >= 0 ? colon : field.length();
        char conversion = 0;
        if (bang >= 0) {
            String conv = field.substring(bang + 1, colon >= 0 ? colon : field.length());
            if (conv.length() != 1) {
                throw new PyRaise("ValueError", conv.isEmpty() ? "end of string while looking for conversion specifier"
                        : "expected ':' after conversion specifier");
            }
            conversion = conv.charAt(0);
            if ("rsa".indexOf(conversion) < 0) {
                throw new PyRaise("ValueError", "Unknown conversion specifier " + conversion);
            }
        }
        // The field's own number is taken before the numbers of fields nested in its spec.
        PyObject value = lookup(field.substring(0, nameEnd), args, kwargs);
        // render_field's own reference while a program's __format__, __repr__ or __str__ runs.
        in.builtinImpl.hold(value);
        try {
            if (spec.indexOf('{') >= 0) spec = render(spec, args, kwargs, depth - 1);
            if (whole) return StrObjects.formatField(in, value, conversion, spec);
            String converted = conversion == 'r' ? in.ops.repr(value) : conversion == 's' ? in.ops.str(value)
                    : conversion == 'a' ? ascii(in.ops.repr(value)) : null;
            return Format.apply(in.ops, value, converted, spec);
        } finally {
            in.builtinImpl.unhold(value);
            in.heap.decref(value);
        }
    }

    /** PyObject_ASCII's escaping of a repr: \\xhh, \\uhhhh, or \\Uhhhhhhhh for a character past the BMP (one code point, not two halves). */
    static String ascii(String repr) {
        StringBuilder b = new StringBuilder();
        repr.codePoints().forEach(c -> {
            if (c < 128) b.append((char) c);
            else if (c < 256) b.append(String.format("\\x%02x", c));
            else if (c < 0x10000) b.append(String.format("\\u%04x", c));
            else b.append(String.format("\\U%08x", c));
        });
        return b.toString();
    }

    /** The field's object (a new reference): the argument, then each .attr and [key] in turn. */
    private PyObject lookup(String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        int i = 0;
        while (i < name.length() && name.charAt(i) != '.' && name.charAt(i) != '[') i++;
        String first = name.substring(0, i);
        PyObject obj;
        if (first.isEmpty() || first.chars().allMatch(Character::isDigit)) {
            int index;
            if (first.isEmpty()) {
                if (manual) throw new PyRaise("ValueError", "cannot switch from manual field specification to automatic field numbering");
                index = autoIndex++;
            } else {
                if (autoIndex > 0) throw new PyRaise("ValueError", "cannot switch from automatic field numbering to manual field specification");
                manual = true;
                index = Integer.parseInt(first);
            }
            if (args == null) throw new PyRaise("ValueError", "Format string contains positional fields");
            if (index >= args.size()) throw new PyRaise("IndexError", "Replacement index " + index + " out of range for positional args tuple");
            obj = in.heap.newRef(args.get(index));
        } else if (mapping != null) {
            PyObject key = in.values.str(first);
            try {
                obj = in.getItem(mapping, key);
            } finally {
                in.heap.decref(key);
            }
        } else {
            PyObject o = kwargs.get(first);
            if (o == null) throw new PyRaise("KeyError", com.studyhall.simulation.heap.Reprs.strRepr(first));
            obj = in.heap.newRef(o);
        }
        while (i < name.length()) {
            char c = name.charAt(i);
            int j = i + 1;
            PyObject next;
            try {
                if (c == '.') {
                    while (j < name.length() && name.charAt(j) != '.' && name.charAt(j) != '[') j++;
                    if (j == i + 1) throw new PyRaise("ValueError", "Empty attribute in format string");
                    next = in.getAttr(obj, name.substring(i + 1, j));
                } else if (c == '[') {
                    j = name.indexOf(']', i);
                    if (j < 0) throw new PyRaise("ValueError", "Missing ']' in format string");
                    String key = name.substring(i + 1, j);
                    PyObject k = key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                            ? in.values.integer(Long.parseLong(key)) : in.values.str(key);
                    try {
                        next = in.getItem(obj, k);
                    } finally {
                        in.heap.decref(k);
                    }
                    j++;
                } else {
                    throw new PyRaise("ValueError", "Only '.' or '[' may follow ']' in format field specifier");
                }
            } finally {
                in.heap.decref(obj);
            }
            obj = next;
            i = j;
        }
        return obj;
    }
}
