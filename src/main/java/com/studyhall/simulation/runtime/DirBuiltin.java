package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * dir(): the sorted attribute names of an object (its own, its class's along the MRO and
 * object's), or of the current scope without an argument. Builtin types and modules answer with
 * CPython's own lists ({@link DirNames}), so the names the engine does not model still show.
 */
final class DirBuiltin {
    private final Interpreter in;

    DirBuiltin(Interpreter in) {
        this.in = in;
    }

    static void install(BuiltinsModule m, Interpreter in) {
        DirBuiltin dir = new DirBuiltin(in);
        m.function("dir", (args, kw) -> {
            Args.count("dir", args, 0, 1);
            TreeSet<String> names = args.isEmpty() ? dir.scope() : dir.of(args.get(0));
            ArrayList<PyObject> items = new ArrayList<>();
            for (String n : names) items.add(in.values.str(n));
            return in.heap.alloc(new PyList(items, items.size()));
        });
    }

    /** dir() without an argument: the names bound in the current scope (sorted(locals())). */
    private TreeSet<String> scope() {
        Frame f = in.frame();
        TreeSet<String> names = new TreeSet<>();
        if (f.isModule()) {
            names.addAll(DirNames.MAIN_DUNDERS);
            for (PyObject[] e : in.globals.map.values()) names.add(((PyStr) e[0]).value);
        } else {
            // builtin_dir asks PyEval_GetLocals, which makes or refreshes a function frame's f_locals.
            if (f.function != null && !f.ownedByGenerator) FrameLocals.refresh(in, f);
            for (int i = 0; i < f.locals.length; i++) if (f.locals[i] != null) names.add(f.varnames.get(i));
        }
        return names;
    }

    TreeSet<String> of(PyObject o) {
        TreeSet<String> names = new TreeSet<>();
        if (o instanceof PyInstance i) {
            names.addAll(in.instanceDicts.names(i));
            addClass(names, i.cls);
        } else if (o instanceof PyClass c) {
            addClass(names, c);
        } else if (o instanceof PyFunction f) {
            names.addAll(DirNames.OF_TYPE.get("function"));
            if (f.dict != null) for (PyObject[] e : f.dict.entries()) if (e[0] instanceof PyStr s) names.add(s.value);
        } else if (o instanceof PyModule m && DirNames.OF_MODULE.containsKey(m.name)) {
            names.addAll(DirNames.OF_MODULE.get(m.name));
        } else {
            // A type object (dir(list)) lists the same names as its instances.
            String type = o instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b) ? b.name : o.typeName();
            List<String> known = o instanceof PyOrderedDict ? orderedDictNames() : DirNames.OF_TYPE.get(type);
            if (known == null) throw new PyRaise("TypeError", "dir() of a '" + type + "' object is not supported in the memory lab");
            names.addAll(known);
        }
        return names;
    }

    /** type_dir: every name in the class dicts along the MRO, with what type_new put there, and object's. */
    private static void addClass(TreeSet<String> names, PyClass cls) {
        for (PyClass c : cls.mro) {
            for (PyObject[] e : c.dict.map.values()) if (e[0] instanceof PyStr s) names.add(s.value);
            names.add("__module__");
            names.add("__doc__");
            if (c.slots != null) {
                names.add("__slots__");
                names.addAll(c.slots);
            }
        }
        if (cls.instanceDict) names.add("__dict__");
        if (cls.instanceWeakrefs && !cls.hasOdictLayout()) names.add("__weakref__"); // OrderedDict has no __weakref__ getset
        names.addAll(DirNames.OF_TYPE.get("object"));
        if (BuiltinBases.ORDERED_DICT.equals(cls.builtinBase)) {
            names.addAll(orderedDictNames());
        } else if (BuiltinBases.WEAKREF.equals(cls.builtinBase)) {
            names.addAll(DirNames.OF_TYPE.get("weakref.ReferenceType"));
        } else if (cls.builtinBase != null) {
            names.addAll(DirNames.OF_TYPE.get(cls.builtinBase));
        }
        // The namedtuple class's own dict: its fields' descriptors and the names namedtuple() sets.
        if (cls.namedBase != null) {
            for (PyObject f : cls.namedBase.fields.items) names.add(((PyStr) f).value);
            names.addAll(java.util.List.of("__slots__", "__module__", "__doc__", "__new__", "__repr__", "__getnewargs__",
                    "__match_args__", "_fields", "_field_defaults", "_make", "_replace", "_asdict"));
        }
        // ABCMeta stores __abstractmethods__ and _abc_impl in each class's dict.
        if (cls.abcMeta) names.addAll(java.util.List.of("__abstractmethods__", "_abc_impl"));
    }

    /** An OrderedDict's names: dict's, its own __dict__ getset and move_to_end. */
    private static List<String> orderedDictNames() {
        List<String> names = new java.util.ArrayList<>(DirNames.OF_TYPE.get("dict"));
        names.add("__dict__");
        names.add("move_to_end");
        return names;
    }
}
