package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** staticmethod, classmethod and property; a property's setter/getter/deleter make a copy with one function replaced. */
final class DescriptorType extends BuiltinType {
    DescriptorType(Interpreter in) {
        super("descriptor", null, in);
        method("getter", (self, args, kw) -> copy((PyDescriptor) self, 0, one(args)));
        method("setter", (self, args, kw) -> copy((PyDescriptor) self, 1, one(args)));
        method("deleter", (self, args, kw) -> copy((PyDescriptor) self, 2, one(args)));
        method("__get__", (self, args, kw) -> get((PyDescriptor) self, args));
    }

    /** cm_descr_get and sm_descr_get, as library code calls them (singledispatchmethod's _method). */
    private PyObject get(PyDescriptor d, java.util.List<PyObject> args) {
        Args.count("__get__", args, 1, 2);
        if (d.kind.equals("staticmethod")) return heap.newRef(d.fget);
        if (!d.kind.equals("classmethod")) throw noAttribute(d, "__get__");
        PyObject owner = args.size() > 1 && !(args.get(1) instanceof PyNone) ? heap.newRef(args.get(1))
                : in.builtinImpl.callBuiltinFunction("type", java.util.List.of(args.get(0)));
        return heap.alloc(new PyBoundMethod(owner, heap.newRef(d.fget)));
    }

    private static PyObject one(java.util.List<PyObject> args) {
        if (args.size() != 1) throw new PyRaise("TypeError", "expected 1 argument, got " + args.size());
        return args.get(0);
    }

    /** property_copy: a new property with the same functions but the one at index. */
    private PyObject copy(PyDescriptor p, int index, PyObject f) {
        if (!p.kind.equals("property")) throw noAttribute(p, index == 0 ? "getter" : index == 1 ? "setter" : "deleter");
        PyObject[] fs = {p.fget, p.fset, p.fdel};
        fs[index] = f instanceof PyNone ? null : f;
        for (PyObject o : fs) if (o != null) heap.incref(o);
        // type(old)(fget, fset, fdel, doc): the call's argument tuple, counted.
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 4);
        BuiltinsModule.propertyInitTemporary(heap);
        PyDescriptor made = heap.alloc(new PyDescriptor("property", fs[0], fs[1], fs[2]));
        // A doc taken from the old getter is read again from the new one; any other doc is passed on.
        BuiltinsModule.propertyDoc(in, made, p.getterDoc && fs[0] != null ? null : p.doc);
        // property_copy hands the old property's name on; type_new's __set_name__ sets it again.
        if (p.name != null) made.name = heap.newRef(p.name);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 4);
        return made;
    }

    /** A property's fget, fset and fdel (None when it has no such function). */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyDescriptor d = (PyDescriptor) o;
        // property_get___isabstractmethod__, cm_get___isabstractmethod__, sm_get_...: whether a wrapped function is marked.
        if (attr.equals("__isabstractmethod__")) return v.bool(AbcModule.isAbstract(d));
        // sm_memberlist and cm_memberlist: __func__ and __wrapped__ are the callable the object wraps.
        if (!d.kind.equals("property") && (attr.equals("__func__") || attr.equals("__wrapped__"))) return heap.newRef(d.fget);
        // sm_init/cm_init copied a function's __annotations__ dict into the wrapper's __dict__ (BuiltinsModule.wrap).
        if (!d.kind.equals("property") && attr.equals("__annotations__")) return d.fget instanceof PyFunction ? in.getAttr(d.fget, attr) : null;
        if (!d.kind.equals("property")) return null;
        PyObject f = switch (attr) {
            case "fget" -> d.fget;
            case "fset" -> d.fset;
            case "fdel" -> d.fdel;
            case "__doc__" -> {
                if (d.docUnknown) {
                    throw new PyRaise("TypeError", "the attribute '__doc__' of a 'property' object whose getter is not a function of the program is not supported in the memory lab");
                }
                yield d.doc == null ? v.none : d.doc;
            }
            default -> null;
        };
        if (attr.equals("__doc__")) return heap.newRef(f);
        if (f == null && !java.util.Set.of("fget", "fset", "fdel").contains(attr)) return null;
        return heap.newRef(f == null ? v.none : f);
    }

    @Override
    String repr(PyObject o) {
        PyDescriptor d = (PyDescriptor) o;
        if (d.kind.equals("property")) return "<property object at " + Reprs.address(o) + ">";
        return "<" + d.kind + "(" + ops().repr(d.fget) + ")>";
    }
}
