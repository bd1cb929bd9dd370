package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A builtin Python type: its slots (CPython's tp_* and sq_/mp_/nb_ functions) and its method
 * table. Each subclass is one type and owns all of its behaviour; the defaults raise the
 * TypeError CPython raises when a type leaves the slot empty. Slots receive borrowed references
 * and return new ones, as the interpreter's value stack expects.
 */
abstract class BuiltinType {
    /** A method of a builtin type: self and the arguments are borrowed, the result is a new reference. */
    @FunctionalInterface
    interface Method {
        PyObject call(PyObject self, List<PyObject> args, Map<String, PyObject> kwargs);
    }

    final String name;
    /** The base type for isinstance (bool's base is int); null for object's direct subtypes. */
    final BuiltinType base;
    final Interpreter in;
    final Heap heap;
    final Values v;
    private final Map<String, Method> methods = new LinkedHashMap<>();
    private final Map<String, Method> classMethods = new LinkedHashMap<>();

    BuiltinType(String name, BuiltinType base, Interpreter in) {
        this.name = name;
        this.base = base;
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    /** Registers a method: the one place a new method of this type is added. */
    final void method(String methodName, Method m) {
        methods.put(methodName, m);
    }

    final Method method(String methodName) {
        return methods.get(methodName);
    }

    /**
     * Registers a METH_VARARGS method (set.union, dict.update...): each call packs its arguments into
     * a tuple (method_vectorcall_VARARGS), which goes to the tuple free list afterwards.
     */
    final void varargsMethod(String methodName, Method m) {
        method(methodName, (self, args, kw) -> in.builtinImpl.withPackedArguments(args, kw, () -> m.call(self, args, kw)));
    }

    /**
     * Registers a method of the type object itself ({@code dict.fromkeys}, {@code str.maketrans}):
     * self is the type object it was read from.
     */
    final void classMethod(String methodName, Method m) {
        classMethods.put(methodName, m);
    }

    final Method classMethod(String methodName) {
        return classMethods.get(methodName);
    }

    final java.util.Set<String> classMethodNames() {
        return classMethods.keySet();
    }

    final java.util.Set<String> methodNames() {
        return methods.keySet();
    }

    /** True when this object of the type lacks a method its type registers (a struct sequence's namedtuple methods). */
    boolean lacksMethod(PyObject o, String methodName) {
        return false;
    }

    final boolean hasMethod(String methodName) {
        return methods.containsKey(methodName);
    }

    final boolean isSubtypeOf(BuiltinType other) {
        for (BuiltinType t = this; t != null; t = t.base) if (t == other) return true;
        return false;
    }

    Ops ops() {
        return in.ops;
    }

    Builtins builtins() {
        return in.builtinImpl;
    }

    /**
     * A call of an object whose type has tp_call but no vectorcall (or of such a type itself): the
     * caller packs the arguments into a tuple (_PyObject_MakeTpCall), held while the call runs.
     */
    final PyObject throughArgumentTuple(List<PyObject> args, java.util.function.Function<PyTuple, PyObject> body) {
        for (PyObject a : args) heap.incref(a);
        PyTuple tuple = args.isEmpty() ? (PyTuple) heap.newRef(v.emptyTuple) : heap.alloc(new PyTuple(args.toArray(new PyObject[0])));
        builtins().hold(tuple);
        try {
            return body.apply(tuple);
        } finally {
            builtins().unhold(tuple);
            heap.decref(tuple);
        }
    }

    /** A repr in call form, {@code name(head, *args, key=value...)}, as partial and methodcaller write theirs. */
    final String callRepr(String typeName, PyObject head, PyObject[] args, PyDict keywords) {
        List<String> parts = new java.util.ArrayList<>();
        parts.add(ops().repr(head));
        for (PyObject a : args) parts.add(ops().repr(a));
        keywordMap(keywords).forEach((k, val) -> parts.add(k + "=" + ops().repr(val)));
        return typeName + "(" + String.join(", ", parts) + ")";
    }

    /** A keyword dict (str keys, may be null) as the keyword map a call takes, in insertion order. */
    static Map<String, PyObject> keywordMap(PyDict keywords) {
        Map<String, PyObject> kw = new LinkedHashMap<>();
        if (keywords != null) for (PyObject[] e : keywords.entries()) kw.put(((PyStr) e[0]).value, e[1]);
        return kw;
    }

    // ---- slots with CPython's behaviour for a type that leaves them empty ----

    long len(PyObject o) {
        throw new PyRaise("TypeError", "object of type '" + o.typeName() + "' has no len()");
    }

    boolean truthy(PyObject o) {
        return true;
    }

    PyObject getItem(PyObject o, PyObject key) {
        throw new PyRaise("TypeError", "'" + o.typeName() + "' object is not subscriptable");
    }

    /**
     * A subscript with a slice; the types that cut sequences answer it themselves. The others get
     * the slice as any key, as mp_subscript does (a dict: "unhashable type: 'slice'").
     */
    PyObject slice(PyObject o, SliceValue slice) {
        return getItem(o, slice);
    }

    /** STORE_SUBSCR: takes the caller's reference to value. */
    void setItem(PyObject o, PyObject key, PyObject value) {
        heap.decref(value);
        throw new PyRaise("TypeError", "'" + o.typeName() + "' object does not support item assignment");
    }

    void delItem(PyObject o, PyObject key) {
        throw new PyRaise("TypeError", "'" + o.typeName() + "' object doesn't support item deletion");
    }

    /** tp_iter: a new iterator. */
    PyObject iter(PyObject o) {
        throw notIterable(o);
    }

    /** The items of an iterable as borrowed references (scratch owns any it had to create). */
    List<PyObject> items(PyObject o) {
        throw notIterable(o);
    }

    static PyRaise notIterable(PyObject o) {
        return new PyRaise("TypeError", "'" + o.typeName() + "' object is not iterable");
    }

    boolean contains(PyObject container, PyObject item) {
        throw new PyRaise("TypeError", "argument of type '" + container.typeName() + "' is not iterable");
    }

    /**
     * _PySequence_IterSearch: `in` on a type without sq_contains pulls items from the type's own
     * iterator until one is the item or equals it (an iterator is consumed up to the match).
     */
    final boolean iterSearch(PyObject container, PyObject item) {
        PyObject it = iter(container);
        builtins().hold(it);
        try {
            for (PyObject x = builtins().next(it); x != null; x = builtins().next(it)) {
                builtins().hold(x);
                try {
                    if (ops().sameOrEqual(x, item)) return true;
                } finally {
                    builtins().unhold(x);
                    heap.decref(x);
                }
            }
            return false;
        } finally {
            builtins().unhold(it);
            heap.decref(it);
        }
    }

    String repr(PyObject o) {
        return "<" + o.typeName() + " object>";
    }

    /**
     * The slot wrappers of this type's dict that a program reads through a library type
     * ({@code weakref.ref.__eq__}) and that this type calls itself; empty for most types, whose slot
     * wrappers the generic SlotWrappers serve.
     */
    java.util.Set<String> ownSlotWrappers() {
        return java.util.Set.of();
    }

    /** One of {@link #ownSlotWrappers} called through the type on self (already checked to be this type's). */
    PyObject callSlotWrapper(String name, PyObject self, List<PyObject> args, Map<String, PyObject> kwargs) {
        throw new IllegalStateException(this.name + " has no slot wrapper " + name);
    }

    String str(PyObject o) {
        return ops().repr(o);
    }

    /** Equality for two objects that are not the same object (identity is checked first). */
    boolean eq(PyObject a, PyObject b) {
        return false;
    }

    /**
     * != for two objects that are not the same object, when this type's richcompare answers Py_NE
     * on its own (a weak reference asks its referents' !=); null when != is the negation of {@link #eq}.
     */
    Boolean notEqual(PyObject a, PyObject b) {
        return null;
    }

    /** <, <=, >, >= with a of this type; null when the pair is unorderable. */
    Boolean order(String op, PyObject a, PyObject b) {
        return null;
    }

    /**
     * del obj.name from the instance dict a builtin object keeps (a function's, a StringIO's, a
     * partial's): the value's reference, or null when the dict (null until made) has no such name.
     */
    final PyObject removeOwn(PyDict dict, String attr) {
        if (dict == null) return null;
        PyObject[] e = dict.remove(v.intern(attr));
        if (e == null) return null;
        heap.decref(e[0]);
        return e[1];
    }

    /** A binary operator with a of this type; null for NotImplemented. */
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        return typeUnion(op, a, b);
    }

    /**
     * type.__or__ and __ror__ (and None's side of them): {@code int | None} between types, aliases
     * and unions makes a types.UnionType; null for any other operands.
     */
    final PyObject typeUnion(TokenType op, PyObject a, PyObject b) {
        return op == TokenType.PIPE ? GenericAliasType.union(in, a, b) : null;
    }

    /** The reflected operator (b of this type, a of another); null for NotImplemented. */
    /**
     * The in-place slot of an augmented assignment: a new reference to the result, or null when
     * this type has none for the operator (then the binary operation runs).
     */
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        return null;
    }

    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return typeUnion(op, a, b);
    }

    /** -x, +x, ~x; null when the type has no such operator. */
    PyObject unary(TokenType op, PyObject o) {
        return null;
    }

    /** The text shown for a container already being printed (a list that contains itself); null for others. */
    String recursionRepr(PyObject o) {
        return null;
    }

    /**
     * Whether the repr of o (a type with a {@link #recursionRepr}) calls Py_ReprEnter: dict, set and
     * deque reprs always do; list and tuple reprs answer an empty object before.
     */
    boolean reprEnters(PyObject o) {
        return true;
    }

    /**
     * A repr that CPython writes through a list of the items (PySequence_List: set, deque and
     * dict view reprs), made before the items' reprs and deallocated after: counted, not made.
     */
    String reprThroughList(java.util.function.Supplier<String> repr) {
        return reprThroughList(0, repr);
    }

    /**
     * The same with a list of {@code pairs} new (key, value) tuples (a dict items view's list,
     * odict_repr's pieces), made as the list is filled and freed with it.
     */
    String reprThroughList(int pairs, java.util.function.Supplier<String> repr) {
        heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        for (int i = 0; i < pairs; i++) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        try {
            return repr.get();
        } finally {
            for (int i = 0; i < pairs; i++) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        }
    }

    /** An attribute that is not a method (a module's functions, gc.garbage); null when absent. */
    PyObject attribute(PyObject o, String attr) {
        return null;
    }

    /** obj(...) for an object of this type (tp_call); null when the type is not callable. Arguments are borrowed. */
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        return null;
    }

    /** obj.name = value for a type with settable data attributes (takes value's reference); false when it has none of that name. */
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        return false;
    }

    /** CPython's message for a missing attribute. */
    PyRaise noAttribute(PyObject o, String attr) {
        return new PyRaise("AttributeError", "'" + o.typeName() + "' object has no attribute '" + attr + "'");
    }

    /** The index of a sequence item, with negative indexes from the end (borrowed key). */
    static long index(PyObject key, long n, String what) {
        PyInt k = NumberIndex.of(key);
        if (k == null) {
            // unicode_subscript words its error otherwise than list's and tuple's.
            if (what.equals("string")) throw new PyRaise("TypeError", "string indices must be integers, not '" + key.typeName() + "'");
            throw new PyRaise("TypeError", what + " indices must be integers or slices, not " + key.typeName());
        }
        // PyNumber_AsSsize_t(key, PyExc_IndexError): an int past a Py_ssize_t is an IndexError, not a wrapped index.
        if (!k.fitsLong()) throw new PyRaise("IndexError", "cannot fit '" + key.typeName() + "' into an index-sized integer");
        long i = k.value().longValue();
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw new PyRaise("IndexError", what + " index out of range");
        return i;
    }

    static boolean compare(String op, int c) {
        return switch (op) {
            case "<" -> c < 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            default -> c >= 0;
        };
    }
}
