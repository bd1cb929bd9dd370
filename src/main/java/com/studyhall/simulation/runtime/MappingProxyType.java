package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/**
 * mappingproxy (Objects/descrobject.c). Over a plain dict (EnumType's {@code __members__}) every
 * slot and method reads the dict it holds; its repr wraps the dict's, its str is the dict's.
 * <p>
 * Over a program's class: membership and reading a name. CPython's class dict also holds
 * `__module__`, `__doc__`, the `__dict__`/`__weakref__` getset descriptors the class added and one
 * member descriptor per `__slots__` name, which the lab keeps outside the class's dict: they answer
 * `in`, and `__module__`/`__doc__` answer a read. The checker lets a class's `__dict__` appear only
 * where these suffice (`'x' in C.__dict__`, `C.__dict__['x']`, `C.__dict__.get('x')`); anything else
 * is not modelled. A builtin type's (`object.__dict__`, reached along an MRO) answers membership
 * from CPython's attribute table.
 */
final class MappingProxyType extends BuiltinType {
    MappingProxyType(Interpreter in) {
        super("mappingproxy", null, in);
        for (String name : List.of("keys", "values", "items", "copy")) {
            method(name, (self, args, kw) -> forward(name, self, args, kw));
        }
        method("get", (self, args, kw) -> {
            PyMappingProxy p = (PyMappingProxy) self;
            if (!p.ofClass()) return forward("get", self, args, kw);
            Args.count("get", args, 1, 2);
            PyObject v = read(p, args.get(0));
            if (v != null) return v;
            return heap.newRef(args.size() > 1 ? args.get(1) : in.values.none);
        });
    }

    private PyObject forward(String name, PyObject self, List<PyObject> args, java.util.Map<String, PyObject> kw) {
        PyObject m = plainMapping(self);
        return in.builtinImpl.types.of(m).method(name).call(m, args, kw);
    }

    /** The dict a proxy over a plain mapping holds; a class's dict beyond its two reads is not modelled. */
    private static PyObject plainMapping(PyObject proxy) {
        PyMappingProxy p = (PyMappingProxy) proxy;
        if (p.ofClass()) throw notModelled();
        return p.mapping;
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyMappingProxy p = (PyMappingProxy) o;
        if (!p.ofClass()) return builtins().getItem(p.mapping, key);
        PyObject v = read(p, key);
        if (v == null) throw PyRaise.withArg("KeyError", ops().repr(key), heap.newRef(key));
        return v;
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        PyMappingProxy p = (PyMappingProxy) container;
        if (!p.ofClass()) return builtins().contains(p.mapping, item);
        if (p.builtinType != null) return item instanceof PyStr s && ownedByBuiltin(p.builtinType, s.value);
        if (((PyDict) p.mapping).get(item) != null) return true;
        return item instanceof PyStr s && hidden(p.cls).contains(s.value);
    }

    /** The value under key (a new reference), or null when the class dict has no such key. */
    private PyObject read(PyMappingProxy p, PyObject key) {
        if (p.builtinType != null) {
            if (key instanceof PyStr s && ownedByBuiltin(p.builtinType, s.value)) throw notModelled();
            return null;
        }
        PyObject v = ((PyDict) p.mapping).get(key);
        if (v != null) return heap.newRef(v);
        if (!(key instanceof PyStr s)) return null;
        if (s.value.equals("__module__") || s.value.equals("__doc__")) return in.classAttributes.get(p.cls, s.value);
        if (hidden(p.cls).contains(s.value)) throw notModelled();
        return null;
    }

    /** Whether CPython's builtin type has the name in its own dict (not inherited). */
    private static boolean ownedByBuiltin(String type, String name) {
        String[] entry = TypeAttributes.entry(type, name);
        return entry != null && entry[1].equals(type);
    }

    /** The names of the class dict the lab keeps outside it. */
    private static List<String> hidden(PyClass cls) {
        List<String> names = new java.util.ArrayList<>(List.of("__module__", "__doc__"));
        boolean baseDict = cls.bases.stream().anyMatch(b -> b.instanceDict);
        boolean baseWeakrefs = cls.bases.stream().anyMatch(b -> b.instanceWeakrefs);
        // type_ready adds the slots' member descriptors, then the getsets; OrderedDict's instances have their own.
        if (cls.slots != null) names.addAll(cls.slots);
        if (cls.instanceDict && !baseDict && !cls.hasOdictLayout()) names.add("__dict__");
        // A set has its own weak-reference slot: a set subclass adds no __weakref__.
        if (cls.instanceWeakrefs && !baseWeakrefs && !"set".equals(cls.builtinBase) && !cls.hasOdictLayout()) names.add("__weakref__");
        if (cls.abcMeta) names.addAll(List.of("__abstractmethods__", "_abc_impl"));
        return names;
    }

    private static PyRaise notModelled() {
        return new PyRaise("TypeError", "a class's __dict__ (a mappingproxy) beyond 'in' and reading a name is not supported in the memory lab");
    }

    @Override
    String repr(PyObject o) {
        return "mappingproxy(" + ops().repr(plainMapping(o)) + ")";
    }

    @Override
    String str(PyObject o) {
        return ops().str(plainMapping(o));
    }

    @Override
    long len(PyObject o) {
        if (iterable(o)) return classKeys(((PyMappingProxy) o).cls).size();
        return builtins().len(plainMapping(o));
    }

    @Override
    PyObject iter(PyObject o) {
        if (!iterable(o)) return builtins().getIter(plainMapping(o));
        // mappingproxy_iter is the class dict's own key iterator.
        heap.incref(o);
        PyIter it = heap.alloc(new PyIter("dict_keyiterator", o));
        it.snapshot = classKeys(((PyMappingProxy) o).cls);
        return it;
    }

    @Override
    List<PyObject> items(PyObject o) {
        if (iterable(o)) return classKeys(((PyMappingProxy) o).cls);
        return builtins().iterate(plainMapping(o));
    }

    /** A program's class's dict, whose keys the lab can give in CPython's order (the checker allows only those). */
    private static boolean iterable(PyObject o) {
        PyMappingProxy p = (PyMappingProxy) o;
        return p.cls != null && p.builtinType == null;
    }

    /**
     * The keys of a class's dict in CPython's order: `__module__` (the class body's first store),
     * `__annotations__` (SETUP_ANNOTATIONS) and a docstring's `__doc__`, the body's names, then what
     * type_ready adds: the slots' member descriptors, the `__dict__` and `__weakref__` getsets, and
     * `__doc__ = None` when the body gave none. Interned strs (shared, uncounted).
     */
    private List<PyObject> classKeys(PyClass cls) {
        List<PyObject> keys = new java.util.ArrayList<>();
        keys.add(in.values.intern("__module__"));
        PyDict dict = (PyDict) cls.dict;
        boolean bodyAnnotations = dict.getStr("__annotations__") != null && !cls.keysAddedLater.contains("__annotations__");
        if (bodyAnnotations) keys.add(in.values.intern("__annotations__"));
        if (cls.doc != null) keys.add(in.values.intern("__doc__"));
        List<PyObject> later = new java.util.ArrayList<>();
        for (PyObject[] e : dict.entries()) {
            if (bodyAnnotations && e[0] instanceof PyStr k && k.value.equals("__annotations__")) continue;
            (e[0] instanceof PyStr k && cls.keysAddedLater.contains(k.value) ? later : keys).add(e[0]);
        }
        List<String> hidden = hidden(cls);
        for (String name : hidden.subList(2, hidden.size())) {
            if (!cls.abcMeta || !name.equals("__abstractmethods__") && !name.equals("_abc_impl")) keys.add(in.values.intern(name));
        }
        if (cls.doc == null) keys.add(in.values.intern("__doc__"));
        keys.addAll(later);
        return keys;
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return ops().eq(plainMapping(a), b instanceof PyMappingProxy p ? plainMapping(p) : b);
    }
}
