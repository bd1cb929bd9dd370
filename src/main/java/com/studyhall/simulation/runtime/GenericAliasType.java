package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * types.GenericAlias and types.UnionType, the objects type hints evaluate to ({@code list[int]},
 * {@code dict[str, int] | None}): made by subscripting a builtin container type and by {@code |}
 * between types (Objects/genericaliasobject.c, Objects/unionobject.c).
 */
final class GenericAliasType extends BuiltinType {
    /** The builtin types whose subscription makes a GenericAlias (__class_getitem__). */
    static final java.util.Set<String> GENERIC = java.util.Set.of("list", "dict", "tuple", "set", "frozenset", "type", "enumerate");

    GenericAliasType(String name, Interpreter in) {
        super(name, null, in);
    }

    /**
     * collections.abc.Callable[[arg, ...], result] (_CallableGenericAlias): the argument list flattened
     * into __args__ before the result; Callable[..., result] keeps the Ellipsis.
     */
    static PyObject callableAlias(Interpreter in, PyObject origin, PyObject key) {
        if (!(key instanceof PyTuple t) || t.items.length != 2) {
            throw new PyRaise("TypeError", "Callable must be used as Callable[[arg, ...], result].");
        }
        List<PyObject> flat = new ArrayList<>();
        if (t.items[0] instanceof PyList l) flat.addAll(l.items);
        else if (t.items[0] instanceof PyEllipsis) flat.add(t.items[0]);
        else throw new PyRaise("TypeError", "Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got " + in.ops.repr(t.items[0]));
        flat.add(t.items[1]);
        for (PyObject a : flat) in.heap.incref(a);
        in.heap.incref(origin);
        PyGenericAlias made = in.heap.alloc(new PyGenericAlias(origin, in.heap.alloc(new PyTuple(flat.toArray(new PyObject[0])))));
        made.callable = true;
        return made;
    }

    /** Py_GenericAlias: a tuple key is the argument tuple itself, anything else is packed into one. */
    static PyObject alias(Interpreter in, PyObject origin, PyObject key) {
        PyTuple args;
        if (key instanceof PyTuple t) {
            in.heap.incref(t);
            args = t;
        } else {
            in.heap.incref(key);
            args = in.heap.alloc(new PyTuple(new PyObject[] {key}));
        }
        in.heap.incref(origin);
        return in.heap.alloc(new PyGenericAlias(origin, args));
    }

    /** Whether o can stand in a union: None, a type, an alias or a union. */
    static boolean unionable(Interpreter in, PyObject o) {
        return o instanceof PyNone || o instanceof PyClass || o instanceof PyNamedTupleClass || o instanceof PyGenericAlias
                || o instanceof PyUnionType || (o instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b))
                // typing.Any is a class in 3.11 (metaclass _AnyMeta): `Any | None` is a types.UnionType.
                || o instanceof PyTyping t && t.kind == PyTyping.Kind.FORM && t.name.equals("Any");
    }

    /**
     * _Py_union_type_or: the members of both sides, flattened and without repeats (None becomes
     * NoneType); one member left is that member itself. Null when one side cannot take part, so
     * the operator goes on to CPython's TypeError.
     */
    static PyObject union(Interpreter in, PyObject a, PyObject b) {
        if (!unionable(in, a) || !unionable(in, b) || (a instanceof PyNone && b instanceof PyNone)) return null;
        List<PyObject> members = new ArrayList<>();
        for (PyObject side : List.of(a, b)) {
            if (side instanceof PyUnionType u) {
                for (PyObject m : u.args.items) addMember(members, m);
            } else {
                // NoneType is a shared type object: its reference needs no release.
                addMember(members, side instanceof PyNone ? in.builtinImpl.typeObject("NoneType") : side);
            }
        }
        if (members.size() == 1) {
            PyObject only = members.get(0);
            in.heap.incref(only);
            return only;
        }
        PyObject[] items = members.toArray(new PyObject[0]);
        for (PyObject m : items) in.heap.incref(m);
        return in.heap.alloc(new PyUnionType(in.heap.alloc(new PyTuple(items))));
    }

    private static void addMember(List<PyObject> members, PyObject m) {
        for (PyObject seen : members) if (seen == m) return;
        members.add(m);
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        if (o instanceof PyGenericAlias g) {
            if (attr.equals("__origin__")) return heap.newRef(g.origin);
            if (attr.equals("__args__")) return heap.newRef(g.args);
        }
        if (o instanceof PyUnionType u && attr.equals("__args__")) return heap.newRef(u.args);
        return null;
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        if (a instanceof PyGenericAlias x && b instanceof PyGenericAlias y) {
            return x.origin == y.origin && ops().sameOrEqual(x.args, y.args);
        }
        if (a instanceof PyUnionType x && b instanceof PyUnionType y) {
            return x.args.items.length == y.args.items.length && List.of(x.args.items).containsAll(List.of(y.args.items));
        }
        // union_richcompare answers NotImplemented for a typing Union, whose __eq__ then compares the members.
        if (a instanceof PyUnionType x && b instanceof PyTyping u && u.kind == PyTyping.Kind.ALIAS && u.name.equals("Union")) {
            return TypingType.sameMembers(ops(), ((PyTuple) u.args).items, x.args.items);
        }
        return false;
    }

    @Override
    String repr(PyObject o) {
        if (o instanceof PyGenericAlias g) {
            List<String> parts = new ArrayList<>();
            for (PyObject a : g.args.items) parts.add(item(a));
            if (g.callable) {
                // _CallableGenericAlias.__repr__: the arguments in a list, then the result.
                String result = parts.remove(parts.size() - 1);
                boolean ellipsis = g.args.items.length == 2 && g.args.items[0] instanceof PyEllipsis;
                return item(g.origin) + "[" + (ellipsis ? "..." : "[" + String.join(", ", parts) + "]") + ", " + result + "]";
            }
            return item(g.origin) + "[" + (parts.isEmpty() ? "()" : String.join(", ", parts)) + "]";
        }
        List<String> parts = new ArrayList<>();
        for (PyObject a : ((PyUnionType) o).args.items) parts.add(a instanceof PyBuiltin b && b.name.equals("NoneType") ? "None" : item(a));
        return String.join(" | ", parts);
    }

    /** ga_repr_item: a builtin type by its name, a program's class as __main__.Name, ... as itself. */
    String item(PyObject o) {
        if (o instanceof PyEllipsis) return "...";
        if (o instanceof PyBuiltin b && builtins().isTypeObject(b)) return b.name;
        if (o instanceof PyBuiltin b && "collections".equals(b.owner) && CollectionsModule.CLASSES.containsKey(b.name)) {
            return CollectionsModule.CLASSES.get(b.name);
        }
        if (o instanceof PyClass c) return (c.module != null ? c.module + "." : c.builtin ? "" : "__main__.") + c.qualname;
        if (o instanceof PyNamedTupleClass c) return "__main__." + c.name;
        return ops().repr(o);
    }
}
