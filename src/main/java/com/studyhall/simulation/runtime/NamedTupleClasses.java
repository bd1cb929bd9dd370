package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Making namedtuple classes: collections.namedtuple's checks of the names and the class itself
 * ({@link PyNamedTupleClass}), typing.NamedTuple's functional form, and the class statement
 * {@code class Pt(NamedTuple)}. In CPython that statement runs NamedTupleMeta.__new__: it makes a
 * namedtuple class from the body's annotations (the defaults are the annotated names the body
 * assigned) and copies the body's other names onto it with setattr. The lab makes that class a
 * {@link PyClass} over tuple whose {@code namedBase} is a field record only (not a base), so the
 * instances are the tuple-subclass instances of {@link NamedTupleSubclasses}, with its fields, _make,
 * _replace, _asdict and repr, and the body's methods are the class's own.
 */
final class NamedTupleClasses {
    /** keyword.kwlist of CPython 3.11. */
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async", "await",
            "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if",
            "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield");
    /** typing._prohibited: names a NamedTuple body may not set (NamedTupleMeta's AttributeError). */
    private static final List<String> PROHIBITED = List.of("__new__", "__init__", "__slots__", "__getnewargs__", "_fields",
            "_field_defaults", "_make", "_replace", "_asdict", "_source");

    /**
     * What the class statement leaves in gc.get_count() beyond the body's own objects (its namespace
     * and __annotations__ dicts, functions, properties...), measured with python3 3.11.7 after a
     * gc.collect(): 82 with one or two fields, one more per field from three, one more again from
     * six; one more when some field has a default; one less when the body defines __repr__
     * (namedtuple's own __repr__ function is freed).
     */
    private static final int STATEMENT_ALLOCATIONS = 80;
    /** NamedTuple('P', [...]) leaves 78 after a collection the first time in a run, 77 later (measured). */
    private static final int FUNCTIONAL_ALLOCATIONS = 74;
    /**
     * The free lists namedtuple()'s exec and NamedTupleMeta leave stocked (measured by allocating 20
     * of each kind right after the statement): tuples of one to seven items, dicts, lists.
     */
    private static final int[] FREE_TUPLES = {0, 7, 13, 6, 5, 5, 5, 4};
    private static final int FREE_DICTS = 15;
    private static final int FREE_LISTS = 12;
    /**
     * Objects of CPython's namedtuple class cluster a collection of a dead class finds that the lab
     * keeps no object for (the generated functions and their defaults, the _tuplegetter of each
     * field, the classmethod _make, the bases tuple...), measured: 30 plus one per field and one for
     * a class statement's __orig_bases__, minus what the lab's class, dict and record are. The
     * __annotations__ dict of static types ({'x': int}) is untracked in CPython and in the lab, so
     * it is none of the lab's visible garbage; CPython's cluster still holds one more dict.
     */
    static final int CLUSTER_GARBAGE = 24;

    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    private boolean functionalRan;

    NamedTupleClasses(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    /** namedtuple's checks of the type name and field names, after rename= replaced the bad ones. */
    void validate(String typename, List<String> fields, boolean rename) {
        if (rename) {
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < fields.size(); i++) {
                String f = fields.get(i);
                if (!isIdentifier(f) || KEYWORDS.contains(f) || f.startsWith("_") || seen.contains(f)) fields.set(i, "_" + i);
                seen.add(fields.get(i));
            }
        }
        List<String> all = new ArrayList<>();
        all.add(typename);
        all.addAll(fields);
        for (String name : all) {
            if (!isIdentifier(name)) {
                throw new PyRaise("ValueError", "Type names and field names must be valid identifiers: " + reprOf(name));
            }
            if (KEYWORDS.contains(name)) {
                throw new PyRaise("ValueError", "Type names and field names cannot be a keyword: " + reprOf(name));
            }
        }
        Set<String> seen = new HashSet<>();
        for (String name : fields) {
            if (name.startsWith("_") && !rename) throw new PyRaise("ValueError", "Field names cannot start with an underscore: " + reprOf(name));
            if (!seen.add(name)) throw new PyRaise("ValueError", "Encountered duplicate field name: " + reprOf(name));
        }
    }

    /** The namedtuple class: its _fields tuple (interned names) and its defaults (the caller's reference, or null). */
    PyNamedTupleClass build(String typename, List<String> fields, PyTuple defaults) {
        PyNamedTupleClass cls = heap.alloc(new PyNamedTupleClass(typename));
        cls.holdSelf(heap);
        cls.fields = fieldsTuple(fields);
        cls.defaults = defaults;
        return cls;
    }

    private PyTuple fieldsTuple(List<String> fields) {
        PyObject[] names = new PyObject[fields.size()];
        for (int i = 0; i < names.length; i++) names[i] = v.intern(fields.get(i));
        if (names.length == 0) return (PyTuple) heap.newRef(v.emptyTuple);
        return heap.alloc(new PyTuple(names));
    }

    /**
     * typing.NamedTuple('Pt', [('x', int), ('y', int)]) or NamedTuple('Pt', x=int, y=int):
     * _make_nmtuple, a namedtuple class whose __annotations__ dict holds the types.
     */
    PyObject functional(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "NamedTuple() missing 1 required positional argument: 'typename'");
        if (args.size() > 2) throw new PyRaise("TypeError", "NamedTuple() takes from 1 to 2 positional arguments but " + args.size() + " were given");
        if (args.size() == 2 && !kw.isEmpty()) {
            throw new PyRaise("TypeError", "Either list of fields or keywords can be provided to NamedTuple, not both");
        }
        List<String> names = new ArrayList<>();
        List<PyObject> types = new ArrayList<>();
        if (args.size() == 2) {
            for (PyObject pair : in.builtinImpl.iterate(args.get(1))) {
                List<PyObject> parts = in.builtinImpl.iterate(pair);
                if (parts.size() != 2) {
                    throw new PyRaise("ValueError", (parts.size() < 2 ? "not enough" : "too many") + " values to unpack (expected 2"
                            + (parts.size() < 2 ? ", got " + parts.size() : "") + ")");
                }
                names.add(in.ops.str(parts.get(0)));
                types.add(parts.get(1));
            }
        } else {
            for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                names.add(e.getKey());
                types.add(e.getValue());
            }
        }
        for (PyObject t : types) checkType(t);
        String typename = in.ops.str(args.get(0));
        validate(typename, names, false);
        long before = heap.counts[0];
        PyNamedTupleClass cls = build(typename, names, null);
        PyDict annotations = heap.alloc(new PyDict());
        for (int i = 0; i < names.size(); i++) in.builtinImpl.put(annotations, v.intern(names.get(i)), heap.newRef(types.get(i)));
        cls.annotations = annotations;
        countHidden(before, FUNCTIONAL_ALLOCATIONS + (functionalRan ? 0 : 1));
        functionalRan = true;
        stockFreeLists();
        return cls;
    }

    /** typing._type_check: None, a class, a builtin type, a typing form or alias, a string (a forward reference). */
    private void checkType(PyObject t) {
        boolean ok = t instanceof PyNone || t instanceof PyClass || t instanceof PyNamedTupleClass || t instanceof PyTyping
                || t instanceof PyGenericAlias || t instanceof PyUnionType || t instanceof PyStr
                || t instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b);
        if (!ok) {
            throw new PyRaise("TypeError", "NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each t must be a type Got "
                    + in.ops.repr(t) + ".");
        }
    }

    /**
     * NamedTupleMeta.__new__ for a class statement's namespace: the fields are the annotated names
     * (in order), the defaults the values the body gave the last of them; the fields' values leave
     * the dict (they become __new__'s defaults), the rest stays as the class's own attributes.
     * Returns the field record for the class (a new reference); raises NamedTupleMeta's errors.
     */
    PyNamedTupleClass record(String typename, PyDict namespace) {
        List<String> fields = new ArrayList<>();
        PyObject declared = namespace.getStr("__annotations__");
        if (declared instanceof PyDict d) {
            for (PyObject[] e : d.entries()) fields.add(in.ops.str(e[0]));
        }
        List<String> defaultNames = new ArrayList<>();
        for (String f : fields) {
            if (namespace.getStr(f) != null) {
                defaultNames.add(f);
            } else if (!defaultNames.isEmpty()) {
                throw new PyRaise("TypeError", "Non-default namedtuple field " + f + " cannot follow default field"
                        + (defaultNames.size() > 1 ? "s" : "") + " " + String.join(", ", defaultNames));
            }
        }
        validate(typename, fields, false);
        for (PyObject[] e : namespace.entries()) {
            String key = in.ops.str(e[0]);
            if (PROHIBITED.contains(key)) throw new PyRaise("AttributeError", "Cannot overwrite NamedTuple attribute " + key);
        }
        PyTuple defaults = null;
        if (!defaultNames.isEmpty()) {
            PyObject[] held = new PyObject[defaultNames.size()];
            for (int i = 0; i < held.length; i++) held[i] = heap.newRef(namespace.getStr(defaultNames.get(i)));
            defaults = heap.alloc(new PyTuple(held));
        }
        PyDict fieldDefaults = heap.alloc(new PyDict());
        for (String f : defaultNames) {
            PyObject key = v.intern(f);
            PyObject[] old = namespace.remove(key);
            in.builtinImpl.put(fieldDefaults, key, old[1]);
            heap.decref(old[0]);
        }
        PyNamedTupleClass record = heap.alloc(new PyNamedTupleClass(typename));
        record.recordOnly = true;
        record.fields = fieldsTuple(fields);
        record.defaults = defaults;
        record.fieldDefaults = fieldDefaults;
        return record;
    }

    /** namedtuple's own docstring for a class whose body has none: {@code Pt(x, y)}. */
    static String generatedDoc(PyNamedTupleClass record) {
        List<String> names = new ArrayList<>();
        for (PyObject f : record.fields.items) names.add(((PyStr) f).value);
        return record.name + "(" + String.join(", ", names) + ")";
    }

    /** Sets the statement's gc.get_count() to CPython's: the body's own objects (counted before mark) plus the hidden ones. */
    void countStatement(long mark, PyNamedTupleClass record, PyClass cls) {
        int n = record.fields.items.length;
        int hidden = STATEMENT_ALLOCATIONS + (n <= 2 ? 0 : n - 2) + (n >= 6 ? 1 : 0) + (record.defaults != null ? 1 : 0)
                - (cls.dict.getStr("__repr__") != null ? 2 : 0);
        countHidden(mark, hidden);
        stockFreeLists();
        // The cluster a collection finds with the dead class: one _tuplegetter per field and the rest.
        cls.hiddenGarbage += CLUSTER_GARBAGE + n;
    }

    /** The count since mark becomes hidden (no collection ran in between: what the statement made stays counted). */
    private void countHidden(long mark, int hidden) {
        if (heap.counts[0] >= mark) heap.counts[0] = (int) (mark + hidden);
    }

    private void stockFreeLists() {
        for (int size = 1; size < FREE_TUPLES.length; size++) heap.topUpFreeList(Heap.FreeList.TUPLE, size, FREE_TUPLES[size]);
        heap.topUpFreeList(Heap.FreeList.DICT, 0, FREE_DICTS);
        heap.topUpFreeList(Heap.FreeList.LIST, 0, FREE_LISTS);
    }

    private String reprOf(String s) {
        PyObject o = v.str(s);
        try {
            return in.ops.repr(o);
        } finally {
            heap.decref(o);
        }
    }

    /** str.isidentifier for the ASCII names a program writes (a letter or _, then letters, digits, _). */
    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !(Character.isLetter(s.charAt(0)) || s.charAt(0) == '_')) return false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_')) return false;
        }
        return true;
    }
}
