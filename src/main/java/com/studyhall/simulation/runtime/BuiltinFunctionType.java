package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** builtin_function_or_method: a native function, a bound method of a builtin type, or a builtin type object. */
final class BuiltinFunctionType extends BuiltinType {
    BuiltinFunctionType(Interpreter in) {
        super("builtin_function_or_method", null, in);
    }

    /**
     * meth_richcompare: two builtin methods bound to the same object by the same C function are equal
     * (`x.append == x.append`, each read a new object); unbound builtins are shared, so identity holds.
     */
    @Override
    boolean eq(PyObject a, PyObject b) {
        return a instanceof PyBuiltin x && b instanceof PyBuiltin y && x.self != null && x.self == y.self
                && x.name.equals(y.name) && java.util.Objects.equals(x.owner, y.owner);
    }

    /** A builtin method's __self__ is the object it is bound to (a builtin function's, its module, is not modelled). */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyBuiltin b = (PyBuiltin) o;
        if (attr.equals("from_iterable") && "itertools".equals(b.owner) && b.name.equals("chain") && b.self == null) {
            return builtins().moduleFunction("itertools", "chain.from_iterable"); // a class method of the chain type
        }
        if (attr.equals("fromkeys") && "collections".equals(b.owner) && b.name.equals("OrderedDict") && b.self == null) {
            return builtins().moduleFunction("collections", "OrderedDict.fromkeys"); // a class method of the OrderedDict type
        }
        if ("datetime".equals(b.owner) && b.self == null && Builtins.isModuleType(b)) {
            String qualified = b.name + "." + attr;
            if (DatetimeModule.CLASS_METHODS.contains(qualified)) return builtins().moduleFunction("datetime", qualified);
            if (DatetimeModule.CONSTANTS.contains(qualified)) return ((DatetimeModule) builtins().nativeModule("datetime")).constant(qualified);
            if (DatetimeModule.instanceType(builtins().types, b.name).hasMethod(attr)) {
                // date.isoformat, timedelta.total_seconds: the method descriptor, called with the instance first.
                return heap.newRef(builtins().typeAttributes.descriptor("method_descriptor", b.owner + "." + b.name, attr));
            }
            throw new PyRaise("AttributeError", "type object '" + b.owner + "." + b.name + "' has no attribute '" + attr + "'");
        }
        if (!attr.equals("__self__") || builtins().isTypeObject(b)) return null;
        if (b.self == null) throw new PyRaise("TypeError", "the __self__ of a builtin function (its module) is not supported in the memory lab");
        return heap.newRef(b.self);
    }

    @Override
    String repr(PyObject o) {
        PyBuiltin b = (PyBuiltin) o;
        if (builtins().isTypeObject(b)) return "<class '" + b.name + "'>";
        if (Builtins.isModuleType(b)) return "<class '" + Builtins.qualifiedName(b) + "'>";
        if ("collections".equals(b.owner) && b.self == null && CollectionsModule.CLASSES.containsKey(b.name)) {
            return "<class '" + CollectionsModule.CLASSES.get(b.name) + "'>";
        }
        if (b.self instanceof PyBuiltin t && builtins().isTypeObject(t)) {
            return "<built-in method " + b.name + " of type object at " + Reprs.address(b.self) + ">";
        }
        if (NamedTupleSubclasses.handles(b.self, b.name)) {
            // namedtuple's methods are Python functions: bound methods naming the class.
            PyClass cls = b.self instanceof PyClass c ? c : ((PyInstance) b.self).cls;
            return "<bound method " + cls.name + "." + b.name + " of " + ops().repr(b.self) + ">";
        }
        if (b.self != null) return "<built-in method " + b.name + " of " + b.self.typeName() + " object at " + Reprs.address(b.self) + ">";
        return "<built-in function " + b.name + ">";
    }

    /** list[int], dict[str, int], deque[int]: a builtin container type subscripted is a GenericAlias. */
    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyBuiltin b = (PyBuiltin) o;
        boolean generic = (builtins().isTypeObject(b) && GenericAliasType.GENERIC.contains(b.name))
                || ("collections".equals(b.owner) && b.self == null && CollectionsModule.CLASSES.containsKey(b.name));
        if (generic) return GenericAliasType.alias(in, b, key);
        return super.getItem(o, key);
    }
}
