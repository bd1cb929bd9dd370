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
                "__setattr__"));
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
            default -> { }
        }
        if (name.startsWith("__r") && binaryOp(name.substring(3)) != null) {
            count(name, args, 1);
            return reflected(binaryOp(name.substring(3)), self, args.get(0));
        }
        if (name.startsWith("__i") && binaryOp(name.substring(3)) != null) {
            // list.__iadd__, set.__ior__, dict.__ior__...: the type's in-place slot, changing self.
            count(name, args, 1);
            PyObject r = safely(() -> p.types.of(self).inplace(binaryOp(name.substring(3)), self, args.get(0)));
            return r != null ? r : notImplemented();
        }
        if (binaryOp(name.substring(2)) != null) {
            count(name, args, 1);
            PyObject r = safely(() -> p.types.of(self).binary(binaryOp(name.substring(2)), self, args.get(0)));
            return r != null ? r : notImplemented();
        }
        switch (name) {
            case "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__" -> {
                count(name, args, 1);
                return compare(ownerName, name, self, args.get(0));
            }
            default -> { }
        }
        int expected = Set.of("__getitem__", "__delitem__", "__contains__").contains(name) ? 1 : name.equals("__setitem__") ? 2 : 0;
        count(name, args, expected);
        return switch (name) {
            case "__repr__" -> v.str(ownerName.equals("object") ? "<" + self.typeName() + " object at " + Reprs.address(self) + ">" : ops.repr(self));
            case "__str__" -> v.str(ownerName.equals("object") ? ops.repr(self) : ops.str(self));
            case "__hash__" -> p.callBuiltinFunction("hash", List.of(self));
            case "__len__" -> v.integer(p.len(self));
            case "__bool__" -> v.bool(ops.truthy(self));
            case "__getitem__" -> p.getItem(self, args.get(0));
            case "__setitem__" -> {
                p.setItem(self, args.get(0), heap.newRef(args.get(1)));
                yield v.none;
            }
            case "__delitem__" -> {
                p.delItem(self, args.get(0));
                yield v.none;
            }
            case "__contains__" -> v.bool(p.contains(self, args.get(0)));
            case "__iter__" -> p.getIter(self);
            case "__next__" -> {
                PyObject item = p.next(self);
                if (item == null) throw new PyRaise("StopIteration", "");
                yield item;
            }
            case "__neg__" -> ops.unary(TokenType.MINUS, self);
            case "__pos__" -> ops.unary(TokenType.PLUS, self);
            case "__invert__" -> ops.unary(TokenType.TILDE, self);
            default -> throw new PyRaise("AttributeError", "'" + self.typeName() + "' object has no attribute '" + name + "'");
        };
    }

    /** x.__radd__(y) is y + x through x's own slot (nb_add(y, x)), NotImplemented when x's type cannot do it. */
    private PyObject reflected(TokenType op, PyObject self, PyObject other) {
        BuiltinType t = in.builtinImpl.types.of(self);
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

    /** Whether a slot of type t handles other: an instance of t's root type (float also takes ints). */
    private boolean accepts(BuiltinType t, PyObject other) {
        BuiltinType root = t;
        while (root.base != null) root = root.base;
        BuiltinType o = in.builtinImpl.types.of(other);
        if (o.isSubtypeOf(root)) return true;
        return root.name.equals("float") && other instanceof PyInt;
    }

    /** __init__: object's ignores its arguments when the type has its own __new__; list, dict and set refill. */
    private PyObject init(String ownerName, PyObject self, List<PyObject> args, Map<String, PyObject> kwargs) {
        Builtins p = in.builtinImpl;
        switch (ownerName) {
            case "list" -> {
                Args.count("list", args, 0, 1);
                PyList l = (PyList) self;
                l.clear(heap);
                if (!args.isEmpty()) p.extend(l, args.get(0));
            }
            case "dict" -> {
                if (args.size() > 1) throw new PyRaise("TypeError", "dict expected at most 1 argument, got " + args.size());
                PyDict d = (PyDict) self;
                if (!args.isEmpty()) p.update(d, args.get(0));
                for (Map.Entry<String, PyObject> e : kwargs.entrySet()) p.put(d, v.intern(e.getKey()), heap.newRef(e.getValue()));
            }
            case "set" -> {
                Args.count("set", args, 0, 1);
                PySet s = (PySet) self;
                heap.decref(p.callMethod(s, "clear", List.of(), Map.of()));
                if (!args.isEmpty()) for (PyObject o : p.iterate(args.get(0))) s.add(heap.newRef(o), heap);
            }
            default -> {
                if ((!args.isEmpty() || !kwargs.isEmpty()) && self instanceof PyPlainObject) {
                    throw new PyRaise("TypeError", "object.__init__() takes exactly one argument (the instance to initialize)");
                }
            }
        }
        return v.none;
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
