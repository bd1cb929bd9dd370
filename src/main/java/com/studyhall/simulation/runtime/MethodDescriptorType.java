package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.CivilCalendar;
import java.util.List;
import java.util.Map;

/**
 * method_descriptor, wrapper_descriptor and classmethod_descriptor: a builtin type's method taken
 * from the type ({@code str.upper}), called with the receiver first ({@code str.upper("a")}), with
 * CPython's TypeErrors when the receiver is missing or of another type.
 */
final class MethodDescriptorType extends BuiltinType {
    MethodDescriptorType(Interpreter in) {
        super("method_descriptor", null, in);
    }

    @Override
    String repr(PyObject o) {
        PyMethodDescriptor d = (PyMethodDescriptor) o;
        return "<" + (d.isSlotWrapper() ? "slot wrapper" : "method") + " '" + d.name + "' of '" + d.ownerName + "' objects>";
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyMethodDescriptor d = (PyMethodDescriptor) o;
        return switch (attr) {
            case "__name__" -> v.intern(d.name);
            case "__qualname__" -> v.str(qualname(d));
            case "__objclass__" -> heap.newRef(d.owner);
            default -> null;
        };
    }

    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyMethodDescriptor d = (PyMethodDescriptor) o;
        if (args.isEmpty()) {
            throw new PyRaise("TypeError", d.isSlotWrapper()
                    ? "descriptor '" + d.name + "' of '" + d.ownerName + "' object needs an argument"
                    : "unbound method " + d.ownerName + "." + d.name + "() needs an argument");
        }
        PyObject self = args.get(0);
        if (d.isSlotWrapper() && d.ownerName.equals("type") && d.name.equals("__init__") && self instanceof PyClass) {
            // type.__init__(cls, name, bases, ns) in a metaclass: wrapperdescr_call gets its arguments
            // packed (no vectorcall) and slices self off them; type_init only checks the rest.
            int rest = args.size() - 1;
            return in.builtinImpl.withPackedArguments(args.size(), !kwargs.isEmpty(), () -> in.builtinImpl.withPackedArguments(rest, false, () -> {
                MetaclassConstruction.typeInit(rest, !kwargs.isEmpty());
                return in.values.none;
            }));
        }
        if (d.ownerName.equals("datetime.date") && self instanceof PyDate dt && dt.hasTime && DATE_PART_METHODS.contains(d.name)) {
            // date's own code on a datetime (a date subclass) reads only the date fields.
            Args.count(d.name, args.subList(1, args.size()), 0, 0);
            Args.noKeywords(d.name, kwargs);
            return d.name.equals("isoformat") ? in.values.str(CivilCalendar.isoDate(dt.year, dt.month, dt.day))
                    : in.builtinImpl.callMethod(self, d.name, List.of(), Map.of());
        }
        if (!isInstance(self, d.ownerName)) {
            throw new PyRaise("TypeError", d.isSlotWrapper()
                    ? "descriptor '" + d.name + "' requires a '" + d.ownerName + "' object but received a '" + self.typeName() + "'"
                    : "descriptor '" + d.name + "' for '" + d.ownerName + "' objects doesn't apply to a '" + self.typeName() + "' object");
        }
        List<PyObject> rest = args.subList(1, args.size());
        BuiltinType owner = builtins().types.ownNamed(d.ownerName);
        if (d.isSlotWrapper() && owner != null && owner.ownSlotWrappers().contains(d.name)) {
            // wrapperdescr_call is tp_call: the arguments come packed, and it slices self off them.
            return in.builtinImpl.withPackedArguments(args.size(), !kwargs.isEmpty(),
                    () -> in.builtinImpl.withPackedArguments(rest.size(), false, () -> owner.callSlotWrapper(d.name, self, rest, kwargs)));
        }
        // list.append(stack, x), list.__setitem__(self, k, v): list's own code on a subclass's instance.
        if (BuiltinBases.of(builtins().types, self) != null) return in.builtinImpl.callMethod(self, d.name, rest, kwargs);
        InstanceType instances = builtins().types.instances();
        if (self instanceof PyInstance && instances.hasMethod(d.name)) return instances.method(d.name).call(self, rest, kwargs);
        if (d.isSlotWrapper() || SlotWrappers.SUPPORTED.contains(d.name)) return in.builtinImpl.slotWrappers.call(d.ownerName, d.name, self, rest, kwargs);
        return in.builtinImpl.callMethod(self, d.name, rest, kwargs);
    }

    /** descr_get_qualname: the owning type's __qualname__ (no module: date, not datetime.date), a dot, the name. */
    static String qualname(PyMethodDescriptor d) {
        return d.ownerName.substring(d.ownerName.lastIndexOf('.') + 1) + "." + d.name;
    }

    /** The date methods whose C code reads only a date's fields, so they apply to a datetime as to its date(). */
    private static final java.util.Set<String> DATE_PART_METHODS = java.util.Set.of("isoformat", "weekday", "isoweekday", "toordinal");

    private boolean isInstance(PyObject self, String ownerName) {
        if (ownerName.equals("object")) return true;
        if (ownerName.startsWith("datetime.")) return DatetimeModule.isInstance(self, ownerName);
        BuiltinType owner = builtins().types.ownNamed(ownerName);
        BuiltinType base = BuiltinBases.of(builtins().types, self);
        if (owner != null && base != null) return base.isSubtypeOf(owner);
        return owner != null && builtins().types.of(self).isSubtypeOf(owner) && !(self instanceof PyInstance);
    }

    /** The bound slot wrapper: [1, 2].__len__ (method-wrapper). */
    static final class BoundType extends BuiltinType {
        BoundType(Interpreter in) {
            super("method-wrapper", null, in);
        }

        /** wrapper_richcompare: the same slot descriptor bound to the same object (`b.__init__ == b.__init__`). */
        @Override
        boolean eq(PyObject a, PyObject b) {
            return a instanceof PyMethodWrapper x && b instanceof PyMethodWrapper y && x.self == y.self
                    && x.descriptor.name.equals(y.descriptor.name) && x.descriptor.ownerName.equals(y.descriptor.ownerName);
        }

        @Override
        String repr(PyObject o) {
            PyMethodWrapper w = (PyMethodWrapper) o;
            return "<method-wrapper '" + w.descriptor.name + "' of " + w.self.typeName() + " object at " + Reprs.address(w.self) + ">";
        }

        @Override
        PyObject attribute(PyObject o, String attr) {
            PyMethodWrapper w = (PyMethodWrapper) o;
            return switch (attr) {
                case "__name__" -> v.intern(w.descriptor.name);
                // wrapper_qualname asks the descriptor: the type that defines the slot, not self's ((1).__add__ is int.__add__).
                case "__qualname__" -> v.str(qualname(w.descriptor));
                case "__self__" -> heap.newRef(w.self);
                default -> null;
            };
        }

        @Override
        PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
            PyMethodWrapper w = (PyMethodWrapper) o;
            return in.builtinImpl.slotWrappers.call(w.descriptor.ownerName, w.descriptor.name, w.self, args, kwargs);
        }
    }
}
