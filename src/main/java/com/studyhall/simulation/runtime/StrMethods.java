package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of str, registered in {@link StrType}'s table. The algorithms are in
 * {@link Text}; here are the argument checks and CPython's object identities: a method whose
 * result equals its input (strip with nothing to strip, center narrower than the text...)
 * returns the same object, and split's list keeps the capacity split preallocated.
 */
final class StrMethods {
    private final StrType t;
    private final Values v;
    private final Heap heap;

    private StrMethods(StrType t) {
        this.t = t;
        this.v = t.v;
        this.heap = t.heap;
    }

    static void install(StrType t) {
        new StrMethods(t).register();
    }

    private static String value(PyObject o) {
        return ((PyStr) o).value;
    }

    /** The result as a str object: self again when unchanged (unicode_result_unchanged). */
    private PyObject same(PyObject self, String result) {
        return result.equals(value(self)) ? heap.newRef(self) : v.str(result);
    }

    private PyObject list(List<String> parts, int capacity) {
        return list(parts, capacity, null);
    }

    /** {@code whole}, when not null, is the exact str stringlib puts in the list itself when nothing was split off. */
    private PyObject list(List<String> parts, int capacity, PyObject whole) {
        ArrayList<PyObject> items = new ArrayList<>();
        PyList l = heap.alloc(new PyList(items, capacity));
        for (String p : parts) {
            if (items.size() >= l.allocated) l.resizeFor(items.size() + 1);
            items.add(whole != null && parts.size() == 1 && p.equals(value(whole)) ? heap.newRef(whole) : v.str(p));
        }
        return l;
    }

    /** The str itself when it is exact (STRINGLIB_CHECK_EXACT), else null. */
    private static PyObject exact(PyObject self) {
        return self.getClass() == PyStr.class ? self : null;
    }

    /** stringlib's PREALLOC_SIZE: split lists start with room for maxsplit + 1 items, at most 12. */
    static int prealloc(int maxsplit) {
        return maxsplit < 0 || maxsplit >= 12 ? 12 : maxsplit + 1;
    }

    /** A METH_VARARGS method's call: its positional arguments packed into a tuple (counted, not made). */
    private PyObject packed(List<PyObject> args, java.util.function.Supplier<PyObject> call) {
        return t.in.builtinImpl.withPackedArguments(args.size(), false, call);
    }

    private void register() {
        for (String name : List.of("strip", "lstrip", "rstrip")) {
            t.method(name, (self, args, kw) -> {
                Args.noKeywords(name, kw);
                Args.count(name, args, 0, 1);
                String chars = Args.strOrNone(args.isEmpty() ? null : args.get(0), name + " arg");
                return same(self, Text.strip(value(self), chars, !name.equals("rstrip"), !name.equals("lstrip")));
            });
        }
        for (String name : List.of("split", "rsplit")) {
            t.method(name, (self, args, kw) -> {
                // Argument Clinic: only a call with keywords leaves the fast path and makes the parser's tuple.
                if (!kw.isEmpty()) t.in.builtinImpl.clinicParser("str." + name, 2);
                Args.count(name, args, 0, 2);
                String sep = Args.strOrNone(Args.get(args, kw, 0, "sep"), "sep");
                PyObject max = Args.get(args, kw, 1, "maxsplit");
                int maxsplit = max == null ? -1 : Args.intIndex(max);
                List<String> parts = name.equals("split") ? Text.split(value(self), sep, maxsplit) : Text.rsplit(value(self), sep, maxsplit);
                // Whitespace splitting stopped by maxsplit=0 copies what is left (SPLIT_ADD); every other unsplit string is itself.
                return list(parts, prealloc(maxsplit), sep == null && maxsplit == 0 ? null : exact(self));
            });
        }
        t.method("splitlines", (self, args, kw) -> {
            if (!kw.isEmpty()) t.in.builtinImpl.clinicParser("str.splitlines", 1);
            PyObject keep = Args.get(args, kw, 0, "keepends");
            return list(Text.splitlines(value(self), keep != null && t.ops().truthy(keep)), 0, exact(self));
        });
        t.method("join", (self, args, kw) -> join(self, args));
        t.method("replace", (self, args, kw) -> {
            Args.noKeywords("replace", kw);
            Args.count("replace", args, 2, 3);
            int count = args.size() > 2 ? Args.intIndex(args.get(2)) : -1;
            return same(self, Text.replace(value(self), Args.str(args.get(0)), Args.str(args.get(1)), count));
        });
        simple("upper", Text::upper);
        simple("lower", Text::lower);
        simple("casefold", Text::casefold);
        simple("title", Text::title);
        simple("capitalize", Text::capitalize);
        simple("swapcase", Text::swapcase);
        // startswith, endswith, find, rfind, index, rindex and count are METH_VARARGS in 3.11: their
        // arguments are packed into a tuple for the call (one count after a collection empties the free list).
        for (String name : List.of("startswith", "endswith")) {
            t.method(name, (self, args, kw) -> packed(args, () -> {
                Args.count(name, args, 1, 3);
                Integer start = Args.bound(args, 1);
                Integer end = Args.bound(args, 2);
                PyObject prefix = BuiltinBases.receiver(args.get(0));
                List<PyObject> options = prefix instanceof PyTuple tu ? List.of(tu.items) : List.of(prefix);
                for (PyObject p : options) {
                    if (!(BuiltinBases.receiver(p) instanceof PyStr ps)) {
                        throw new PyRaise("TypeError", name + " first arg must be str or a tuple of str, not " + p.typeName());
                    }
                    if (Text.startsWith(value(self), ps.value, start, end, name.equals("endswith"))) return v.trueObj;
                }
                return v.falseObj;
            }));
        }
        for (String name : List.of("find", "rfind", "index", "rindex", "count")) {
            t.method(name, (self, args, kw) -> {
                Args.noKeywords(name, kw);
                return packed(args, () -> {
                Args.count(name, args, 1, 3);
                String sub = Args.str(args.get(0));
                Integer start = Args.bound(args, 1);
                Integer end = Args.bound(args, 2);
                if (name.equals("count")) return v.integer(Text.count(value(self), sub, start, end));
                int i = name.contains("r") ? Text.rfind(value(self), sub, start, end) : Text.find(value(self), sub, start, end);
                if (i < 0 && name.contains("index")) throw new PyRaise("ValueError", "substring not found");
                return v.integer(i);
                });
            });
        }
        // METH_O: the affix removed when the string has it; the string itself otherwise (an empty affix too).
        for (String name : List.of("removeprefix", "removesuffix")) {
            t.method(name, (self, args, kw) -> {
                if (!kw.isEmpty()) throw new PyRaise("TypeError", "str." + name + "() takes no keyword arguments");
                if (args.size() != 1) {
                    throw new PyRaise("TypeError", "str." + name + "() takes exactly one argument (" + args.size() + " given)");
                }
                if (!(BuiltinBases.receiver(args.get(0)) instanceof PyStr affix)) {
                    throw new PyRaise("TypeError", name + "() argument must be str, not " + args.get(0).typeName());
                }
                String s = value(self);
                boolean prefix = name.equals("removeprefix");
                if (affix.value.isEmpty() || !(prefix ? s.startsWith(affix.value) : s.endsWith(affix.value))) return same(self, s);
                return v.str(prefix ? s.substring(affix.value.length()) : s.substring(0, s.length() - affix.value.length()));
            });
        }
        t.method("zfill", (self, args, kw) -> {
            Args.count("zfill", args, 1, 1);
            return same(self, Text.zfill(value(self), Args.intIndex(args.get(0))));
        });
        for (String name : List.of("center", "ljust", "rjust")) {
            t.method(name, (self, args, kw) -> {
                Args.noKeywords(name, kw);
                Args.count(name, args, 1, 2);
                int width = Args.intIndex(args.get(0));
                char fill = ' ';
                if (args.size() > 1) {
                    String f = args.get(1) instanceof PyStr fs ? fs.value : null;
                    if (f == null) throw new PyRaise("TypeError", name + "() argument 2 must be str, not " + args.get(1).typeName());
                    if (f.length() != 1) throw new PyRaise("TypeError", "The fill character must be exactly one character long");
                    fill = f.charAt(0);
                }
                return same(self, Text.pad(name, value(self), width, fill));
            });
        }
        for (String name : List.of("partition", "rpartition")) {
            t.method(name, (self, args, kw) -> {
                Args.count(name, args, 1, 1);
                String[] parts = Text.partition(value(self), Args.str(args.get(0)), name.startsWith("r"));
                PyObject[] items = new PyObject[3];
                for (int i = 0; i < 3; i++) {
                    boolean whole = parts[i].equals(value(self)) && parts[i].length() > 0;
                    items[i] = whole ? heap.newRef(self) : i == 1 && !parts[1].isEmpty() ? heap.newRef(args.get(0)) : v.str(parts[i]);
                }
                return heap.alloc(new PyTuple(items));
            });
        }
        t.method("expandtabs", (self, args, kw) -> {
            PyObject size = Args.get(args, kw, 0, "tabsize");
            return same(self, Text.expandtabs(value(self), size == null ? 8 : Args.intIndex(size)));
        });
        for (String name : List.of("isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
                "islower", "istitle", "isidentifier", "isascii", "isprintable")) {
            t.method(name, (self, args, kw) -> {
                Args.count(name, args, 0, 0);
                return v.bool(Text.is(name, value(self)));
            });
        }
        // METH_VARARGS | METH_KEYWORDS: the call packs the arguments into a tuple and the keywords into a dict.
        t.method("format", (self, args, kw) -> t.in.builtinImpl.withPackedArguments(args, kw,
                () -> new StrFormat(t.in).format(self, args, kw)));
        // METH_O: the mapping itself, no packing.
        t.method("format_map", (self, args, kw) -> {
            Args.noKeywords("str.format_map", kw);
            if (args.size() != 1) throw new PyRaise("TypeError", "str.format_map() takes exactly one argument (" + args.size() + " given)");
            return new StrFormat(t.in).formatMap(self, args.get(0));
        });
    }

    private void simple(String name, java.util.function.UnaryOperator<String> f) {
        t.method(name, (self, args, kw) -> {
            Args.count(name, args, 0, 0);
            return v.freshStr(f.apply(value(self)));
        });
    }

    /**
     * str.join: a single exact str item comes back as itself. PySequence_Fast reads an exact list
     * or tuple in place; anything else (a generator, map, set, str) is first made into a list,
     * counted, and freed (onto the list free list) once the text is made.
     */
    private PyObject join(PyObject self, List<PyObject> args) {
        Args.count("join", args, 1, 1);
        PyObject iterable = args.get(0);
        boolean listed = iterable.getClass() != PyList.class && iterable.getClass() != PyTuple.class;
        if (listed) heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        try {
            return joinItems(self, t.builtins().iterate(iterable));
        } finally {
            if (listed) heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        }
    }

    private PyObject joinItems(PyObject self, List<PyObject> items) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (!(BuiltinBases.receiver(items.get(i)) instanceof PyStr part)) {
                throw new PyRaise("TypeError", "sequence item " + i + ": expected str instance, " + items.get(i).typeName() + " found");
            }
            if (i > 0) b.append(value(self));
            b.append(part.value);
        }
        // Only an exact str comes back as itself (a subclass's item is copied, as PyUnicode_CheckExact).
        if (items.size() == 1 && items.get(0) instanceof PyStr) return heap.newRef(items.get(0));
        return v.str(b.toString());
    }
}
