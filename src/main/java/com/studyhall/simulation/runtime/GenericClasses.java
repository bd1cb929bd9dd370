package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * typing.Generic and the program's classes deriving from it, as Lib/typing.py (3.11) makes them.
 * <ul>
 * <li>{@code Generic[T]} and {@code Stack[int]}: Generic's {@code __class_getitem__}, cached by
 * {@code _tp_cache} for the rest of the run. The alias ({@code typing._GenericAlias}) holds its
 * origin, a new {@code __args__} tuple and a {@code __parameters__} tuple; the cache holds the alias
 * and its key (the class and the subscript's items).</li>
 * <li>A class statement over an alias: {@code __mro_entries__} puts the origin among the bases, and
 * the statement keeps the bases as written in {@code __orig_bases__}. Generic's
 * {@code __init_subclass__} then sets {@code __parameters__}: the tuple of a {@code Generic[...]}
 * base itself (shared), else a new tuple of the type variables the bases name.</li>
 * <li>Calling an alias: the origin is called, then {@code __orig_class__} is set on the result (an
 * ordinary attribute assignment: the instance dict holds the alias; an AttributeError, as from a
 * class with {@code __slots__}, is dropped).</li>
 * </ul>
 */
final class GenericClasses {
    /** One cached subscription: what was subscripted, the key's items, whether the key was a tuple, the alias. */
    private record Entry(PyObject origin, boolean tupleKey, PyObject[] key, PyTyping alias) { }

    private final Interpreter in;
    private final List<Entry> cache = new ArrayList<>();
    private PyClass generic;

    GenericClasses(Interpreter in) {
        this.in = in;
    }

    /** typing.Generic: a class with {@code __slots__ = ()}, made on first use (shared, as typing lives for the run). */
    PyClass genericClass() {
        if (generic == null) {
            PyDict dict = in.values.shared(new PyDict());
            generic = new PyClass("Generic", dict, List.of(), List.of(), List.of(), 0);
            generic.module = "typing";
            generic.qualname = "Generic";
            in.values.shared(generic);
        }
        return generic;
    }

    /** Generic when a program has read it, else null. */
    PyClass genericIfMade() {
        return generic;
    }

    /** Whether subscripting this class goes to Generic's __class_getitem__. */
    boolean derives(PyClass c) {
        return generic != null && c.mro.contains(generic);
    }

    static boolean isAlias(PyObject o) {
        return o instanceof PyTyping t && t.kind == PyTyping.Kind.CLASS_ALIAS;
    }

    /** Generic.__class_getitem__(cls, params) and _GenericAlias.__getitem__: the cached alias, a new reference. */
    PyObject subscript(PyObject subscripted, PyObject key) {
        boolean tupleKey = key instanceof PyTuple && !(key instanceof PyNamedTuple);
        PyObject[] items = tupleKey ? ((PyTuple) key).items : new PyObject[] {key};
        for (Entry e : cache) {
            if (e.origin == subscripted && e.tupleKey == tupleKey && sameKey(e.key, items)) return in.heap.newRef(e.alias);
        }
        PyTyping made = subscripted instanceof PyTyping alias ? substitute(alias, items) : make((PyClass) subscripted, items);
        PyObject[] held = new PyObject[items.length + 1];
        held[0] = in.heap.newRef(subscripted);
        for (int i = 0; i < items.length; i++) held[i + 1] = in.heap.newRef(items[i]);
        made.held = held;
        in.heap.incref(made);
        in.builtinImpl.hold(made);
        cache.add(new Entry(subscripted, tupleKey, held, made));
        return made;
    }

    private boolean sameKey(PyObject[] held, PyObject[] items) {
        if (held.length != items.length + 1) return false;
        for (int i = 0; i < items.length; i++) if (!in.ops.sameOrEqual(held[i + 1], items[i])) return false;
        return true;
    }

    private PyTyping make(PyClass cls, PyObject[] items) {
        // Generic classes only _type_convert their parameters.
        List<PyObject> args = typing().convert(items, items.length);
        try {
            if (cls == generic || cls == in.protocolClasses.protocolIfMade()) {
                if (args.isEmpty()) throw new PyRaise("TypeError", "Parameter list to " + cls.name + "[...] cannot be empty");
                for (int i = 0; i < args.size(); i++) {
                    if (!isTypeVar(args.get(i))) {
                        throw new PyRaise("TypeError", "Parameters to " + cls.name + "[...] must all be type variables or parameter specification variables.");
                    }
                    for (int j = 0; j < i; j++) {
                        if (args.get(j) == args.get(i)) throw new PyRaise("TypeError", "Parameters to " + cls.name + "[...] must all be unique");
                    }
                }
            } else {
                checkCount(in.ops.repr(cls), parametersOf(cls).length, args.size());
            }
        } catch (PyRaise e) {
            args.forEach(in.heap::decref);
            throw e;
        }
        return alias(cls, args);
    }

    /** S[T][int]: each type variable of the alias's __parameters__ replaced by its argument. */
    private PyTyping substitute(PyTyping alias, PyObject[] items) {
        if (alias.origin == generic) throw new PyRaise("TypeError", "Cannot subscript already-subscripted " + repr(alias));
        List<PyObject> args = substitutedArgs(alias, items);
        return alias((PyClass) alias.origin, args);
    }

    /**
     * _GenericAlias.__getitem__'s new __args__ (new references) for an alias that names type
     * variables, of a program's class or of typing's own (List[T][int], Dict[str, List[T]][int]).
     */
    List<PyObject> substitutedArgs(PyTyping alias, PyObject[] items) {
        PyObject[] params = alias.parameters instanceof PyTuple p ? p.items : new PyObject[0];
        // Each argument put in for a type variable goes through TypeVar.__typing_subst__, which is _type_check.
        List<PyObject> given = typing().convert(items, 0);
        List<PyObject> args = new ArrayList<>();
        try {
            checkCount(in.ops.repr(alias), params.length, given.size());
            for (PyObject a : ((PyTuple) alias.args).items) args.add(substituted(a, params, given));
            return args;
        } catch (PyRaise e) {
            args.forEach(in.heap::decref);
            throw e;
        } finally {
            given.forEach(in.heap::decref);
        }
    }

    /**
     * _make_substitution for one argument (a new reference): a type variable becomes its argument;
     * an alias that names type variables is subscripted with theirs, as a new tuple (so its own
     * cache keeps that subscription too); anything else stays.
     */
    private PyObject substituted(PyObject old, PyObject[] params, List<PyObject> given) {
        if (isTypeVar(old)) return in.heap.newRef(given.get(List.of(params).indexOf(old)));
        PyObject named = old instanceof PyTyping t && (t.kind == PyTyping.Kind.ALIAS || t.kind == PyTyping.Kind.CLASS_ALIAS)
                ? t.parameters : null;
        if (!(named instanceof PyTuple sub) || sub.items.length == 0) return in.heap.newRef(old);
        PyObject[] subargs = new PyObject[sub.items.length];
        for (int i = 0; i < subargs.length; i++) subargs[i] = in.heap.newRef(given.get(List.of(params).indexOf(sub.items[i])));
        PyObject key = in.heap.alloc(new PyTuple(subargs));
        try {
            return in.builtinImpl.getItem(old, key);
        } finally {
            in.heap.decref(key);
        }
    }

    /** _check_generic's errors: a class without parameters, or another count of arguments. */
    private static void checkCount(String what, int expected, int actual) {
        if (expected == 0) throw new PyRaise("TypeError", what + " is not a generic class");
        if (actual != expected) {
            throw new PyRaise("TypeError", "Too " + (actual > expected ? "many" : "few") + " arguments for " + what
                    + "; actual " + actual + ", expected " + expected);
        }
    }

    /** _GenericAlias(origin, args): the origin, __args__ (takes the references) and __parameters__. */
    private PyTyping alias(PyClass origin, List<PyObject> args) {
        PyTyping alias = new PyTyping(PyTyping.Kind.CLASS_ALIAS, origin.name);
        alias.origin = in.heap.newRef(origin);
        alias.args = in.heap.alloc(new PyTuple(args.toArray(new PyObject[0])));
        alias.parameters = tuple(collect(((PyTuple) alias.args).items));
        return in.heap.alloc(alias);
    }

    /** A new reference to a tuple of these (borrowed) items; none is the empty tuple. */
    private PyObject tuple(List<PyObject> items) {
        if (items.isEmpty()) return in.heap.newRef(in.values.emptyTuple);
        items.forEach(in.heap::incref);
        return in.heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    /** _collect_parameters: the type variables, in order of first appearance, that the arguments are or name. */
    private static List<PyObject> collect(PyObject[] args) {
        List<PyObject> found = new ArrayList<>();
        for (PyObject a : args) {
            if (isTypeVar(a)) {
                if (!found.contains(a)) found.add(a);
            } else if (a instanceof PyTyping t && t.kind == PyTyping.Kind.CLASS_ALIAS) {
                for (PyObject p : ((PyTuple) t.parameters).items) if (!found.contains(p)) found.add(p);
            } else if (a instanceof PyTyping t && t.kind == PyTyping.Kind.ALIAS && t.parameters != null) {
                for (PyObject p : ((PyTuple) t.parameters).items) if (!found.contains(p)) found.add(p);
            }
        }
        return found;
    }

    /**
     * The __parameters__ tuple _GenericAlias.__init__ keeps for one of typing's own aliases
     * (List[T], Optional[T], Callable[[T], K]): a new reference, or null for none (the empty tuple).
     */
    PyObject typeVariables(PyTyping alias) {
        List<PyObject> found = collect(((PyTuple) alias.args).items);
        return found.isEmpty() ? null : tuple(found);
    }

    /** An alias's __parameters__: a new reference. */
    PyObject parametersOf(PyTyping alias) {
        return in.heap.newRef(alias.parameters != null ? alias.parameters : in.values.emptyTuple);
    }

    private static boolean isTypeVar(PyObject o) {
        return o instanceof PyTyping t && t.kind == PyTyping.Kind.TYPEVAR;
    }

    /** The class's __parameters__ (through its MRO), as Generic's __class_getitem__ reads them. */
    private static PyObject[] parametersOf(PyClass cls) {
        return cls.lookup("__parameters__") instanceof PyTuple t ? t.items : new PyObject[0];
    }

    /**
     * Generic.__init_subclass__ for a class the statement just made (after object's hook): checks the
     * bases and sets __parameters__; on a TypeError the class is dropped.
     */
    void initSubclass(PyClass cls) {
        PyObject orig = cls.dict.getStr("__orig_bases__");
        PyObject[] written = orig instanceof PyTuple t ? t.items : null;
        boolean plain = written != null ? List.of(written).contains(generic) : cls.bases.contains(generic);
        PyObject parameters;
        try {
            if (plain) throw new PyRaise("TypeError", "Cannot inherit from plain Generic");
            parameters = written == null ? in.heap.newRef(in.values.emptyTuple) : parameters(written);
        } catch (PyRaise e) {
            in.heap.decref(cls);
            throw e;
        }
        in.setAttr(cls, "__parameters__", parameters);
    }

    private PyObject parameters(PyObject[] written) {
        List<PyObject> tvars = collect(written);
        PyTyping declared = null;
        for (PyObject b : written) {
            if (b instanceof PyTyping a && a.kind == PyTyping.Kind.CLASS_ALIAS && a.origin == generic) {
                if (declared != null) throw new PyRaise("TypeError", "Cannot inherit from Generic[...] multiple times.");
                declared = a;
            }
        }
        if (declared == null) return tuple(tvars);
        List<PyObject> listed = List.of(((PyTuple) declared.parameters).items);
        List<String> missing = new ArrayList<>();
        for (PyObject t : tvars) if (!listed.contains(t)) missing.add(in.ops.str(t));
        if (!missing.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (PyObject g : listed) names.add(in.ops.str(g));
            throw new PyRaise("TypeError", "Some type variables (" + String.join(", ", missing) + ") are not listed in Generic["
                    + String.join(", ", names) + "]");
        }
        return in.heap.newRef(declared.parameters); // tuple(gvars) is gvars itself
    }

    /**
     * __mro_entries__ of an alias among a class statement's bases (what the base list becomes):
     * Generic[...] gives nothing when another alias follows it, any other alias its origin.
     */
    PyClass mroEntry(PyTyping alias, List<PyObject> later) {
        if (alias.origin == generic) {
            for (PyObject b : later) if (isAlias(b) && b != alias) return null;
        }
        return (PyClass) alias.origin;
    }

    /**
     * _BaseGenericAlias.__call__: the origin called with the arguments, then
     * {@code result.__orig_class__ = alias}, whose AttributeError is dropped.
     */
    PyObject call(PyTyping alias, List<PyObject> args, Map<String, PyObject> kwargs) {
        // __call__(self, *args, **kwargs) packs the arguments into a tuple of its own, which holds
        // them while the origin runs. With keywords (measured in 3.11.7), slot_tp_call's tuple and
        // dict, the **kwargs dict and the copy CALL_FUNCTION_EX merges it into hold them too: each
        // positional argument twice in all, each keyword value three times.
        List<PyObject> packed = new ArrayList<>(args);
        if (!kwargs.isEmpty()) {
            packed.addAll(args);
            for (int i = 0; i < 3; i++) packed.addAll(kwargs.values());
        }
        for (PyObject a : packed) {
            in.heap.incref(a);
            in.builtinImpl.hold(a);
        }
        PyObject result;
        try {
            result = in.callNative(alias.origin, args, kwargs);
        } finally {
            for (PyObject a : packed) {
                in.builtinImpl.unhold(a);
                in.heap.decref(a);
            }
        }
        try {
            in.setAttr(result, "__orig_class__", in.heap.newRef(alias));
        } catch (PyRaise e) {
            if (!in.exceptions.is(e, "AttributeError")) {
                in.heap.decref(result);
                throw e;
            }
            in.exceptions.discard(e);
        }
        return result;
    }

    /** The alias's attributes: its own three, __name__/__qualname__ and other non-dunder names from the origin. */
    PyObject attribute(PyTyping alias, String attr) {
        switch (attr) {
            case "__origin__": return in.heap.newRef(alias.origin);
            case "__args__": return in.heap.newRef(alias.args);
            case "__parameters__": return in.heap.newRef(alias.parameters);
            case "__module__": return in.getAttr(alias.origin, "__module__");
            case "__name__", "__qualname__": return in.getAttr(alias.origin, "__name__");
            default:
                if (attr.startsWith("__") && attr.endsWith("__")) throw new PyRaise("AttributeError", attr);
                return in.getAttr(alias.origin, attr);
        }
    }

    /** repr: Generic[~T] as typing.Generic[~T], a program's class by module and qualified name. */
    String repr(PyTyping alias) {
        PyClass origin = (PyClass) alias.origin;
        List<String> parts = new ArrayList<>();
        for (PyObject a : ((PyTuple) alias.args).items) parts.add(typing().item(a));
        String name = (origin.module != null ? origin.module : "__main__") + "." + (origin.qualname != null ? origin.qualname : origin.name);
        return name + "[" + (parts.isEmpty() ? "()" : String.join(", ", parts)) + "]";
    }

    private TypingType typing() {
        return (TypingType) in.builtinImpl.types.of(PyTyping.class);
    }
}
