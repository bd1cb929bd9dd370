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
            "LiteralString", "ClassVar", "Final", "Literal", "TypeAlias", "TypeGuard", "Required", "NotRequired");
    /** Of those, the _SpecialForms that wrap one type (`MAX: Final = 10`, `count: ClassVar[int] = 0`). */
    static final java.util.Set<String> WRAPPERS = java.util.Set.of("ClassVar", "Final", "TypeGuard", "Required", "NotRequired");
    /** The special forms whose subscription's __origin__ is the form itself. */
    static final java.util.Set<String> SELF_ORIGINS = java.util.Set.of("ClassVar", "Final", "Literal", "Union", "TypeGuard",
            "Required", "NotRequired");
    /** Of those, the _SpecialForms that take no subscription (annotations only: `def f() -> NoReturn`). */
    static final java.util.Set<String> BARE = java.util.Set.of("Self", "NoReturn", "Never", "LiteralString", "TypeAlias");
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
        function("runtime_checkable", (args, kw) -> in.protocolClasses.runtimeCheckable(one("runtime_checkable", args)));
        function("NewType", (args, kw) -> newType(args));
        keywordFunction("TypedDict", this::typedDict);
        function("get_origin", (args, kw) -> getOrigin(one("get_origin", args)));
        function("get_args", (args, kw) -> getArgs(one("get_args", args)));
        function("overload", (args, kw) -> overload(one("overload", args)));
        function("final", (args, kw) -> finalDecorator(one("final", args)));
        function("assert_type", (args, kw) -> {
            Args.count("assert_type", args, 2, 2);
            return heap.newRef(args.get(0));
        });
        function("assert_never", (args, kw) -> {
            // value = repr(arg), cut at _ASSERT_NEVER_REPR_MAX_LENGTH (100) characters
            String value = in.ops.repr(one("assert_never", args));
            if (value.length() > 100) value = value.substring(0, 100) + "...";
            throw new PyRaise("AssertionError", "Expected code to be unreachable, but got: " + value);
        });
        function("reveal_type", (args, kw) -> {
            // print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr), then obj itself
            PyObject obj = one("reveal_type", args);
            PyObject type = in.builtinImpl.callBuiltinFunction("type", List.of(obj));
            PyObject name = in.getAttr(type, "__name__");
            try {
                in.stderrFile.write("Runtime type is " + in.ops.repr(name) + "\n");
            } finally {
                heap.decref(name);
                heap.decref(type);
            }
            return heap.newRef(obj);
        });
    }

    /**
     * get_origin(tp): a generic alias's __origin__ (a bare form such as List is one too: list), Generic
     * for Generic, types.UnionType for an `int | str` union, None for anything else.
     */
    private PyObject getOrigin(PyObject tp) {
        if (tp instanceof PyTyping t && (t.kind == PyTyping.Kind.ALIAS || t.kind == PyTyping.Kind.CLASS_ALIAS
                || t.kind == PyTyping.Kind.FORM && GENERIC.containsKey(t.name))) {
            return in.getAttr(t, "__origin__");
        }
        if (tp instanceof PyGenericAlias g) return heap.newRef(g.origin);
        if (tp == in.genericClasses.genericClass()) return heap.newRef(tp);
        // A union written with | between classes is a types.UnionType: its origin is that type (shared).
        if (tp instanceof PyUnionType) return in.builtinImpl.typeObject("types.UnionType");
        return heap.newRef(v.none);
    }

    /**
     * get_args(tp): a subscription's __args__ (a Callable's parameters as a list, unless they are
     * `...`), a union's members, else ().
     */
    private PyObject getArgs(PyObject tp) {
        PyTuple tuple;
        boolean callable;
        if (tp instanceof PyTyping t && (t.kind == PyTyping.Kind.ALIAS || t.kind == PyTyping.Kind.CLASS_ALIAS)) {
            tuple = (PyTuple) t.args;
            callable = t.kind == PyTyping.Kind.ALIAS && t.name.equals("Callable");
        } else if (tp instanceof PyGenericAlias g) {
            tuple = g.args;
            callable = g.callable;
        } else if (tp instanceof PyUnionType u) {
            return heap.newRef(u.args);
        } else {
            return heap.newRef(v.emptyTuple);
        }
        // _should_unflatten_callable_args: not when the parameters are `...` (or a list or tuple).
        PyObject[] args = tuple.items;
        boolean paramExpr = args.length == 2 && (args[0] instanceof PyEllipsis || args[0] instanceof PyList || args[0] instanceof PyTuple);
        if (!callable || args.length == 0 || paramExpr) return heap.newRef(tuple);
        java.util.ArrayList<PyObject> params = new java.util.ArrayList<>();
        for (int i = 0; i < args.length - 1; i++) params.add(heap.newRef(args[i]));
        PyObject list = heap.alloc(new PyList(params, params.size()));
        return heap.alloc(new PyTuple(new PyObject[] {list, heap.newRef(args[args.length - 1])}));
    }

    /**
     * The functional syntax, TypedDict('Movie', {'title': str}, total=False): _TypedDictMeta(name, (),
     * {'__annotations__': dict(fields), '__module__': caller}, total=total).
     */
    private PyObject typedDict(List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!k.equals("total")) throw new PyRaise("TypeError", "TypedDict() got an unexpected keyword argument '" + k + "'");
        }
        if (args.isEmpty() || args.size() > 2) {
            throw new PyRaise("TypeError", args.isEmpty() ? "TypedDict() missing 1 required positional argument: 'typename'"
                    : "TypedDict() takes from 1 to 2 positional arguments but " + args.size() + " were given");
        }
        PyObject fields = args.size() == 2 && !(args.get(1) instanceof PyNone) ? heap.newRef(args.get(1)) : heap.alloc(new PyDict());
        PyDict ns = heap.alloc(new PyDict());
        PyObject dictType = in.builtinImpl.typeObject("dict");
        PyObject annotations;
        try {
            annotations = in.callNative(dictType, List.of(fields), Map.of());
        } finally {
            heap.decref(fields);
        }
        ns.put(v.intern("__annotations__"), annotations, heap);
        ns.put(v.intern("__module__"), v.intern("__main__"), heap);
        PyObject bases = heap.alloc(new PyTuple(new PyObject[] {dictType}));
        PyObject type = in.builtinImpl.typeObject("type");
        PyObject cls;
        try {
            cls = in.callNative(type, List.of(args.get(0), bases, ns), Map.of());
        } finally {
            heap.decref(type);
            heap.decref(bases);
            heap.decref(ns);
        }
        in.typedDicts.classMade((PyClass) cls, List.of(), kw.get("total"));
        return cls;
    }

    /** NewType(name, tp): a callable that returns its argument, printed as the caller's module and the name. */
    private PyObject newType(List<PyObject> args) {
        if (args.size() != 2) {
            throw new PyRaise("TypeError", "NewType.__init__() " + (args.size() < 2 ? "missing " + (2 - args.size())
                    + " required positional argument" + (args.size() == 0 ? "s: 'name' and 'tp'" : ": 'tp'")
                    : "takes 3 positional arguments but " + (args.size() + 1) + " were given"));
        }
        if (!(args.get(0) instanceof PyStr name)) throw new PyRaise("TypeError", "NewType's name must be a str");
        PyTyping t = new PyTyping(PyTyping.Kind.NEWTYPE, name.value);
        t.args = heap.newRef(name);
        t.origin = heap.newRef(args.get(1));
        return heap.alloc(t);
    }

    private PyFunction overloadDummy;

    /**
     * overload(func): the registry (_overload_registry) keeps the stub for the rest of the run, and
     * the name is bound to typing's _overload_dummy, which raises NotImplementedError when called.
     */
    private PyObject overload(PyObject func) {
        heap.incref(func);
        in.builtinImpl.hold(func);
        if (overloadDummy == null) {
            overloadDummy = LibraryFunctions.define(in, OVERLOAD_DUMMY, () -> {
                PyDict globals = heap.alloc(new PyDict());
                globals.put(v.intern("__name__"), v.intern("typing"), heap);
                return globals;
            });
            in.builtinImpl.hold(overloadDummy);
        }
        return heap.newRef(overloadDummy);
    }

    /** typing._overload_dummy (3.11). */
    private static final String OVERLOAD_DUMMY = """
            def _overload_dummy(*args, **kwds):
                raise NotImplementedError(
                    "You should not call an overloaded function. "
                    "A series of @overload-decorated functions "
                    "outside a stub module should always be followed "
                    "by an implementation that is not @overload-ed.")
            """;

    /** final(f): f.__final__ = True where it can be set (an AttributeError or TypeError is dropped); f itself. */
    private PyObject finalDecorator(PyObject f) {
        try {
            in.setAttr(f, "__final__", v.bool(true));
        } catch (PyRaise e) {
            if (!ExceptionHandling.catchable(e) || !(in.exceptions.is(e, "AttributeError") || in.exceptions.is(e, "TypeError"))) throw e;
            in.exceptions.discard(e);
        }
        return heap.newRef(f);
    }

    @Override
    java.util.Set<String> valueNames() {
        java.util.Set<String> names = new java.util.HashSet<>(GENERIC.keySet());
        names.addAll(SPECIAL);
        names.add("TYPE_CHECKING");
        names.add("Text");
        names.add("Generic");
        names.add("Protocol");
        names.add("AnyStr");
        return names;
    }

    @Override
    PyObject value(String attr) {
        if (attr.equals("TYPE_CHECKING")) return v.bool(false);
        if (attr.equals("Text")) return in.builtinImpl.typeObject("str");
        if (attr.equals("Generic")) return heap.newRef(in.genericClasses.genericClass());
        if (attr.equals("Protocol")) return heap.newRef(in.protocolClasses.protocolClass());
        if (attr.equals("AnyStr")) return heap.newRef(anyStr());
        if (!GENERIC.containsKey(attr) && !SPECIAL.contains(attr)) return null;
        return heap.newRef(form(attr));
    }

    private PyObject anyStr;

    /** AnyStr = TypeVar('AnyStr', bytes, str): made with typing (shared). */
    private PyObject anyStr() {
        if (anyStr == null) {
            PyTyping t = new PyTyping(PyTyping.Kind.TYPEVAR, "AnyStr");
            t.args = v.intern("AnyStr");
            t.held = new PyObject[] {in.builtinImpl.typeObject("bytes"), in.builtinImpl.typeObject("str")};
            anyStr = v.shared(t);
        }
        return anyStr;
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
