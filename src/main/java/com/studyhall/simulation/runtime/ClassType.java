package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** type: the type of the classes a class statement makes. */
final class ClassType extends BuiltinType {
    ClassType(Interpreter in) {
        super("type", null, in);
        method("mro", (self, args, kw) -> {
            Args.count("mro", args, 0, 0);
            return in.classAttributes.mroList((PyClass) self);
        });
        method("__subclasses__", (self, args, kw) -> {
            // METH_NOARGS: the message names the method as _PyObject_FunctionStr does, through its class.
            if (!args.isEmpty()) {
                throw new PyRaise("TypeError", ((PyClass) self).qualname + ".__subclasses__() takes no arguments (" + args.size() + " given)");
            }
            return in.classAttributes.subclassesList((PyClass) self);
        });
        // ABCMeta.register, read from a class ABCMeta made (ClassAttributes).
        method("register", (self, args, kw) -> {
            Args.count("register", args, 1, 1);
            return in.abcChecks.register((PyClass) self, args.get(0));
        });
        // type.__call__ reached through super() in a metaclass's __call__: the *args tuple is the call's own.
        method("__call__", (self, args, kw) -> in.instantiate((PyClass) self, args, kw, true));
        // type.__init__ reached through super() in a metaclass's __init__: a method-wrapper, called
        // through a tuple of its arguments (it has no vectorcall); type_init only checks them.
        method("__init__", (self, args, kw) -> in.builtinImpl.withPackedArguments(args.size(), !kw.isEmpty(), () -> {
            MetaclassConstruction.typeInit(args.size(), !kw.isEmpty());
            return in.values.none;
        }));
    }

    @Override
    long len(PyObject o) {
        if (EnumClasses.isEnumClass(o)) return in.enums.len((PyClass) o);
        return super.len(o);
    }

    @Override
    PyObject iter(PyObject o) {
        if (EnumClasses.isEnumClass(o)) return in.enums.iter((PyClass) o);
        return super.iter(o);
    }

    @Override
    java.util.List<PyObject> items(PyObject o) {
        if (EnumClasses.isEnumClass(o)) return in.enums.members((PyClass) o);
        return super.items(o);
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        if (EnumClasses.isEnumClass(o)) return in.enums.getItem((PyClass) o, key);
        PyObject own = ((PyClass) o).lookup("__class_getitem__");
        // collections.abc's __class_getitem__ is classmethod(GenericAlias): calling that type packs its two arguments.
        if (own == null && in.abcChecks.isLibrary((PyClass) o)) {
            return in.builtinImpl.withPackedArguments(2, false, () -> ((PyClass) o).name.equals("Callable")
                    ? GenericAliasType.callableAlias(in, o, key) : GenericAliasType.alias(in, o, key));
        }
        if (own == null && in.genericClasses.derives((PyClass) o)) return in.genericClasses.subscript(o, key);
        if (own != null && !(own instanceof PyNone)) return classGetitem(o, key);
        // A subclass of list, dict, tuple, set... inherits its base's __class_getitem__ (Py_GenericAlias).
        String base = ((PyClass) o).builtinBase;
        if (own == null && base != null && GenericAliasType.GENERIC.contains(base)) return GenericAliasType.alias(in, o, key);
        throw new PyRaise("TypeError", "type '" + ((PyClass) o).name + "' is not subscriptable");
    }

    /**
     * PyObject_GetItem of a class: its __class_getitem__ read as an attribute (a classmethod binds
     * to the class, a new method object) and called with the key; the method is dropped after.
     */
    private PyObject classGetitem(PyObject cls, PyObject key) {
        PyObject meth = in.getAttr(cls, "__class_getitem__");
        in.builtinImpl.hold(meth);
        try {
            return in.callBorrowed(meth, java.util.List.of(key));
        } finally {
            in.builtinImpl.unhold(meth);
            in.heap.decref(meth);
        }
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        if (EnumClasses.isEnumClass(container)) return in.enums.contains((PyClass) container, item);
        return super.contains(container, item);
    }

    @Override
    String str(PyObject o) {
        String own = metaclassText(o, "__str__");
        return own != null ? own : in.ops.repr(o);
    }

    /** slot_tp_repr and slot_tp_str: the metaclass's own method, called with the class; null without one. */
    private String metaclassText(PyObject o, String name) {
        PyClass meta = ((PyClass) o).metaclass;
        PyObject f = meta == null ? null : meta.lookup(name);
        if (!(f instanceof PyFunction)) return null;
        PyObject r = in.callBorrowed(f, java.util.List.of(o));
        try {
            if (!StrObjects.isStr(r)) {
                throw new PyRaise("TypeError", name + " returned non-string (type " + r.typeName() + ")");
            }
            return StrObjects.text(r);
        } finally {
            in.heap.decref(r);
        }
    }

    @Override
    String repr(PyObject o) {
        String own = metaclassText(o, "__repr__");
        if (own != null) return own;
        PyClass c = (PyClass) o;
        if (c.enumKind != null) return EnumClasses.classRepr(c);
        return "<class '" + (c.module != null ? c.module + "." : c.builtin ? "" : "__main__.") + c.qualname + "'>";
    }
}
