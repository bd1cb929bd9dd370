package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * typing as learners' annotations use it: the special forms (List, Dict, Optional, Union, Any,
 * Callable...), TypeVar, cast and TYPE_CHECKING. Subscripting a form makes an alias through
 * {@link TypingType}, cached as typing's {@code _tp_cache} caches it.
 */
final class TypingModule extends NativeModule {
    /**
     * The generic forms and how many parameters each takes (-1: Tuple's any number; 0: Hashable and
     * Sized, which are not generic). Each is a _SpecialGenericAlias of the class {@link #origin} names.
     */
    static final Map<String, Integer> GENERIC = Map.ofEntries(Map.entry("List", 1), Map.entry("Dict", 2),
            Map.entry("Set", 1), Map.entry("FrozenSet", 1), Map.entry("Type", 1), Map.entry("DefaultDict", 2),
            Map.entry("Deque", 1), Map.entry("Iterator", 1), Map.entry("Iterable", 1), Map.entry("Generator", 3),
            Map.entry("Sequence", 1), Map.entry("Mapping", 2), Map.entry("Tuple", -1), Map.entry("Callable", -1),
            Map.entry("Counter", 1), Map.entry("OrderedDict", 2), Map.entry("ChainMap", 2),
            Map.entry("Collection", 1), Map.entry("Container", 1), Map.entry("Reversible", 1), Map.entry("Hashable", 0),
            Map.entry("Sized", 0), Map.entry("AbstractSet", 1), Map.entry("MutableSet", 1), Map.entry("MutableMapping", 2),
            Map.entry("MutableSequence", 1), Map.entry("MappingView", 1), Map.entry("KeysView", 1),
            Map.entry("ItemsView", 2), Map.entry("ValuesView", 1), Map.entry("Awaitable", 1), Map.entry("Coroutine", 3),
            Map.entry("AsyncIterable", 1), Map.entry("AsyncIterator", 1), Map.entry("AsyncGenerator", 2));
    /** The forms that are not generic aliases of a class (Callable is one, with a subscription of its own). */
    static final java.util.Set<String> SPECIAL = java.util.Set.of("Optional", "Union", "Any", "Self", "NoReturn", "Never",
            "LiteralString", "ClassVar", "Final", "Literal");
    /** Of those, the _SpecialForms that wrap one type (`MAX: Final = 10`, `count: ClassVar[int] = 0`). */
    static final java.util.Set<String> WRAPPERS = java.util.Set.of("ClassVar", "Final");
    /** The special forms whose subscription's __origin__ is the form itself. */
    static final java.util.Set<String> SELF_ORIGINS = java.util.Set.of("ClassVar", "Final", "Literal", "Union");
    /** Of those, the _SpecialForms that take no subscription (annotations only: `def f() -> NoReturn`). */
    static final java.util.Set<String> BARE = java.util.Set.of("Self", "NoReturn", "Never", "LiteralString");
    /** Generic forms whose class is a builtin type, by the type's name. */
    private static final Map<String, String> BUILTIN_ORIGINS = Map.of("List", "list", "Dict", "dict", "Set", "set",
            "FrozenSet", "frozenset", "Tuple", "tuple", "Type", "type");
    /** Generic forms whose class is a collections class, by its name (those CPython lets a program call). */
    static final Map<String, String> COLLECTIONS_ORIGINS = Map.of("DefaultDict", "defaultdict", "Deque", "deque",
            "Counter", "Counter", "OrderedDict", "OrderedDict", "ChainMap", "ChainMap");

    private final Map<String, PyObject> forms = new HashMap<>();

    TypingModule(Interpreter in) {
        super("typing", in);
        keywordFunction("TypeVar", this::typeVar);
        keywordFunction("NamedTuple", in.namedTupleClasses::functional);
        function("cast", (args, kw) -> {
            Args.count("cast", args, 2, 2);
            return heap.newRef(args.get(1));
        });
    }

    @Override
    java.util.Set<String> valueNames() {
        java.util.Set<String> names = new java.util.HashSet<>(GENERIC.keySet());
        names.addAll(SPECIAL);
        names.add("TYPE_CHECKING");
        names.add("Text");
        names.add("Generic");
        return names;
    }

    @Override
    PyObject value(String attr) {
        if (attr.equals("TYPE_CHECKING")) return v.bool(false);
        if (attr.equals("Text")) return in.builtinImpl.typeObject("str");
        if (attr.equals("Generic")) return heap.newRef(in.genericClasses.genericClass());
        if (!GENERIC.containsKey(attr) && !SPECIAL.contains(attr)) return null;
        return heap.newRef(form(attr));
    }

    /** The module's special form of that name, made on first use (shared: it lives as long as typing). */
    PyObject form(String name) {
        return forms.computeIfAbsent(name, n -> v.shared(new PyTyping(PyTyping.Kind.FORM, n)));
    }

    /**
     * A generic form's __origin__ (a new reference): the builtin type, the collections class or the
     * collections.abc class it stands for (AbstractSet is collections.abc.Set).
     */
    PyObject origin(String form) {
        String builtin = BUILTIN_ORIGINS.get(form);
        if (builtin != null) return in.builtinImpl.typeObject(builtin);
        String collections = COLLECTIONS_ORIGINS.get(form);
        if (collections != null) return in.builtinImpl.moduleFunction("collections", collections);
        return in.builtinImpl.nativeModule(CollectionsAbcModule.NAME).value(form.equals("AbstractSet") ? "Set" : form);
    }

    /**
     * TypeVar(name, *constraints, bound=None, covariant=False, contravariant=False): an object
     * that holds its name, constraints and bound; it prints as ~T (+T, -T for the variances).
     */
    private PyObject typeVar(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.isEmpty() || !(args.get(0) instanceof PyStr)) {
            throw new PyRaise("TypeError", "TypeVar() missing required argument 'name' (pos 1)");
        }
        if (args.size() == 2) throw new PyRaise("TypeError", "A single constraint is not allowed");
        for (String k : kw.keySet()) {
            if (!List.of("bound", "covariant", "contravariant").contains(k)) {
                throw new PyRaise("TypeError", "TypeVar.__init__() got an unexpected keyword argument '" + k + "'");
            }
        }
        boolean co = kw.containsKey("covariant") && in.ops.truthy(kw.get("covariant"));
        boolean contra = kw.containsKey("contravariant") && in.ops.truthy(kw.get("contravariant"));
        if (co && contra) throw new PyRaise("ValueError", "Bivariant types are not supported.");
        PyTyping t = new PyTyping(PyTyping.Kind.TYPEVAR, ((PyStr) args.get(0)).value);
        t.variance = co ? '+' : contra ? '-' : '~';
        t.args = heap.newRef(args.get(0));
        List<PyObject> held = new ArrayList<>();
        for (PyObject c : args.subList(1, args.size())) held.add(heap.newRef(c));
        PyObject bound = kw.get("bound");
        if (bound != null && !(bound instanceof PyNone)) held.add(heap.newRef(bound));
        t.held = held.toArray(new PyObject[0]);
        return heap.alloc(t);
    }
}
