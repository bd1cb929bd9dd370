package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The typing module's objects (Lib/typing.py of 3.11): subscripting a form ({@code List[int]},
 * {@code Optional[Node]}, {@code Callable[[int], str]}) makes an alias that typing's lru caches
 * keep for the rest of the run, so the same subscription gives the same object again and a class
 * named in it gains the references of the alias's {@code __args__} and of the cache's key.
 * Optional[X] is Union[X, None], cached under both forms.
 */
final class TypingType extends BuiltinType {
    /** One cached subscription: the form, the key's items (as subscripted) and the result. */
    private record Entry(PyObject form, boolean tupleKey, PyObject[] key, PyObject result) { }

    private final List<Entry> cache = new ArrayList<>();

    TypingType(Interpreter in) {
        super("typing", null, in);
    }

    private TypingModule module() {
        return (TypingModule) builtins().nativeModule("typing");
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyTyping t = (PyTyping) o;
        if (t.kind == PyTyping.Kind.CLASS_ALIAS) return in.genericClasses.subscript(t, key);
        if (t.kind == PyTyping.Kind.ALIAS) return substituted(t, key);
        if (t.kind != PyTyping.Kind.FORM) throw new PyRaise("TypeError", repr(o) + " is not a generic class");
        // Any is a class in 3.11 (type's own message); the bare special forms refuse in _SpecialForm.__getitem__.
        if (t.name.equals("Any")) throw new PyRaise("TypeError", "type 'Any' is not subscriptable");
        if (TypingModule.BARE.contains(t.name)) throw new PyRaise("TypeError", "typing." + t.name + " is not subscriptable");
        if (t.name.equals("Callable")) return callable(t, key);
        if (TypingModule.WRAPPERS.contains(t.name)) checkWrapped(t, key);
        if (t.name.equals("Literal")) return literal(key);
        return cached(t, key);
    }

    /**
     * {@code X | Y} where X is one of typing's objects: _GenericAlias, _SpecialGenericAlias, _SpecialForm,
     * TypeVar and NewType define __or__ as {@code Union[self, right]} (so {@code List[int] | None} is
     * {@code Optional[List[int]]}, through Union's cache). Any is a class in 3.11: type.__or__ makes a
     * types.UnionType of it.
     */
    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (op == TokenType.PIPE && definesOr(a)) return unionOf(a, b);
        return typeUnion(op, a, b);
    }

    /** {@code Y | X} with X one of typing's objects: its __ror__, {@code Union[left, self]}. */
    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        if (op == TokenType.PIPE && definesOr(b)) return unionOf(a, b);
        return typeUnion(op, a, b);
    }

    private static boolean definesOr(PyObject o) {
        return o instanceof PyTyping t && !(t.kind == PyTyping.Kind.FORM && t.name.equals("Any"));
    }

    private PyObject unionOf(PyObject left, PyObject right) {
        PyTuple key = heap.alloc(new PyTuple(new PyObject[] {heap.newRef(left), heap.newRef(right)}));
        try {
            return cached((PyTyping) module().form("Union"), key);
        } finally {
            heap.decref(key);
        }
    }

    /** _tp_cache: the alias made before for an equal key, else a new one the cache keeps. */
    private PyObject cached(PyTyping form, PyObject key) {
        boolean tupleKey = key instanceof PyTuple && !(key instanceof PyNamedTuple);
        PyObject[] items = tupleKey ? ((PyTuple) key).items : new PyObject[] {key};
        for (Entry e : cache) {
            if (e.form == form && e.tupleKey == tupleKey && sameKey(e.key, items)) return heap.newRef(e.result);
        }
        PyObject result = form.name.equals("Optional") ? optional(items) : form.name.equals("Union") ? union(items)
                : generic(form, items, -1);
        remember(form, tupleKey, items, result);
        return result;
    }

    /**
     * _GenericAlias.__getitem__, cached under the alias and the key: List[T][int] is a new alias
     * with the type variables replaced (no other subscription's object); a Union's copy is
     * Union[args] again, so Optional[T][int] is Optional[int] itself.
     */
    private PyObject substituted(PyTyping alias, PyObject key) {
        boolean tupleKey = key instanceof PyTuple && !(key instanceof PyNamedTuple);
        PyObject[] items = tupleKey ? ((PyTuple) key).items : new PyObject[] {key};
        for (Entry e : cache) {
            if (e.form == alias && e.tupleKey == tupleKey && sameKey(e.key, items)) return heap.newRef(e.result);
        }
        List<PyObject> args = in.genericClasses.substitutedArgs(alias, items);
        PyObject result;
        if (alias.name.equals("Union")) {
            PyObject params = heap.alloc(new PyTuple(args.toArray(new PyObject[0])));
            try {
                result = cached((PyTyping) module().form("Union"), params);
            } finally {
                heap.decref(params);
            }
        } else {
            PyTyping copy = new PyTyping(PyTyping.Kind.ALIAS, alias.name);
            copy.callableParams = alias.callableParams;
            copy.args = argsTuple(args);
            copy.parameters = in.genericClasses.typeVariables(copy);
            result = heap.alloc(copy);
        }
        remember(alias, tupleKey, items, result);
        return result;
    }

    private boolean sameKey(PyObject[] a, PyObject[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!ops().sameOrEqual(a[i], b[i])) return false;
        return true;
    }

    /** The cache holds the result and the key's items (and a subscripted alias) until the run ends. */
    private void remember(PyObject form, boolean tupleKey, PyObject[] items, PyObject result) {
        PyObject[] key = java.util.Arrays.copyOf(items, items.length + (form.shared ? 0 : 1));
        if (!form.shared) key[items.length] = form;
        for (PyObject k : key) heap.incref(k);
        heap.incref(result);
        builtins().hold(result);
        if (result instanceof PyTyping alias && alias.kind == PyTyping.Kind.ALIAS) {
            alias.caches++;
            PyObject[] held = java.util.Arrays.copyOf(alias.held, alias.held.length + key.length);
            System.arraycopy(key, 0, held, alias.held.length, key.length);
            alias.held = held;
        } else {
            // Union[X] is X itself: the cache's key is a root of its own.
            for (PyObject k : key) builtins().hold(k);
        }
        cache.add(new Entry(form, tupleKey, items.clone(), result));
    }

    /**
     * ClassVar[X] and Final[X]: _type_check of the one item, which may not be a tuple of several
     * nor another ClassVar or Final.
     */
    private void checkWrapped(PyTyping form, PyObject key) {
        if (key instanceof PyTuple && !(key instanceof PyNamedTuple)) {
            throw new PyRaise("TypeError", "typing." + form.name + " accepts only single type. Got " + ops().repr(key) + ".");
        }
        if (key instanceof PyTyping k && TypingModule.WRAPPERS.contains(k.name) && (k.kind == PyTyping.Kind.FORM || k.kind == PyTyping.Kind.ALIAS)) {
            throw new PyRaise("TypeError", repr(key) + " is not valid as type argument");
        }
    }

    /** Literal's typed lru cache: the parameters a subscription gave and the alias it made. */
    private record LiteralEntry(PyObject[] params, PyObject result) { }

    private final List<LiteralEntry> literals = new ArrayList<>();

    /**
     * Literal[...] (Lib/typing.py's Literal under _tp_cache(typed=True)): the parameters are values as
     * given (a str is no forward reference); the cache tells 1 from True and 1.0. A miss flattens
     * nested Literals, drops repeats of the same value and type, and makes a _LiteralGenericAlias the
     * cache keeps with its key (the parameters and their types). Unhashable parameters skip the
     * cache and the de-duplication, as CPython's TypeError inside both is caught.
     */
    private PyObject literal(PyObject key) {
        PyObject[] params = key instanceof PyTuple t && !(key instanceof PyNamedTuple) ? t.items : new PyObject[] {key};
        boolean hashable = java.util.Arrays.stream(params).allMatch(p -> !(p instanceof PyList || p instanceof PyDict
                || p instanceof PySet && !(p instanceof PyFrozenSet) || p instanceof PyBytearray));
        if (hashable) {
            for (LiteralEntry e : literals) if (sameTypedKey(e.params, params)) return heap.newRef(e.result);
        }
        List<PyObject> args = new ArrayList<>();
        for (PyObject p : params) {
            PyObject[] parts = p instanceof PyTyping a && a.kind == PyTyping.Kind.ALIAS && a.name.equals("Literal")
                    ? ((PyTuple) a.args).items : new PyObject[] {p};
            for (PyObject m : parts) {
                boolean seen = false;
                if (hashable) for (PyObject s : args) seen |= sameTyped(s, m);
                if (!seen) args.add(heap.newRef(m));
            }
        }
        PyTyping alias = new PyTyping(PyTyping.Kind.ALIAS, "Literal");
        alias.args = argsTuple(args);
        alias.parameters = in.genericClasses.typeVariables(alias);
        PyObject result = heap.alloc(alias);
        if (hashable) {
            List<PyObject> held = new ArrayList<>(List.of(params));
            for (PyObject p : params) if (p instanceof PyInstance i) held.add(i.cls);
            remember(module().form("Literal"), true, held.toArray(new PyObject[0]), result);
            literals.add(new LiteralEntry(params.clone(), result));
        }
        return result;
    }

    /** Equal values of the same type: _value_and_type_iter's pairs compared. */
    private boolean sameTyped(PyObject a, PyObject b) {
        return builtins().types.of(a) == builtins().types.of(b) && a.typeName().equals(b.typeName()) && ops().sameOrEqual(a, b);
    }

    private boolean sameTypedKey(PyObject[] a, PyObject[] b) {
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!sameTyped(a[i], b[i])) return false;
        return true;
    }

    /** _GenericAlias(origin, params): the parameter count is checked, None becomes NoneType, a str a ForwardRef. */
    private PyObject generic(PyTyping form, PyObject[] items, int callableParams) {
        int expected = TypingModule.GENERIC.getOrDefault(form.name, -1);
        if (expected == 0) throw new PyRaise("TypeError", "typing." + form.name + " is not a generic class");
        if (expected >= 0 && items.length != expected) {
            throw new PyRaise("TypeError", "Too " + (items.length > expected ? "many" : "few") + " arguments for typing."
                    + form.name + "; actual " + items.length + ", expected " + expected);
        }
        PyTyping alias = new PyTyping(PyTyping.Kind.ALIAS, form.name);
        alias.callableParams = callableParams;
        // A Callable's parameters are only converted; its result, like every other form's parameter, is checked.
        alias.args = argsTuple(convert(items, form.name.equals("Callable") ? items.length - 1 : 0));
        alias.parameters = in.genericClasses.typeVariables(alias);
        return heap.alloc(alias);
    }

    private PyObject argsTuple(List<PyObject> items) {
        if (items.isEmpty()) return heap.newRef(in.values.emptyTuple);
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    /**
     * _type_convert of each parameter (new references): None is NoneType, a str a new ForwardRef; from
     * {@code checkedFrom} on, _type_check's refusals too (a plain special form, Generic or Protocol, or
     * ClassVar[X], Final[X], Generic[T] as an argument). An Ellipsis passes both, as in 3.11.
     */
    List<PyObject> convert(PyObject[] items, int checkedFrom) {
        for (int i = checkedFrom; i < items.length; i++) typeCheck(items[i]);
        List<PyObject> out = new ArrayList<>();
        for (PyObject p : items) {
            if (p instanceof PyNone) {
                out.add(builtins().typeObject("NoneType"));
            } else if (p instanceof PyStr s) {
                PyTyping ref = new PyTyping(PyTyping.Kind.FORWARD_REF, s.value);
                ref.args = heap.newRef(s);
                out.add(heap.alloc(ref));
            } else {
                out.add(heap.newRef(p));
            }
        }
        return out;
    }

    /** The special forms _type_check lets through as arguments (Any is a class in 3.11). */
    private static final java.util.Set<String> ARGUMENT_FORMS = java.util.Set.of("Any", "LiteralString", "NoReturn", "Never", "Self", "TypeAlias");

    private void typeCheck(PyObject p) {
        boolean wrapped = p instanceof PyTyping t && (t.kind == PyTyping.Kind.ALIAS && (t.name.equals("ClassVar") || t.name.equals("Final"))
                || t.kind == PyTyping.Kind.CLASS_ALIAS && isGenericOrProtocol(t.origin));
        if (wrapped) throw new PyRaise("TypeError", repr(p) + " is not valid as type argument");
        boolean plain = p instanceof PyTyping t && t.kind == PyTyping.Kind.FORM && !ARGUMENT_FORMS.contains(t.name)
                && t.typeName().startsWith("typing._") && t.typeName().endsWith("SpecialForm");
        if (plain || isGenericOrProtocol(p)) throw new PyRaise("TypeError", "Plain " + ops().repr(p) + " is not valid as type argument");
    }

    private boolean isGenericOrProtocol(PyObject o) {
        return o != null && (o == in.genericClasses.genericIfMade() || o == in.protocolClasses.protocolIfMade());
    }

    /** Optional[X]: Union[X, None], itself cached under Union. */
    private PyObject optional(PyObject[] items) {
        if (items.length != 1) throw new PyRaise("TypeError", "typing.Optional requires a single type.");
        // Optional's _getitem asks Union[arg, type(None)]: that key holds NoneType, not None.
        PyObject noneType = builtins().typeObject("NoneType");
        PyTuple key = heap.alloc(new PyTuple(new PyObject[] {heap.newRef(items[0]), noneType}));
        try {
            return cached((PyTyping) module().form("Union"), key);
        } finally {
            heap.decref(key);
        }
    }

    /** Union[...]: the parameters converted, unions flattened into it, repeats dropped; one left is itself. */
    private PyObject union(PyObject[] items) {
        if (items.length == 0) throw new PyRaise("TypeError", "Cannot take a Union of no types.");
        List<PyObject> converted = convert(items, 0);
        List<PyObject> members = new ArrayList<>();
        for (PyObject p : converted) {
            PyObject[] parts = p instanceof PyTyping a && a.kind == PyTyping.Kind.ALIAS && a.name.equals("Union")
                    ? ((PyTuple) a.args).items : p instanceof PyUnionType u ? u.args.items : new PyObject[] {p};
            for (PyObject m : parts) {
                boolean seen = false;
                for (PyObject s : members) seen |= ops().sameOrEqual(s, m);
                if (!seen) members.add(heap.newRef(m));
            }
        }
        converted.forEach(heap::decref);
        if (members.size() == 1) return members.get(0);
        PyTyping alias = new PyTyping(PyTyping.Kind.ALIAS, "Union");
        alias.args = argsTuple(members);
        alias.parameters = in.genericClasses.typeVariables(alias);
        return heap.alloc(alias);
    }

    /** Callable[[A, B], R] and Callable[..., R]: the list becomes a tuple and the cached inner lookup gets (args, R). */
    private PyObject callable(PyTyping form, PyObject key) {
        if (!(key instanceof PyTuple t) || t.items.length != 2) {
            throw new PyRaise("TypeError", "Callable must be used as Callable[[arg, ...], result].");
        }
        PyObject params = t.items[0];
        PyObject[] flat;
        int count;
        if (params instanceof PyEllipsis) {
            flat = new PyObject[] {params, t.items[1]};
            count = -1;
        } else if (params instanceof PyList l) {
            count = l.items.size();
            flat = new PyObject[count + 1];
            for (int i = 0; i < count; i++) flat[i] = l.items.get(i);
            flat[count] = t.items[1];
        } else {
            throw new PyRaise("TypeError", "Callable[args, result]: args must be a list. Got " + ops().repr(params));
        }
        for (Entry e : cache) {
            if (e.form == form && sameKey(e.key, flat) && ((PyTyping) e.result).callableParams == count) return heap.newRef(e.result);
        }
        PyObject result = generic(form, flat, count);
        remember(form, true, flat, result);
        return result;
    }

    @Override
    String repr(PyObject o) {
        PyTyping t = (PyTyping) o;
        return switch (t.kind) {
            case FORM -> "typing." + t.name;
            case TYPEVAR -> t.variance + t.name;
            case FORWARD_REF -> "ForwardRef(" + ops().repr(t.args) + ")";
            case ALIAS -> aliasRepr(t);
            case CLASS_ALIAS -> in.genericClasses.repr(t);
            case NEWTYPE -> "__main__." + t.name;
        };
    }

    private String aliasRepr(PyTyping t) {
        PyObject[] args = ((PyTuple) t.args).items;
        List<String> parts = new ArrayList<>();
        for (PyObject a : args) parts.add(item(a));
        if (t.name.equals("Union")) {
            if (args.length == 2 && isNoneType(args[1])) return "typing.Optional[" + parts.get(0) + "]";
            if (args.length == 2 && isNoneType(args[0])) return "typing.Optional[" + parts.get(1) + "]";
        }
        if (t.name.equals("Callable") && t.callableParams >= 0) {
            String result = parts.remove(parts.size() - 1);
            return "typing.Callable[[" + String.join(", ", parts) + "], " + result + "]";
        }
        return "typing." + t.name + "[" + (parts.isEmpty() ? "()" : String.join(", ", parts)) + "]";
    }

    private boolean isNoneType(PyObject o) {
        return o instanceof PyBuiltin b && b.name.equals("NoneType") && builtins().isTypeObject(b);
    }

    /** typing._type_repr: a class by its (module-qualified) name, ... as itself, anything else by repr. */
    String item(PyObject o) {
        return ((GenericAliasType) builtins().types.of(PyGenericAlias.class)).item(o);
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyTyping t = (PyTyping) o;
        if (t.kind == PyTyping.Kind.CLASS_ALIAS) return in.genericClasses.attribute(t, attr);
        if (t.kind == PyTyping.Kind.NEWTYPE) {
            // NewType.__init__ sets __qualname__, __name__ (the part after the last dot), __supertype__ and __module__.
            return switch (attr) {
                case "__supertype__" -> heap.newRef(t.origin);
                case "__qualname__" -> heap.newRef(t.args);
                case "__name__" -> t.name.contains(".") ? in.values.intern(t.name.substring(t.name.lastIndexOf('.') + 1)) : heap.newRef(t.args);
                case "__module__" -> in.values.intern("__main__");
                default -> null;
            };
        }
        if (attr.equals("__name__") && (t.kind == PyTyping.Kind.FORM || t.kind == PyTyping.Kind.TYPEVAR)) {
            return in.values.intern(t.name);
        }
        if (attr.equals("__origin__") && t.kind == PyTyping.Kind.FORM && TypingModule.GENERIC.containsKey(t.name)) return module().origin(t.name);
        if (t.kind != PyTyping.Kind.ALIAS) return null;
        if (attr.equals("__args__")) return heap.newRef(t.args);
        if (attr.equals("__parameters__")) return in.genericClasses.parametersOf(t);
        if (attr.equals("__origin__")) {
            return TypingModule.SELF_ORIGINS.contains(t.name) ? heap.newRef(module().form(t.name)) : module().origin(t.name);
        }
        return null;
    }

    /**
     * isinstance(o, t): _BaseGenericAlias and _UnionGenericAlias ask their __subclasscheck__ about
     * type(o); Any (a class whose metaclass refuses) and the special forms raise; a TypeVar or a
     * ForwardRef has no __instancecheck__ and is not a class.
     */
    boolean instanceCheck(PyTyping t, PyObject o) {
        if (t.kind == PyTyping.Kind.FORM && TypingModule.SPECIAL.contains(t.name)) {
            throw new PyRaise("TypeError", "typing." + t.name + " cannot be used with isinstance()");
        }
        if (t.kind == PyTyping.Kind.TYPEVAR || t.kind == PyTyping.Kind.FORWARD_REF || t.kind == PyTyping.Kind.NEWTYPE) {
            throw new PyRaise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyObject type = in.builtinImpl.callBuiltinFunction("type", List.of(o));
        try {
            return subclassCheck(t, type);
        } finally {
            heap.decref(type);
        }
    }

    /**
     * issubclass(cls, t): a generic form (List, Iterable...) is issubclass(cls, its __origin__), with a
     * form as cls standing for its own origin; a Union asks each member in turn; a subscripted alias
     * refuses; issubclass(cls, Any) is type's own check (no class derives from Any here).
     */
    boolean subclassCheck(PyTyping t, PyObject cls) {
        ClassChecks checks = ((BuiltinsModule) builtins().nativeModule("builtins")).classChecks;
        switch (t.kind) {
            case FORM -> {
                if (t.name.equals("Any")) {
                    checks.requireClass(cls);
                    return false;
                }
                if (TypingModule.SPECIAL.contains(t.name)) {
                    throw new PyRaise("TypeError", "typing." + t.name + " cannot be used with issubclass()");
                }
                if (cls instanceof PyTyping c && c.kind != PyTyping.Kind.FORM && c.kind != PyTyping.Kind.TYPEVAR
                        && c.kind != PyTyping.Kind.FORWARD_REF) {
                    throw new PyRaise("TypeError", "Subscripted generics cannot be used with class and instance checks");
                }
                PyObject derived = cls instanceof PyTyping c && c.kind == PyTyping.Kind.FORM && TypingModule.GENERIC.containsKey(c.name)
                        ? module().origin(c.name) : heap.newRef(cls);
                PyObject origin = module().origin(t.name);
                try {
                    return checks.isSubclass(derived, origin);
                } finally {
                    heap.decref(origin);
                    heap.decref(derived);
                }
            }
            case ALIAS -> {
                if (!t.name.equals("Union")) break;
                for (PyObject member : ((PyTuple) t.args).items) if (checks.isSubclass(cls, member)) return true;
                return false;
            }
            case CLASS_ALIAS -> { }
            case TYPEVAR, FORWARD_REF, NEWTYPE -> throw new PyRaise("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        throw new PyRaise("TypeError", "Subscripted generics cannot be used with class and instance checks");
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        // _UnionGenericAlias.__eq__ takes a types.UnionType too: set(self.__args__) == set(other.__args__).
        if (a instanceof PyTyping u && u.kind == PyTyping.Kind.ALIAS && u.name.equals("Union") && b instanceof PyUnionType w) {
            return sameMembers(ops(), ((PyTuple) u.args).items, w.args.items);
        }
        if (!(a instanceof PyTyping x) || !(b instanceof PyTyping y) || x.kind != y.kind) return false;
        if (x.kind == PyTyping.Kind.CLASS_ALIAS) return x.origin == y.origin && ops().eq(x.args, y.args);
        if (x.kind == PyTyping.Kind.FORWARD_REF) return ops().eq(x.args, y.args);
        if (x.kind != PyTyping.Kind.ALIAS || !x.name.equals(y.name) || x.callableParams != y.callableParams) return false;
        PyObject[] p = ((PyTuple) x.args).items;
        PyObject[] q = ((PyTuple) y.args).items;
        if (p.length != q.length) return false;
        for (int i = 0; i < p.length; i++) {
            PyObject item = p[i];
            boolean found = x.name.equals("Union") ? contains(q, item)
                    : x.name.equals("Literal") ? java.util.Arrays.stream(q).anyMatch(o -> sameTyped(o, item)) : ops().sameOrEqual(item, q[i]);
            if (!found) return false;
        }
        return true;
    }

    private boolean contains(PyObject[] items, PyObject o) {
        return contains(ops(), items, o);
    }

    private static boolean contains(Ops ops, PyObject[] items, PyObject o) {
        for (PyObject i : items) if (ops.sameOrEqual(i, o)) return true;
        return false;
    }

    /** Two unions' members compared as sets (each side has no repeats). */
    static boolean sameMembers(Ops ops, PyObject[] p, PyObject[] q) {
        if (p.length != q.length) return false;
        for (PyObject item : p) if (!contains(ops, q, item)) return false;
        return true;
    }

    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyTyping t = (PyTyping) o;
        if (t.kind == PyTyping.Kind.CLASS_ALIAS) return in.genericClasses.call(t, args, kwargs);
        if (t.kind == PyTyping.Kind.NEWTYPE) {
            // NewType.__call__ is _typing._idfunc (METH_O): x itself
            if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "_typing._idfunc() takes no keyword arguments");
            if (args.size() != 1) throw new PyRaise("TypeError", "_typing._idfunc() takes exactly one argument (" + args.size() + " given)");
            return heap.newRef(args.get(0));
        }
        boolean instantiable = !List.of("List", "Dict", "Set", "FrozenSet", "Tuple", "Type").contains(t.name);
        if (instantiable && TypingModule.GENERIC.containsKey(t.name) && (t.kind == PyTyping.Kind.FORM || t.kind == PyTyping.Kind.ALIAS)) {
            // _BaseGenericAlias.__call__: self.__origin__(*args, **kwargs) (an abstract class refuses
            // as itself); setting __orig_class__ on the result fails quietly (no __dict__ to set it in).
            PyObject callee = module().origin(t.name);
            try {
                return in.callNative(callee, args, kwargs);
            } finally {
                heap.decref(callee);
            }
        }
        String msg = switch (t.kind) {
            case TYPEVAR -> "'TypeVar' object is not callable";
            case FORWARD_REF -> "'ForwardRef' object is not callable";
            default -> t.name.equals("Any") ? "Any cannot be instantiated"
                    : t.name.equals("Optional") || TypingModule.BARE.contains(t.name) || TypingModule.WRAPPERS.contains(t.name)
                            || t.name.equals("Literal") || (t.name.equals("Union") && t.kind == PyTyping.Kind.FORM)
                    ? "Cannot instantiate typing." + t.name
                    : TypingModule.GENERIC.containsKey(t.name) && List.of("List", "Dict", "Set", "FrozenSet", "Tuple", "Type")
                            .contains(t.name)
                    ? "Type " + t.name + " cannot be instantiated; use " + t.name.toLowerCase() + "() instead"
                    : "Cannot instantiate " + repr(o);
        };
        throw new PyRaise("TypeError", msg);
    }
}
