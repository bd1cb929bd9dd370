package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** builtin_function_or_method: a native function, a bound method of a builtin type, or a builtin type object. */
final class BuiltinFunctionType extends BuiltinType {
    BuiltinFunctionType(Interpreter in) {
        super("builtin_function_or_method", null, in);
    }

    @Override
    String repr(PyObject o) {
        PyBuiltin b = (PyBuiltin) o;
        if (builtins().isTypeObject(b)) return "<class '" + b.name + "'>";
        if ("collections".equals(b.owner) && b.self == null && CollectionsModule.CLASSES.containsKey(b.name)) {
            return "<class '" + CollectionsModule.CLASSES.get(b.name) + "'>";
        }
        if (b.self instanceof PyBuiltin t && builtins().isTypeObject(t)) {
            return "<built-in method " + b.name + " of type object at " + Reprs.address(b.self) + ">";
        }
        if (b.self != null) return "<built-in method " + b.name + " of " + b.self.typeName() + " object at " + Reprs.address(b.self) + ">";
        return "<built-in function " + b.name + ">";
    }
}
