package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The special methods of builtin types as callables ({@code int.__add__(1, 2)}, {@code [1].__len__()}):
 * CPython's slot wrappers, each calling the type's slot. A binary or comparison slot that does not
 * handle the other operand returns NotImplemented, as the wrapper does in CPython.
 */
final class SlotWrappers {
    private static final List<TokenType> BINARY = List.of(TokenType.PLUS, TokenType.MINUS, TokenType.STAR,
            TokenType.SLASH, TokenType.DOUBLE_SLASH, TokenType.PERCENT, TokenType.DOUBLE_STAR, TokenType.AMPER,
            TokenType.PIPE, TokenType.CARET, TokenType.SHIFT_LEFT, TokenType.SHIFT_RIGHT);

    /** The special methods the engine answers for builtin values; the checker refuses the others. */
    static final Set<String> SUPPORTED = supported();

    private static Set<String> supported() {
        Set<String> names = new java.util.HashSet<>(Set.of("__init__", "__repr__", "__str__", "__hash__", "__eq__",
                "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__len__", "__bool__", "__getitem__", "__setitem__",
                "__delitem__", "__contains__", "__iter__", "__next__", "__call__", "__neg__", "__pos__", "__invert__",
                "__setattr__", "__delattr__", "__sizeof__", "__getattribute__"));
        for (TokenType op : BINARY) {
            names.add("__" + InstanceType.operatorName(op) + "__");
            names.add("__r" + InstanceType.operatorName(op) + "__");
            names.add("__i" + InstanceType.operatorName(op) + "__");
        }
        return Set.copyOf(names);
    }

    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    private PyNotImplemented notImplemented;

    SlotWrappers(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    /** The NotImplemented singleton (a new reference to a shared object). */
    PyObject notImplemented() {
        if (notImplemented == null) notImplemented = v.shared(new PyNotImplemented());
        return notImplemented;
    }

    /** Calls the special method name of ownerName's slots on self (all borrowed); a new reference. */
    PyObject call(String ownerName, String name, PyObject self, List<PyObject> args, Map<String, PyObject> kwargs) {
        // object's slot bound to a plain instance (a.__init__, a.__repr__ read as method-wrappers): the
        // instance type's own method, as object.__init__(a) and object.__repr__(a) call it (MethodDescriptorType).
        if (ownerName.equals("object") && self instanceof PyInstance i && i.exc == null && in.builtinImpl.types.instances().hasMethod(name)) {
            return in.builtinImpl.types.instances().method(name).call(self, args, kwargs);
        }
        if (self instanceof PyWeakContainer c && WeakContainerMembers.hasDunder(c.kind, name)) {
            // Python functions in Lib/weakref.py: bound by position or by name, then the container's slot.
            args = WeakContainerMembers.bind(c.kind, name, args, kwargs);
            kwargs = Map.of();
        }
        if (!kwargs.isEmpty() && !name.equals("__init__") && !name.equals("__call__")) {
            throw new PyRaise("TypeError", "wrapper " + name + "() takes no keyword arguments");
        }
        Builtins p = in.builtinImpl;
        Ops ops = in.ops;
        switch (name) {
            case "__init__" -> { return init(ownerName, self, args, kwargs); }
            case "__call__" -> { return p.callBorrowed(self, args, kwargs); }
            case "__setattr__" -> {
                count(name, args, 2);
                return p.callBuiltinFunction("setattr", List.of(self, args.get(0), args.get(1)));
            }
            case "__getattribute__" -> {
                // PyObject_GenericGetAttr (object's) or the builtin type's own tp_getattro: no program hook runs.
                count(name, args, 1);
                if (!(args.get(0) instanceof PyStr attr)) {
                    throw new PyRaise("TypeError", "attribute name must be string, not '" + args.get(0).typeName() + "'");
                }
                return self instanceof PyInstance ? in.attributes.genericGet(self, attr.value) : in.getAttr(self, attr.value);
            }
            case "__delattr__" -> {
                count(name, args, 1);
                if (!(args.get(0) instanceof PyStr attr)) {
                    throw new PyRaise("TypeError", "attribute name must be string, not '" + args.get(0).typeName() + "'");
                }
                in.attributes.deleteGeneric(self, attr.value);
                return v.none;
            }
            default -> { }
        }
        if (name.startsWith("__r") && binaryOp(name.substring(3)) != null) {
            count(name, args, 1);
            return reflected(binaryOp(name.substring(3)), self, args.get(0));
        }
        PyObject arithmetic = arithmetic(p.types.of(self), name, self, args);
        if (arithmetic != null) return arithmetic;
        switch (name) {
            case "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__" -> {
                count(name, args, 1);
                return compare(ownerName, name, self, args.get(0));
            }
            default -> { }
        }
        int expected = Set.of("__getitem__", "__delitem__", "__contains__").contains(name) ? 1 : name.equals("__setitem__") ? 2 : 0;
        count(name, args, expected);
        PyObject container = containerSlot(p.types.of(self), name, self, args);
        if (container != null) return container;
        return switch (name) {
            case "__repr__" -> v.str(ownerName.equals("object") ? "<" + self.typeName() + " object at " + Reprs.address(self) + ">" : ops.repr(self));
            // unicode_str: an exact str is itself (unicode_result_unchanged).
            case "__str__" -> ownerName.equals("str") && self.getClass() == PyStr.class ? heap.newRef(self)
                    : v.str(ownerName.equals("object") ? ops.repr(self) : ops.str(self));
            case "__hash__" -> p.callBuiltinFunction("hash", List.of(self));
            case "__bool__" -> v.bool(ops.truthy(self));
            case "__next__" -> {
                PyObject item = p.next(self);
                if (item == null) throw new PyRaise("StopIteration", "");
                yield item;
            }
            case "__sizeof__" -> v.integer(basicSize(self));
            case "__neg__" -> ops.unary(TokenType.MINUS, self);
            case "__pos__" -> ops.unary(TokenType.PLUS, self);
            case "__invert__" -> ops.unary(TokenType.TILDE, self);
            default -> throw new PyRaise("AttributeError", "'" + self.typeName() + "' object has no attribute '" + name + "'");
        };
    }

    /**
     * object.__sizeof__ and the builtin types' own (list, dict, str...): sys.getsizeof without the
     * pre-header (the GC header, and an instance's managed dict).
     */
    private static long basicSize(PyObject self) {
        if (self instanceof PyInstance i) return i.sizeof() - InstanceType.preHeaderSize(i);
        return self.sizeof() - (self.isGcType() ? 16 : 0);
    }

    /**
     * A special method of list, dict or set called on an instance of a subclass (through super()
     * or the instance): the base type's slot itself, so an override that calls it does not call
     * itself again. Null for a name handled as for any instance (__setattr__, __str__...).
     */
    PyObject callBase(BuiltinType t, String name, PyObject self, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (name.equals("__init__")) return init(t.name, self, args, kwargs);
        if (t instanceof WeakrefType w) return w.slot(name, self, args, kwargs);
        if (!SUPPORTED.contains(name) || TypeAttributes.entry(t instanceof OrderedDictType ? "dict" : t.name, name) == null) return null;
        if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "wrapper " + name + "() takes no keyword arguments");
        switch (name) {
            case "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__" -> {
                count(name, args, 1);
                PyObject other = args.get(0);
                if (!(PyInstance.bodyOf(other).getClass() == PyInstance.bodyOf(self).getClass())) return notImplemented();
                return switch (name) {
                    case "__eq__" -> v.bool(t.eq(self, other));
                    case "__ne__" -> v.bool(!t.eq(self, other));
                    default -> v.bool(t.order(name.equals("__lt__") ? "<" : name.equals("__le__") ? "<=" : name.equals("__gt__") ? ">" : ">=",
                            self, other));
                };
            }
            default -> { }
        }
        PyObject arithmetic = arithmetic(t, name, self, args);
        if (arithmetic != null) return arithmetic;
        if (!CONTAINER_SLOTS.contains(name) && !name.equals("__repr__")) return null;
        count(name, args, Set.of("__getitem__", "__delitem__", "__contains__").contains(name) ? 1 : name.equals("__setitem__") ? 2 : 0);
        return name.equals("__repr__") ? v.str(in.ops.repr(t, self)) : containerSlot(t, name, self, args);
    }

    private static final Set<String> CONTAINER_SLOTS = Set.of("__len__", "__getitem__", "__setitem__", "__delitem__",
            "__contains__", "__iter__");

    /** The container slots of type t called on self (arguments borrowed); null for any other name. */
    private PyObject containerSlot(BuiltinType t, String name, PyObject self, List<PyObject> args) {
        return switch (name) {
            case "__len__" -> v.integer(t.len(self));
            case "__getitem__" -> {
                yield args.get(0) instanceof SliceValue s ? t.slice(self, s) : t.getItem(self, args.get(0));
            }
            case "__setitem__" -> {
                t.setItem(self, args.get(0), heap.newRef(args.get(1)));
                yield v.none;
            }
            case "__delitem__" -> {
                t.delItem(self, args.get(0));
                yield v.none;
            }
            case "__contains__" -> v.bool(t.contains(self, args.get(0)));
            case "__iter__" -> t.iter(self);
            default -> null;
        };
    }

    /**
     * x.__add__(y) and x.__iadd__(y) through type t's slot (list.__iadd__, set.__ior__... change
     * self); NotImplemented when the slot does not take y, null when name is no such operator.
     */
    private PyObject arithmetic(BuiltinType t, String name, PyObject self, List<PyObject> args) {
        boolean inplace = name.startsWith("__i") && binaryOp(name.substring(3)) != null;
        TokenType op = inplace ? binaryOp(name.substring(3)) : binaryOp(name.substring(2));
        if (op == null) return null;
        count(name, args, 1);
        // A number's slot takes only its own kind (int_add casts both to int): (1).__add__(2.0) is
        // NotImplemented, although 1 + 2.0 is 3.0 through float's slot. Sequences raise their own TypeError.
        if (NUMBERS.contains(rootName(t)) && !accepts(t, args.get(0))) return notImplemented();
        PyObject r = safely(() -> inplace ? t.inplace(op, self, args.get(0)) : t.binary(op, self, args.get(0)));
        return r != null ? r : notImplemented();
    }

    /** x.__radd__(y) is y + x through x's own slot (nb_add(y, x)), NotImplemented when x's type cannot do it. */
    private PyObject reflected(TokenType op, PyObject self, PyObject other) {
        BuiltinType t = in.builtinImpl.types.of(self);
        if (NUMBERS.contains(rootName(t)) && !accepts(t, other)) return notImplemented();
        PyObject r = safely(() -> t.reflected(op, other, self));
        if (r == null && accepts(t, other)) r = safely(() -> t.binary(op, other, self));
        return r != null ? r : notImplemented();
    }

    private PyObject compare(String ownerName, String name, PyObject self, PyObject other) {
        if (ownerName.equals("object")) {
            // object_richcompare: identity for == and !=, NotImplemented for the rest.
            if (name.equals("__eq__")) return self == other ? v.trueObj : notImplemented();
            if (name.equals("__ne__")) return self == other ? v.falseObj : notImplemented();
            return notImplemented();
        }
        BuiltinType t = in.builtinImpl.types.of(self);
        if (!accepts(t, other)) return notImplemented();
        return switch (name) {
            case "__eq__" -> v.bool(in.ops.eq(self, other));
            case "__ne__" -> v.bool(!in.ops.eq(self, other));
            default -> {
                Boolean r = t.order(switch (name) {
                    case "__lt__" -> "<";
                    case "__le__" -> "<=";
                    case "__gt__" -> ">";
                    default -> ">=";
                }, self, other);
                yield r == null ? notImplemented() : v.bool(r);
            }
        };
    }

    /** Whether a slot of type t handles other: an instance of t's root type (float and complex also take ints, complex floats). */
    private boolean accepts(BuiltinType t, PyObject other) {
        BuiltinType root = t;
        while (root.base != null) root = root.base;
        BuiltinType o = in.builtinImpl.types.of(other);
        if (o.isSubtypeOf(root)) return true;
        return root.name.equals("float") && other instanceof PyInt
                || root.name.equals("complex") && (other instanceof PyInt || other instanceof PyFloat);
    }

    private static final Set<String> NUMBERS = Set.of("int", "float", "complex");

    private static String rootName(BuiltinType t) {
        BuiltinType root = t;
        while (root.base != null) root = root.base;
        return root.name;
    }

    /** __init__: object's ignores its arguments when the type has its own __new__; list, dict and set refill. */
    PyObject init(String ownerName, PyObject self, List<PyObject> args, Map<String, PyObject> kwargs) {
        Builtins p = in.builtinImpl;
        switch (ownerName) {
            case "list" -> {
                if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "list() takes no keyword arguments");
                Args.count("list", args, 0, 1);
                PyList l = (PyList) PyInstance.bodyOf(self);
                l.clear(heap);
                if (!args.isEmpty()) p.extend(l, args.get(0));
            }
            case "dict" -> {
                if (args.size() > 1) throw new PyRaise("TypeError", "dict expected at most 1 argument, got " + args.size());
                PyDict d = (PyDict) PyInstance.bodyOf(self);
                if (!args.isEmpty()) p.update(d, args.get(0));
                for (Map.Entry<String, PyObject> e : kwargs.entrySet()) p.put(d, v.intern(e.getKey()), heap.newRef(e.getValue()));
            }
            case "weakref.ReferenceType" -> WeakrefModule.checkInitArguments(args, kwargs);
            case "OrderedDict", BuiltinBases.ORDERED_DICT -> {
                if (args.size() > 1) throw new PyRaise("TypeError", "expected at most 1 arguments, got " + args.size());
                odictUpdate(self, args.isEmpty() ? null : args.get(0), kwargs);
            }
            case "set" -> {
                if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "set() takes no keyword arguments");
                Args.count("set", args, 0, 1);
                PySet s = (PySet) PyInstance.bodyOf(self);
                heap.decref(p.callMethod(s, "clear", List.of(), Map.of()));
                if (!args.isEmpty()) p.addEachIterated(s, args.get(0));
            }
            default -> {
                if ((!args.isEmpty() || !kwargs.isEmpty()) && self instanceof PyPlainObject) {
                    throw new PyRaise("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)");
                }
            }
        }
        return v.none;
    }

    /**
     * OrderedDict.__init__ (mutablemapping_update): each pair goes in through PyObject_SetItem, so a
     * subclass's own __setitem__ runs. An exact dict and the keyword arguments are first copied to a
     * list of (key, value) tuples (PyDict_Items); another mapping is read key by key; anything else
     * is an iterable of pairs, each unpacked by its own iterator.
     */
    void odictUpdate(PyObject self, PyObject arg, Map<String, PyObject> kwargs) {
        Builtins p = in.builtinImpl;
        if (arg instanceof PyDict d && !(arg instanceof PyOrderedDict) && !(arg instanceof PyDefaultDict) && !(arg instanceof PyCounter)) {
            addPairs(self, itemsList(d.entries()));
        } else if (arg instanceof PyDict || arg instanceof PyInstance i && (i.body instanceof PyDict || i.cls.lookup("keys") != null)) {
            // mutablemapping_update_arg: iterate what arg.keys() gives, PyObject_GetItem for each key.
            PyObject method = in.getAttr(arg, "keys");
            PyObject keys;
            try {
                keys = p.callBorrowed(method, List.of(), Map.of());
            } finally {
                heap.decref(method);
            }
            PyObject iterator;
            try {
                iterator = p.getIter(keys);
            } finally {
                heap.decref(keys);
            }
            p.hold(iterator);
            try {
                for (PyObject key = p.next(iterator); key != null; key = p.next(iterator)) {
                    try {
                        setItemHeld(self, key, p.getItem(arg, key));
                    } finally {
                        heap.decref(key);
                    }
                }
            } finally {
                p.unhold(iterator);
                heap.decref(iterator);
            }
        } else if (arg != null) {
            // mutablemapping_add_pairs: each item unpacked by its own iterator.
            PyObject iterator = p.getIter(arg);
            p.hold(iterator);
            try {
                for (PyObject pair = p.next(iterator); pair != null; pair = p.next(iterator)) {
                    p.hold(pair);
                    try {
                        addPair(self, pair);
                    } finally {
                        p.unhold(pair);
                        heap.decref(pair);
                    }
                }
            } finally {
                p.unhold(iterator);
                heap.decref(iterator);
            }
        }
        if (!kwargs.isEmpty()) {
            List<PyObject[]> pairs = new java.util.ArrayList<>();
            for (Map.Entry<String, PyObject> e : kwargs.entrySet()) pairs.add(new PyObject[] {v.intern(e.getKey()), heap.newRef(e.getValue())});
            PyList items = heap.alloc(new PyList(new java.util.ArrayList<>(), 0));
            for (PyObject[] kv : pairs) items.items.add(heap.alloc(new PyTuple(kv)));
            items.allocated = items.items.size();
            addPairs(self, items);
        }
    }

    private void addPair(PyObject self, PyObject pair) {
        Builtins p = in.builtinImpl;
        PyObject items = p.getIter(pair);
        PyObject key = null;
        PyObject value = null;
        p.hold(items);
        try {
            key = p.next(items);
            if (key == null) throw new PyRaise("ValueError", "need more than 0 values to unpack");
            value = p.next(items);
            if (value == null) throw new PyRaise("ValueError", "need more than 1 value to unpack");
            PyObject extra = p.next(items);
            if (extra != null) {
                heap.decref(extra);
                throw new PyRaise("ValueError", "too many values to unpack (expected 2)");
            }
            PyObject taken = value;
            value = null; // setItemHeld takes it
            setItemHeld(self, key, taken);
        } finally {
            if (value != null) heap.decref(value);
            if (key != null) heap.decref(key);
            p.unhold(items);
            heap.decref(items);
        }
    }

    /**
     * PyObject_SetItem from native code: the key and the value (whose reference it takes) are
     * roots while the subclass's __setitem__ runs, as the C locals holding them are.
     */
    void setItemHeld(PyObject self, PyObject key, PyObject value) {
        Builtins p = in.builtinImpl;
        p.hold(key);
        p.hold(value);
        try {
            p.setItem(self, key, value);
        } finally {
            p.unhold(value);
            p.unhold(key);
        }
    }

    private PyList itemsList(List<PyObject[]> entries) {
        PyList items = heap.alloc(new PyList(new java.util.ArrayList<>(entries.size()), entries.size()));
        for (PyObject[] e : entries) items.items.add(heap.alloc(new PyTuple(new PyObject[] {heap.newRef(e[0]), heap.newRef(e[1])})));
        return items;
    }

    /** mutablemapping_add_pairs over a list it owns, released at the end. */
    private void addPairs(PyObject self, PyList items) {
        in.builtinImpl.hold(items);
        try {
            for (PyObject pair : new java.util.ArrayList<>(items.items)) {
                PyObject[] kv = ((PyTuple) pair).items;
                PyObject key = heap.newRef(kv[0]);
                try {
                    setItemHeld(self, key, heap.newRef(kv[1]));
                } finally {
                    heap.decref(key);
                }
            }
        } finally {
            in.builtinImpl.unhold(items);
            heap.decref(items);
        }
    }

    private static TokenType binaryOp(String rest) {
        for (TokenType op : BINARY) if ((InstanceType.operatorName(op) + "__").equals(rest)) return op;
        return null;
    }

    private static void count(String name, List<PyObject> args, int n) {
        if (args.size() != n) {
            throw new PyRaise("TypeError", "expected " + n + " argument" + (n == 1 ? "" : "s") + ", got " + args.size());
        }
    }

    /** A slot written for its own type's operands may cast the other one: that is NotImplemented too. */
    private static PyObject safely(java.util.function.Supplier<PyObject> slot) {
        try {
            return slot.get();
        } catch (ClassCastException notHandled) {
            return null;
        }
    }
}
