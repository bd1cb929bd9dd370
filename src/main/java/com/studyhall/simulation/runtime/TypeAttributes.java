package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.PythonTypes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Attributes of builtin type objects as CPython's type dicts hold them: {@code str.upper} is a
 * method_descriptor, {@code int.__add__} a slot wrapper, both made once and held by the type's dict
 * (so {@code sys.getrefcount(str.upper)} is 2); {@code dict.fromkeys} binds the class method to the
 * type anew at each access. Which kind each name is comes from {@link PythonTypes}; what it does
 * comes from the type that owns it (its method table, its class methods, its slots).
 */
final class TypeAttributes {
    private final Interpreter in;
    private final Heap heap;
    /** The descriptors made so far, by "owner.name": one object each, as in the type dict. */
    private final Map<String, PyMethodDescriptor> descriptors = new HashMap<>();
    /** Static methods (str.maketrans): the type dict holds one builtin bound to the type, returned at each access. */
    private final Map<String, PyBuiltin> statics = new HashMap<>();

    TypeAttributes(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** CPython's entry for typeName.name: {kind, owner}, or null when the type has no such attribute. */
    static String[] entry(String typeName, String name) {
        List<String> entries = PythonTypes.ATTRIBUTES.get(typeName);
        if (entries == null) return null;
        for (String e : entries) {
            String[] parts = e.split(" ");
            if (parts[0].equals(name)) return new String[] {parts[1], parts[2]};
        }
        return null;
    }

    /** A builtin type's lineage attributes, answered by Builtins (tuples kept for the run). */
    static final Set<String> LINEAGE = Set.of("__mro__", "__bases__", "__base__");

    /** The names of typeName that the engine answers (the checker refuses the others up front). */
    Set<String> supported(String typeName) {
        Set<String> names = new java.util.HashSet<>(Set.of("__name__", "__qualname__", "__module__", "__class__"));
        names.addAll(LINEAGE);
        if (typeName.equals("object") || typeName.equals("type") || BuiltinBases.VALUES.contains(typeName)) names.add("__new__");
        List<String> entries = PythonTypes.ATTRIBUTES.getOrDefault(typeName, List.of());
        for (String e : entries) {
            String name = e.split(" ")[0];
            if (isSupported(typeName, name)) names.add(name);
        }
        return names;
    }

    private boolean isSupported(String typeName, String name) {
        String[] entry = entry(typeName, name);
        if (entry == null) return false;
        BuiltinType owner = ownerType(entry[1]);
        return switch (entry[0]) {
            // object's own method descriptors (object.__sizeof__) have no owner type in the engine.
            case "method_descriptor" -> (owner != null && owner.hasMethod(name)) || SlotWrappers.SUPPORTED.contains(name);
            case "wrapper_descriptor" -> SlotWrappers.SUPPORTED.contains(name);
            case "classmethod_descriptor", "staticmethod" -> owner != null && owner.classMethod(name) != null;
            case "NoneType" -> true; // list.__hash__ = None: the type is unhashable
            default -> false;
        };
    }

    /** type.name as a new reference, or null when the engine does not model it. */
    PyObject get(PyBuiltin type, String name) {
        if (!isSupported(type.name, name)) return null;
        String[] entry = entry(type.name, name);
        String kind = entry[0];
        if (kind.equals("NoneType")) return in.values.none;
        if (kind.equals("classmethod_descriptor")) {
            heap.incref(type);
            return heap.alloc(new PyBuiltin(name, type, "<classmethod>"));
        }
        if (kind.equals("staticmethod")) {
            PyBuiltin b = statics.computeIfAbsent(entry[1] + "." + name, k -> preexisting(new PyBuiltin(name, in.builtinImpl.typeObject(entry[1]), "<classmethod>")));
            return heap.newRef(b);
        }
        return heap.newRef(descriptor(kind, entry[1], name));
    }

    /** The descriptor the owner's type dict holds for name (made on first use, as CPython's start-up made it). */
    PyMethodDescriptor descriptor(String kind, String ownerName, String name) {
        return descriptors.computeIfAbsent(ownerName + "." + name,
                k -> preexisting(new PyMethodDescriptor(kind, name, ownerName, in.builtinImpl.typeObject(ownerName))));
    }

    /**
     * A library type's slot wrapper read through the type (weakref.ref.__eq__, a subclass's R.__eq__
     * too): the descriptor its type dict holds, named after the type's own name (weakref.ReferenceType),
     * or null when the type does not call that slot itself.
     */
    PyObject slotWrapperOf(PyBuiltin moduleType, String name) {
        BuiltinType type = in.builtinImpl.types.ownNamed(Builtins.qualifiedName(moduleType));
        if (type == null || !type.ownSlotWrappers().contains(name)) return null;
        return heap.newRef(descriptors.computeIfAbsent(type.name + "." + name,
                k -> preexisting(new PyMethodDescriptor("wrapper_descriptor", name, type.name, moduleType))));
    }

    /** An object of the interpreter's start-up: old (generation 2), not counted, held by its type's dict. */
    private <T extends PyObject> T preexisting(T o) {
        heap.allocPreexisting(o);
        heap.append(o, Heap.GENERATIONS - 1);
        in.builtinImpl.hold(o);
        return o;
    }

    BuiltinType ownerType(String ownerName) {
        return in.builtinImpl.types.named(ownerName);
    }

    /** A class method called through its type: self is the type object. */
    PyObject callClassMethod(PyBuiltin type, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        String[] entry = entry(type.name, name);
        BuiltinType owner = ownerType(entry == null ? type.name : entry[1]);
        BuiltinType.Method m = owner == null ? null : owner.classMethod(name);
        if (m == null) throw new PyRaise("AttributeError", "type object '" + type.name + "' has no attribute '" + name + "'");
        return m.call(type, args, kwargs);
    }
}
