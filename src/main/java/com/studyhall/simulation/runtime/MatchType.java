package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/** re.Match: groups by number or name, their spans, and the attributes sre's match object has. */
final class MatchType extends BuiltinType {
    static final List<String> DATA_ATTRIBUTES = List.of("string", "re", "pos", "endpos", "lastindex", "lastgroup", "regs");
    private final RegexSearch search;

    MatchType(Interpreter in, RegexSearch search) {
        super("re.Match", null, in);
        this.search = search;
        method("group", (self, args, kw) -> {
            Args.noKeywords("group", kw);
            PyRegexMatch m = (PyRegexMatch) self;
            if (args.isEmpty()) return group(m, 0);
            if (args.size() == 1) return group(m, index(m, args.get(0)));
            PyObject[] items = new PyObject[args.size()];
            try {
                for (int i = 0; i < items.length; i++) items[i] = group(m, index(m, args.get(i)));
            } catch (PyRaise e) {
                for (PyObject item : items) if (item != null) heap.decref(item);
                throw e;
            }
            return heap.alloc(new PyTuple(items));
        });
        method("groups", (self, args, kw) -> {
            PyObject[] a = PatternType.clinic("groups", args, kw, 0, "default");
            PyRegexMatch m = (PyRegexMatch) self;
            PyObject[] items = new PyObject[m.re.groups];
            for (int g = 1; g <= m.re.groups; g++) items[g - 1] = groupOr(m, g, a[0]);
            return items.length == 0 ? heap.newRef(v.emptyTuple) : heap.alloc(new PyTuple(items));
        });
        method("groupdict", (self, args, kw) -> {
            PyObject[] a = PatternType.clinic("groupdict", args, kw, 0, "default");
            PyRegexMatch m = (PyRegexMatch) self;
            PyDict d = heap.alloc(new PyDict());
            for (var e : m.re.groupIndex.entrySet()) {
                PyObject key = v.str(e.getKey());
                builtins().setItem(d, key, groupOr(m, e.getValue(), a[0]));
                heap.decref(key);
            }
            return d;
        });
        for (String name : List.of("start", "end", "span")) {
            method(name, (self, args, kw) -> {
                Args.noKeywords(name, kw);
                if (args.size() > 1) throw new PyRaise("TypeError", name + " expected at most 1 argument, got " + args.size());
                PyRegexMatch m = (PyRegexMatch) self;
                int g = args.isEmpty() ? 0 : index(m, args.get(0));
                if (name.equals("start")) return v.integer(m.marks[2 * g]);
                if (name.equals("end")) return v.integer(m.marks[2 * g + 1]);
                return span(m, g);
            });
        }
    }

    private PyObject span(PyRegexMatch m, int g) {
        return heap.alloc(new PyTuple(new PyObject[] {v.integer(m.marks[2 * g]), v.integer(m.marks[2 * g + 1])}));
    }

    /** match_getindex: an int in range or a group name; anything else is "no such group". */
    private static int index(PyRegexMatch m, PyObject key) {
        if (key instanceof PyInt i) {
            if (i.fitsLong() && i.longValue() >= 0 && i.longValue() <= m.re.groups) return (int) i.longValue();
        } else if (key instanceof PyStr s) {
            Integer g = m.re.groupIndex.get(s.value);
            if (g != null) return g;
        }
        throw new PyRaise("IndexError", "no such group");
    }

    private PyObject group(PyRegexMatch m, int g) {
        return groupOr(m, g, v.none);
    }

    private PyObject groupOr(PyRegexMatch m, int g, PyObject absent) {
        if (m.marks[2 * g] < 0) return heap.newRef(absent == null ? v.none : absent);
        return search.slice(m.string, m.marks[2 * g], m.marks[2 * g + 1]);
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyRegexMatch m = (PyRegexMatch) o;
        return group(m, index(m, key));
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyRegexMatch m = (PyRegexMatch) o;
        return switch (attr) {
            case "string" -> heap.newRef(m.string);
            case "re" -> heap.newRef(m.re);
            case "pos" -> v.integer(m.pos);
            case "endpos" -> v.integer(m.endpos);
            case "lastindex" -> m.lastIndex < 0 ? v.none : v.integer(m.lastIndex);
            case "lastgroup" -> {
                String name = m.lastIndex < 0 ? null : m.re.groupName(m.lastIndex);
                yield name == null ? v.none : v.str(name);
            }
            case "regs" -> {
                List<PyObject> spans = new ArrayList<>();
                for (int g = 0; g <= m.re.groups; g++) spans.add(span(m, g));
                yield heap.alloc(new PyTuple(spans.toArray(new PyObject[0])));
            }
            default -> null;
        };
    }

    /** match_repr: the span and the repr of group 0 cut to 50 characters. */
    @Override
    String repr(PyObject o) {
        PyRegexMatch m = (PyRegexMatch) o;
        String text = Reprs.strRepr(((PyStr) m.string).value.substring(m.marks[0], m.marks[1]));
        if (text.length() > 50) text = text.substring(0, 50);
        return "<re.Match object; span=(" + m.marks[0] + ", " + m.marks[1] + "), match=" + text + ">";
    }
}
