package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ABCMeta's isinstance() and issubclass() (Modules/_abc.c: _abc_instancecheck, _abc_subclasscheck)
 * and register(). A class made by ABCMeta answers "is C my subclass?" in this order: its positive
 * cache, its negative cache (dropped whenever any register() ran since it was filled), its
 * __subclasshook__ (True or False is the answer; NotImplemented goes on), C's MRO, the classes
 * registered with it, then each of its subclasses, asked the same question. The caches matter to the
 * answer only when a class changes after it was checked, which they freeze as CPython's do. What they
 * allocate (weak references in sets) is not modelled: the checker refuses observing the collector in
 * a program that checks against an ABC (syntax.CollectorObservations).
 *
 * <p>A class in this check is a program's {@link PyClass} (collections.abc's classes are PyClass too)
 * or the name of a builtin type in {@link AbcTables#TYPES}: what CPython's __subclasshook__ and
 * registries read of builtin types is measured there.
 */
final class AbcChecks {
    private final Interpreter in;
    /** register()'s registries: a class made by ABCMeta → the classes registered with it. */
    private final Map<PyClass, List<Object>> registries = new IdentityHashMap<>();
    /** The classes each ABCMeta class has answered True for, and False for (with the register() count then). */
    private final Map<PyClass, Set<Object>> positive = new IdentityHashMap<>();
    private final Map<PyClass, Set<Object>> negative = new IdentityHashMap<>();
    private final Map<PyClass, Integer> negativeVersion = new IdentityHashMap<>();
    /** abc_invalidation_counter: how many register() calls added a class. */
    private int invalidation;
    /** The program's classes deriving directly from each ABCMeta class (type.__subclasses__, in creation order). */
    private final Map<PyClass, List<PyClass>> subclasses = new IdentityHashMap<>();
    /** Whether the program defined a __subclasshook__ or called register(): then every ABCMeta class takes the long way. */
    private boolean hooksOrRegistrations;
    /** collections.abc's classes by name, once the module made them. */
    private Map<String, PyClass> library = Map.of();

    AbcChecks(Interpreter in) {
        this.in = in;
    }

    /** collections.abc made its classes: its own subclass relations and registries come from the tables. */
    void libraryMade(Map<String, PyClass> classes) {
        library = classes;
        for (AbcTables.AbcClass c : AbcTables.CLASSES) {
            PyClass cls = classes.get(c.name());
            for (String base : c.bases()) subclasses.computeIfAbsent(classes.get(base), k -> new ArrayList<>()).add(cls);
            registries.computeIfAbsent(cls, k -> new ArrayList<>()).addAll(c.registered());
        }
    }

    /** Whether collections.abc's classes have their methods yet (CollectionsAbcMixins). */
    private boolean mixins;

    /** A class about to be made over these ancestors: collections.abc's methods, if one of its classes is among them. */
    void mixinsFor(List<PyClass> ancestors) {
        if (mixins || ancestors.stream().noneMatch(this::isLibrary)) return;
        mixins = true;
        CollectionsAbcMixins.install(in, library);
    }

    /** A class statement made cls: its ABCMeta bases list it among their subclasses. */
    void classMade(PyClass cls) {
        for (PyClass base : cls.bases) if (base.abcMeta) subclasses.computeIfAbsent(base, k -> new ArrayList<>()).add(cls);
        if (cls.dict.getStr("__subclasshook__") != null) hooksOrRegistrations = true;
    }

    /**
     * Whether isinstance/issubclass against abc must ask ABCMeta: a collections.abc class always; a
     * program's ABC once any hook or registration exists (until then its answer is its MRO's).
     */
    boolean decides(PyClass abc) {
        return abc.abcMeta && (hooksOrRegistrations || isLibrary(abc));
    }

    /** Whether c is one of collections.abc's classes. */
    boolean isLibrary(PyClass c) {
        return "collections.abc".equals(c.module) && library.get(c.name) == c;
    }

    /** _abc_instancecheck: the object's class, from the cache or through __subclasscheck__. */
    boolean isInstance(PyObject o, PyClass abc) {
        Object cls = classOf(o);
        if (cls == abc) return true;
        if (positive.getOrDefault(abc, Set.of()).contains(cls)) return true;
        return isSubclass(cls, abc);
    }

    /** issubclass(c, abc) for a class value c (a PyClass or a builtin type object). */
    boolean isSubclassValue(PyObject c, PyClass abc) {
        return isSubclass(classOfValue(c), abc);
    }

    /** _abc_subclasscheck. */
    private boolean isSubclass(Object cls, PyClass abc) {
        if (positive.getOrDefault(abc, Set.of()).contains(cls)) return true;
        if (negativeVersion.getOrDefault(abc, -1) < invalidation) {
            negative.remove(abc);
            negativeVersion.put(abc, invalidation);
        } else if (negative.getOrDefault(abc, Set.of()).contains(cls)) {
            return false;
        }
        Boolean hooked = hook(abc, cls);
        if (hooked != null) return remember(abc, cls, hooked);
        if (mroHas(cls, abc)) return remember(abc, cls, true);
        for (Object registered : List.copyOf(registries.getOrDefault(abc, List.of()))) {
            if (derives(cls, registered)) return remember(abc, cls, true);
        }
        for (PyClass sub : List.copyOf(subclasses.getOrDefault(abc, List.of()))) {
            if (!sub.freed && derives(cls, sub)) return remember(abc, cls, true);
        }
        return remember(abc, cls, false);
    }

    private boolean remember(PyClass abc, Object cls, boolean answer) {
        (answer ? positive : negative).computeIfAbsent(abc, k -> new HashSet<>()).add(cls);
        return answer;
    }

    /** issubclass(cls, target) for a class from a registry or a subclass list: ABCMeta asks again, type looks at the MRO. */
    private boolean derives(Object cls, Object target) {
        if (target instanceof PyClass t) return t.abcMeta ? isSubclass(cls, t) : mroHas(cls, t);
        String builtin = (String) target;
        if (builtin.equals("object") || builtin.equals(cls)) return true;
        String base = cls instanceof PyClass c ? builtinBaseOf(c) : (String) cls;
        return base != null && (base.equals(builtin) || facts(base).builtinBases().contains(builtin));
    }

    /** Whether target is in cls's MRO (a builtin type's MRO holds collections.abc classes only for ChainMap). */
    private boolean mroHas(Object cls, PyClass target) {
        if (cls instanceof PyClass c) {
            if (c.mro.contains(target)) return true;
            String base = builtinBaseOf(c);
            return base != null && isLibrary(target) && facts(base).abcsInMro().contains(target.name);
        }
        return isLibrary(target) && facts((String) cls).abcsInMro().contains(target.name);
    }

    /**
     * cls.__subclasshook__(C): a program's hook (a classmethod found first in abc's MRO) is called; a
     * collections.abc class's own hook is _check_methods over the names it lists (an inherited one
     * answers NotImplemented: it tests `cls is Iterable`). Null for NotImplemented.
     */
    private Boolean hook(PyClass abc, Object cls) {
        for (PyClass k : abc.mro) {
            if (isLibrary(k)) break;
            if (k.dict.getStr("__subclasshook__") != null) return callHook(abc, cls);
        }
        if (!isLibrary(abc)) return null;
        List<String> hooked = HOOKS.get(abc.name);
        return hooked != null && definesAll(cls, hooked) ? Boolean.TRUE : null;
    }

    /** The methods each collections.abc class's own __subclasshook__ looks for, by class name (only those with one). */
    private static final Map<String, List<String>> HOOKS = AbcTables.CLASSES.stream().filter(c -> !c.hook().isEmpty())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(AbcTables.AbcClass::name, AbcTables.AbcClass::hook));

    private Boolean callHook(PyClass abc, Object cls) {
        PyObject hook = in.getAttr(abc, "__subclasshook__");
        PyObject value = valueOf(cls);
        PyObject answer;
        try {
            answer = in.callBorrowed(hook, List.of(value));
        } finally {
            in.heap.decref(value);
            in.heap.decref(hook);
        }
        try {
            if (answer == in.values.trueObj) return Boolean.TRUE;
            if (answer == in.values.falseObj) return Boolean.FALSE;
            if (answer == in.builtinImpl.notImplemented()) return null;
            throw new PyRaise("AssertionError", "__subclasshook__ must return either False, True, or NotImplemented");
        } finally {
            in.heap.decref(answer);
        }
    }

    /** _check_methods: each name found along the MRO, and not set to None where found first. */
    private boolean definesAll(Object cls, List<String> names) {
        for (String name : names) if (!defines(cls, name)) return false;
        return true;
    }

    private boolean defines(Object cls, String name) {
        if (cls instanceof PyClass c) {
            for (PyClass k : c.mro) {
                if (k.builtin && k.dict.getStr(name) == null) continue;
                PyObject found = k.dict.getStr(name);
                if (found != null) return !(found instanceof PyNone);
                // type_new sets __hash__ = None in the dict of a class that defines __eq__ without __hash__.
                if (name.equals("__hash__") && k.dict.getStr("__eq__") != null) return false;
            }
            String base = builtinBaseOf(c);
            return defines(base != null ? base : "object", name);
        }
        List<String> methods = facts((String) cls).methods();
        return methods.contains(name);
    }

    /** issubclass(cls, builtin) for a builtin class value (a collections class): builtin is in its MRO. */
    boolean builtinDerives(PyBuiltin cls, String builtin) {
        return derives(classOfValue(cls), builtin);
    }

    /** ABCMeta.register(subclass): the class, registered unless it already is a subclass. */
    PyObject register(PyClass abc, PyObject subclass) {
        if (!(subclass instanceof PyClass) && !(subclass instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b))) {
            throw new PyRaise("TypeError", "Can only register classes");
        }
        Object cls = classOfValue(subclass);
        hooksOrRegistrations = true;
        if (!isSubclass(cls, abc)) {
            if (cls instanceof PyClass c && c.abcMeta && isSubclass(abc, c) || cls instanceof PyClass c2 && abc.mro.contains(c2)) {
                throw new PyRaise("RuntimeError", "Refusing to create an inheritance cycle");
            }
            registries.computeIfAbsent(abc, k -> new ArrayList<>()).add(cls);
            invalidation++;
        }
        return in.heap.newRef(subclass);
    }

    /** The class the check asks about for an object: its own class, or its builtin type's name. */
    private Object classOf(PyObject o) {
        if (o instanceof PyInstance i) return i.cls;
        if (o instanceof PyNamedTuple) return "tuple";
        if (o instanceof PyClass || o instanceof PyNamedTupleClass || o instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b)) return "type";
        return knownType(o.typeName());
    }

    private Object classOfValue(PyObject c) {
        if (c instanceof PyClass cls) return cls;
        if (c instanceof PyNamedTupleClass) return "tuple";
        if (c instanceof PyBuiltin b && (in.builtinImpl.isTypeObject(b) || Builtins.isModuleType(b) || Builtins.isCollectionsClass(b))) {
            for (String name : List.of(b.name, b.owner + "." + b.name, Builtins.qualifiedName(b))) {
                if (AbcTables.TYPES.containsKey(name)) return name;
            }
            return knownType(b.name);
        }
        throw new PyRaise("TypeError", "issubclass() arg 1 must be a class");
    }

    private static String knownType(String name) {
        if (!AbcTables.TYPES.containsKey(name)) {
            throw new PyRaise("TypeError", "checking a '" + name + "' against an abstract class is not supported in the memory lab");
        }
        return name;
    }

    private PyObject valueOf(Object cls) {
        if (cls instanceof PyClass c) return in.heap.newRef(c);
        return in.builtinImpl.typeObject((String) cls);
    }

    private static String builtinBaseOf(PyClass c) {
        if (c.namedBase != null) return "tuple";
        if (c.builtinBase == null) return null;
        return AbcTables.TYPES.containsKey(c.builtinBase) ? c.builtinBase : "collections." + c.builtinBase;
    }

    private static AbcTables.TypeFacts facts(String name) {
        AbcTables.TypeFacts f = AbcTables.TYPES.get(name);
        if (f == null) throw new PyRaise("TypeError", "checking a '" + name + "' against an abstract class is not supported in the memory lab");
        return f;
    }
}
