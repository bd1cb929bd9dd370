package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lib/pprint.py's PrettyPrinter (3.11) for the builtin containers: _format, _safe_repr,
 * _pprint_dict/list/tuple/set/str, _format_items (compact too) and _format_dict_items, step by
 * step, so each repr (a __repr__ of the program's class among them) is asked for as often and in
 * the order pprint asks, and the chunks reach the stream in pprint's order. The types pprint
 * formats by other rules (bytes, the collections classes, SimpleNamespace, dataclasses,
 * mappingproxy) are refused by the checker in a program that uses pprint.
 */
final class PrettyPrinting {
    private static final Pattern WORDS = Pattern.compile("\\S*\\s*", Pattern.UNICODE_CHARACTER_CLASS);

    record Settings(int indent, int width, Integer depth, boolean compact, boolean sortDicts, boolean underscoreNumbers) { }

    private final Ops ops;
    private final Values v;
    private final Settings s;
    private final Consumer<String> stream;

    PrettyPrinting(Ops ops, Values v, Settings settings, Consumer<String> stream) {
        this.ops = ops;
        this.v = v;
        this.s = settings;
        this.stream = stream;
    }

    /** PrettyPrinter._format(object, stream, 0, 0, {}, 0). */
    void format(PyObject o) {
        format(o, 0, 0, new IdentityHashMap<>(), 0);
    }

    private enum Kind { DICT, LIST, TUPLE, SET, STR, INT, OTHER }

    /** Which of pprint's rules the object's type(object).__repr__ selects. */
    private static Kind kind(PyObject o) {
        PyObject b = o;
        if (o instanceof PyInstance i) {
            if (i.body == null || i.cls.lookup("__repr__") != null || i.cls.namedBase != null) return Kind.OTHER;
            b = i.body;
        }
        if (b.getClass() == PyDict.class) return Kind.DICT;
        if (b.getClass() == PyList.class) return Kind.LIST;
        if (b.getClass() == PyTuple.class) return Kind.TUPLE;
        if (b.getClass() == PySet.class || b.getClass() == PyFrozenSet.class) return Kind.SET;
        if (b instanceof PyStr) return Kind.STR;
        if ((b instanceof PyInt || b instanceof PyBigInt) && !(b instanceof PyBool)) return Kind.INT;
        return Kind.OTHER;
    }

    private void format(PyObject o, int indent, int allowance, Map<PyObject, Boolean> context, int level) {
        if (context.containsKey(o)) {
            stream.accept(recursion(o));
            return;
        }
        String rep = repr(o, context, level);
        int maxWidth = s.width - indent - allowance;
        if (width(rep) > maxWidth) {
            Kind k = kind(o);
            if (k != Kind.INT && k != Kind.OTHER) {
                context.put(o, true);
                switch (k) {
                    case DICT -> pprintDict(o, indent, allowance, context, level + 1);
                    case LIST -> {
                        stream.accept("[");
                        formatItems(items(o), indent, allowance + 1, context, level + 1);
                        stream.accept("]");
                    }
                    case TUPLE -> {
                        List<PyObject> items = items(o);
                        String end = items.size() == 1 ? ",)" : ")";
                        stream.accept("(");
                        formatItems(items, indent, allowance + end.length(), context, level + 1);
                        stream.accept(end);
                    }
                    case SET -> pprintSet(o, indent, allowance, context, level + 1);
                    default -> pprintStr(o, rep, indent, allowance, level + 1);
                }
                context.remove(o);
                return;
            }
        }
        stream.accept(rep);
    }

    private void pprintDict(PyObject o, int indent, int allowance, Map<PyObject, Boolean> context, int level) {
        stream.accept("{");
        if (s.indent > 1) stream.accept(" ".repeat(s.indent - 1));
        List<PyObject[]> items = entries(o);
        if (!items.isEmpty()) formatDictItems(items, indent, allowance + 1, context, level);
        stream.accept("}");
    }

    private void formatDictItems(List<PyObject[]> items, int indent, int allowance, Map<PyObject, Boolean> context, int level) {
        indent += s.indent;
        String delimnl = ",\n" + " ".repeat(indent);
        for (int i = 0; i < items.size(); i++) {
            boolean last = i == items.size() - 1;
            String rep = repr(items.get(i)[0], context, level);
            stream.accept(rep);
            stream.accept(": ");
            format(items.get(i)[1], indent + width(rep) + 2, last ? allowance : 1, context, level);
            if (!last) stream.accept(delimnl);
        }
    }

    private void pprintSet(PyObject o, int indent, int allowance, Map<PyObject, Boolean> context, int level) {
        List<PyObject> items = items(o);
        if (items.isEmpty()) {
            stream.accept(ops.repr(o));
            return;
        }
        String end;
        boolean plainSet = o.getClass() == PySet.class;
        if (plainSet) {
            stream.accept("{");
            end = "}";
        } else {
            String name = o instanceof PyInstance i ? i.cls.name : "frozenset";
            stream.accept(name + "({");
            end = "})";
            indent += name.length() + 1;
        }
        List<PyObject> sorted = new ArrayList<>(items);
        sortSafely(sorted);
        formatItems(sorted, indent, allowance + end.length(), context, level);
        stream.accept(end);
    }

    private void formatItems(List<PyObject> items, int indent, int allowance, Map<PyObject, Boolean> context, int level) {
        indent += s.indent;
        if (s.indent > 1) stream.accept(" ".repeat(s.indent - 1));
        String delimnl = ",\n" + " ".repeat(indent);
        String delim = "";
        int width = s.width - indent + 1;
        int maxWidth = width;
        for (int i = 0; i < items.size(); i++) {
            PyObject ent = items.get(i);
            boolean last = i == items.size() - 1;
            if (last) {
                maxWidth -= allowance;
                width -= allowance;
            }
            if (s.compact) {
                String rep = repr(ent, context, level);
                int w = width(rep) + 2;
                if (width < w) {
                    width = maxWidth;
                    if (!delim.isEmpty()) delim = delimnl;
                }
                if (width >= w) {
                    width -= w;
                    stream.accept(delim);
                    delim = ", ";
                    stream.accept(rep);
                    continue;
                }
            }
            stream.accept(delim);
            delim = delimnl;
            format(ent, indent, last ? allowance : 1, context, level);
        }
    }

    /** _pprint_str: each line's repr, or its words regrouped to fit, on lines of their own (in parentheses at the top level). */
    private void pprintStr(PyObject o, String whole, int indent, int allowance, int level) {
        String text = ((PyStr) PyInstance.bodyOf(o)).value;
        if (text.isEmpty()) {
            stream.accept(whole);
            return;
        }
        List<String> chunks = new ArrayList<>();
        List<String> lines = com.studyhall.simulation.library.Text.splitlines(text, true);
        if (level == 1) {
            indent += 1;
            allowance += 1;
        }
        int maxWidth = s.width - indent;
        int maxWidth1 = maxWidth;
        String rep = whole;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            rep = Reprs.strRepr(line);
            if (i == lines.size() - 1) maxWidth1 -= allowance;
            if (width(rep) <= maxWidth1) {
                chunks.add(rep);
                continue;
            }
            List<String> parts = new ArrayList<>();
            Matcher m = WORDS.matcher(line);
            while (m.find()) parts.add(m.group());
            parts.remove(parts.size() - 1);
            int maxWidth2 = maxWidth;
            String current = "";
            for (int j = 0; j < parts.size(); j++) {
                String candidate = current + parts.get(j);
                if (j == parts.size() - 1 && i == lines.size() - 1) maxWidth2 -= allowance;
                if (width(Reprs.strRepr(candidate)) > maxWidth2) {
                    if (!current.isEmpty()) chunks.add(Reprs.strRepr(current));
                    current = parts.get(j);
                } else {
                    current = candidate;
                }
            }
            if (!current.isEmpty()) chunks.add(Reprs.strRepr(current));
        }
        if (chunks.size() == 1) {
            // pprint writes the last line's repr here (the whole text when it is one line).
            stream.accept(rep);
            return;
        }
        if (level == 1) stream.accept("(");
        for (int i = 0; i < chunks.size(); i++) {
            if (i > 0) stream.accept("\n" + " ".repeat(indent));
            stream.accept(chunks.get(i));
        }
        if (level == 1) stream.accept(")");
    }

    /** _repr: _safe_repr with a copy of the context. */
    private String repr(PyObject o, Map<PyObject, Boolean> context, int level) {
        return safeRepr(o, new IdentityHashMap<>(context), level);
    }

    private String safeRepr(PyObject o, Map<PyObject, Boolean> context, int level) {
        Kind k = kind(o);
        if (k == Kind.INT && s.underscoreNumbers) return underscored(ops.repr(PyInstance.bodyOf(o)));
        boolean list = k == Kind.LIST;
        if (k == Kind.DICT) {
            List<PyObject[]> items = entries(o);
            if (items.isEmpty()) return "{}";
            if (s.depth != null && level >= s.depth) return "{...}";
            if (context.containsKey(o)) return recursion(o);
            context.put(o, true);
            List<String> parts = new ArrayList<>();
            for (PyObject[] e : items) {
                String key = safeRepr(e[0], context, level + 1);
                parts.add(key + ": " + safeRepr(e[1], context, level + 1));
            }
            context.remove(o);
            return "{" + String.join(", ", parts) + "}";
        }
        if (list || k == Kind.TUPLE) {
            List<PyObject> items = items(o);
            if (items.isEmpty()) return list ? "[]" : "()";
            String open = list ? "[" : "(";
            String close = list ? "]" : items.size() == 1 ? ",)" : ")";
            if (s.depth != null && level >= s.depth) return open + "..." + close;
            if (context.containsKey(o)) return recursion(o);
            context.put(o, true);
            List<String> parts = new ArrayList<>();
            for (PyObject item : items) parts.add(safeRepr(item, context, level + 1));
            context.remove(o);
            return open + String.join(", ", parts) + close;
        }
        return ops.repr(o);
    }

    /** len() of a text: its code points. */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /** f"{n:_d}": the digits in groups of three. */
    private static String underscored(String digits) {
        boolean negative = digits.startsWith("-");
        String d = negative ? digits.substring(1) : digits;
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < d.length(); i++) {
            if (i > 0 && (d.length() - i) % 3 == 0) b.append('_');
            b.append(d.charAt(i));
        }
        return (negative ? "-" : "") + b;
    }

    private String recursion(PyObject o) {
        String name = o instanceof PyInstance i ? i.cls.name : o.typeName();
        return "<Recursion on " + name + " with id=" + BuiltinsModule.idOf(o) + ">";
    }

    private static List<PyObject> items(PyObject o) {
        PyObject b = PyInstance.bodyOf(o);
        if (b instanceof PyList l) return new ArrayList<>(l.items);
        if (b instanceof PyTuple t) return List.of(t.items);
        return ((PySet) b).members();
    }

    /** The dict's items, sorted by key as sorted(items, key=_safe_tuple) orders them when sort_dicts is set. */
    private List<PyObject[]> entries(PyObject o) {
        List<PyObject[]> items = new ArrayList<>(((PyDict) PyInstance.bodyOf(o)).entries());
        if (!s.sortDicts) return items;
        List<PyObject> keys = new ArrayList<>();
        for (PyObject[] e : items) keys.add(e[0]);
        sortSafely(keys);
        List<PyObject[]> sorted = new ArrayList<>();
        for (PyObject key : keys) {
            for (PyObject[] e : items) if (e[0] == key) sorted.add(e);
        }
        return sorted;
    }

    /** A stable insertion sort on _safe_key's "<": the objects' own, else (str(type), id) when they are unorderable. */
    private void sortSafely(List<PyObject> objects) {
        for (int i = 1; i < objects.size(); i++) {
            PyObject x = objects.get(i);
            int j = i;
            while (j > 0 && less(x, objects.get(j - 1))) {
                objects.set(j, objects.get(j - 1));
                j--;
            }
            objects.set(j, x);
        }
    }

    private boolean less(PyObject a, PyObject b) {
        try {
            return ops.order("<", a, b);
        } catch (PyRaise e) {
            if (!"TypeError".equals(e.type)) throw e;
            String ta = "<class '" + a.typeName() + "'>";
            String tb = "<class '" + b.typeName() + "'>";
            int c = ta.compareTo(tb);
            return c != 0 ? c < 0 : BuiltinsModule.idOf(a) < BuiltinsModule.idOf(b);
        }
    }
}
