package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * string.Template (Lib/string.py, 3.11): `$name`, `${name}` and `$$` placeholders. CPython runs
 * `self.pattern.sub(convert, self.template)`; the lab scans for the same matches (each `$` starts
 * one: escaped, named, braced, or the empty "invalid" group) and joins the pieces as _sre's
 * pattern_subx does, so the result is the template itself when nothing matched and the one
 * converted value when it is the whole template.
 */
final class TemplateType extends BuiltinType {
    /** Template.delimiter and Template.idpattern, the class's constants. */
    private static final String DELIMITER = "$";
    private static final String ID_PATTERN = "(?a:[_a-z][_a-z0-9]*)";

    TemplateType(Interpreter in) {
        super("string.Template", null, in);
        method("substitute", (self, args, kw) -> substitute((PyTemplate) self, "Template.substitute", args, kw, false));
        method("safe_substitute", (self, args, kw) -> substitute((PyTemplate) self, "Template.safe_substitute", args, kw, true));
        method("get_identifiers", (self, args, kw) -> {
            ChainMapType.keywords("Template.get_identifiers", kw);
            ChainMapType.positional("Template.get_identifiers", args, 0, 0);
            List<String> names = new ArrayList<>();
            for (Placeholder p : placeholders((PyTemplate) self)) if (p.name != null && !names.contains(p.name)) names.add(p.name);
            ArrayList<PyObject> items = new ArrayList<>();
            for (String n : names) items.add(v.str(n));
            return heap.alloc(new PyList(items, items.size()));
        });
        method("is_valid", (self, args, kw) -> {
            ChainMapType.keywords("Template.is_valid", kw);
            ChainMapType.positional("Template.is_valid", args, 0, 0);
            for (Placeholder p : placeholders((PyTemplate) self)) if (p.kind == Kind.INVALID) return v.falseObj;
            return v.trueObj;
        });
    }

    /** Template(template): `__init__(self, template)` keeps the object as its one attribute. */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kw) {
        ChainMapType.keywords("Template.__init__", kw, "template");
        ChainMapType.positional("Template.__init__", args, 1, 1);
        PyObject template = Args.get(args, kw, 0, "template");
        if (template != null && !args.isEmpty() && kw.containsKey("template")) {
            throw new PyRaise("TypeError", "Template.__init__() got multiple values for argument 'template'");
        }
        ChainMapType.required(template, "Template.__init__", "template");
        return heap.alloc(new PyTemplate(heap.newRef(template)));
    }

    private enum Kind { ESCAPED, NAMED, INVALID }

    /** One match of Template.pattern: its span in the template and, for $name and ${name}, the name. */
    private record Placeholder(Kind kind, int start, int end, String name) {
    }

    /** pattern.finditer(self.template): every `$` starts a match, scanned left to right without overlap. */
    private static List<Placeholder> placeholders(PyTemplate t) {
        String s = text(t);
        List<Placeholder> found = new ArrayList<>();
        int i = s.indexOf('$');
        while (i >= 0) {
            Placeholder p = at(s, i);
            found.add(p);
            i = s.indexOf('$', p.end);
        }
        return found;
    }

    /** The alternatives in the pattern's order: `$$`, `$name`, `${name}`, then the empty invalid group. */
    private static Placeholder at(String s, int i) {
        if (i + 1 < s.length() && s.charAt(i + 1) == '$') return new Placeholder(Kind.ESCAPED, i, i + 2, null);
        int named = identifierEnd(s, i + 1);
        if (named > i + 1) return new Placeholder(Kind.NAMED, i, named, s.substring(i + 1, named));
        if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
            int braced = identifierEnd(s, i + 2);
            if (braced > i + 2 && braced < s.length() && s.charAt(braced) == '}') {
                return new Placeholder(Kind.NAMED, i, braced + 1, s.substring(i + 2, braced));
            }
        }
        return new Placeholder(Kind.INVALID, i, i + 1, null);
    }

    /** The end of `(?a:[_a-z][_a-z0-9]*)` under re.IGNORECASE from `from`: ASCII letters of either case only. */
    private static int identifierEnd(String s, int from) {
        int j = from;
        while (j < s.length() && (isAsciiLetter(s.charAt(j)) || s.charAt(j) == '_' || j > from && s.charAt(j) >= '0' && s.charAt(j) <= '9')) j++;
        return j;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** The template as _sre reads it: a str, else CPython's TypeError for the subject of a str pattern. */
    private static String text(PyTemplate t) {
        if (t.template instanceof PyStr s) return s.value;
        if (t.template instanceof PyBytes || t.template instanceof PyBytearray) {
            throw new PyRaise("TypeError", "cannot use a string pattern on a bytes-like object");
        }
        throw new PyRaise("TypeError", "expected string or bytes-like object, got '" + t.template.typeName() + "'");
    }

    /**
     * substitute(mapping=_sentinel_dict, /, **kws) and safe_substitute: the values looked up in
     * kws first, then mapping (string.py's _ChainMap(kws, mapping)), each converted with str().
     */
    private PyObject substitute(PyTemplate t, String qualname, List<PyObject> args, Map<String, PyObject> kw, boolean safe) {
        ChainMapType.positional(qualname, args, 0, 1);
        PyObject mapping = args.isEmpty() ? null : args.get(0);
        String s = text(t);
        List<PyObject> pieces = new ArrayList<>();
        try {
            int i = 0;
            for (Placeholder p : placeholders(t)) {
                if (i < p.start) pieces.add(slice(t, i, p.start));
                pieces.add(convert(t, p, mapping, kw, safe));
                i = p.end;
            }
            if (i < s.length()) pieces.add(slice(t, i, s.length()));
            return join(pieces);
        } finally {
            pieces.forEach(heap::decref);
        }
    }

    /** convert(mo): the value's str, the delimiter for `$$`, and for a bad placeholder the ValueError (safe: the text kept). */
    private PyObject convert(PyTemplate t, Placeholder p, PyObject mapping, Map<String, PyObject> kw, boolean safe) {
        if (p.kind == Kind.ESCAPED) return v.intern(DELIMITER);
        if (p.kind == Kind.INVALID) {
            if (safe) return slice(t, p.start, p.end);
            throw invalid(text(t), p.end);
        }
        try {
            PyObject value = lookup(p.name, mapping, kw);
            try {
                return value instanceof PyStr && value.getClass() == PyStr.class ? heap.newRef(value) : v.str(ops().str(value));
            } finally {
                heap.decref(value);
            }
        } catch (PyRaise e) {
            if (!safe || !e.type.equals("KeyError")) throw e;
            in.exceptions.discard(e);
            return slice(t, p.start, p.end);
        }
    }

    /** mapping[name], kws first when both are given; a new reference. */
    private PyObject lookup(String name, PyObject mapping, Map<String, PyObject> kw) {
        PyObject own = kw.get(name);
        if (own != null) return heap.newRef(own);
        PyObject key = v.str(name);
        try {
            if (mapping == null) throw PyRaise.withArg("KeyError", ops().repr(key), heap.newRef(key));
            return builtins().getItem(mapping, key);
        } finally {
            heap.decref(key);
        }
    }

    /** Template._invalid: the line and column (counted in code points, from 1) of the character after the `$`. */
    private static PyRaise invalid(String s, int after) {
        String before = s.substring(0, after);
        List<String> lines = Text.splitlines(before, true);
        int consumed = 0;
        for (int k = 0; k < lines.size() - 1; k++) consumed += lines.get(k).codePointCount(0, lines.get(k).length());
        int column = before.codePointCount(0, before.length()) - consumed;
        return new PyRaise("ValueError", "Invalid placeholder in string: line " + lines.size() + ", col " + column);
    }

    /** getslice(): the template itself when the slice is the whole of it (PyUnicode_Substring), else a new str. */
    private PyObject slice(PyTemplate t, int from, int to) {
        String s = ((PyStr) t.template).value;
        if (from == 0 && to == s.length()) return heap.newRef(t.template);
        return v.str(s.substring(from, to));
    }

    /** pattern_subx's end: '' for no pieces, the one piece itself (PyUnicode_Join of one str), else the joined text. */
    private PyObject join(List<PyObject> pieces) {
        if (pieces.isEmpty()) return v.str("");
        if (pieces.size() == 1) return heap.newRef(pieces.get(0));
        StringBuilder b = new StringBuilder();
        for (PyObject p : pieces) b.append(((PyStr) p).value);
        return v.str(b.toString());
    }

    /** template (the instance's), and the class's delimiter, idpattern and braceidpattern read through it. */
    @Override
    PyObject attribute(PyObject o, String attr) {
        return switch (attr) {
            case "template" -> heap.newRef(((PyTemplate) o).template);
            case "delimiter" -> v.intern(DELIMITER);
            case "idpattern" -> v.intern(ID_PATTERN);
            case "braceidpattern" -> v.none;
            default -> null;
        };
    }

    /** t.template = value: the instance attribute replaced (takes value's reference). */
    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        if (!attr.equals("template")) return false;
        PyTemplate t = (PyTemplate) o;
        PyObject old = t.template;
        t.template = value;
        heap.decref(old);
        return true;
    }

    @Override
    String repr(PyObject o) {
        return "<string.Template object at " + Reprs.address(o) + ">";
    }
}
