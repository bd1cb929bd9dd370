package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * Attribute access on instances, classes and super objects (PyObject_GenericGetAttr and
 * type_getattro): data descriptors (property) before the instance's own attributes, then
 * methods, staticmethod and classmethod objects and class attributes from the MRO. Operands the
 * caller holds are declared on the value stack while Python code (a property's function) runs.
 */
final class Attributes {
    private final Interpreter in;
    private final Heap heap;

    Attributes(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    /** A new reference to obj.name, or null when obj is not an instance, class or super object. */
    PyObject get(PyObject obj, String name) {
        if (obj instanceof PyInstance inst && inst.cls.lookup("__getattr__") instanceof PyFunction hook) {
            // slot_tp_getattr_hook: __getattr__ runs when the ordinary lookup raises AttributeError.
            try {
                return lookup(inst, name);
            } catch (PyRaise e) {
                if (!ExceptionHandling.catchable(e) || !in.exceptions.is(e, "AttributeError")) throw e;
                in.exceptions.discard(e);
            }
            PyObject attrName = in.values.intern(name);
            try {
                return callWith(List.of(obj, attrName), hook, List.of(obj, attrName));
            } finally {
                heap.decref(attrName);
            }
        }
        return obj instanceof PyInstance inst ? lookup(inst, name) : generic(obj, name);
    }

    /**
     * tp_getattro of an instance: a class's own __getattribute__ (slot_tp_getattro calls it with
     * the instance and the name, unbound), else PyObject_GenericGetAttr.
     */
    private PyObject lookup(PyInstance inst, String name) {
        if (!hooked(inst)) return generic(inst, name);
        PyObject hook = inst.cls.lookup("__getattribute__");
        PyObject attrName = in.values.intern(name);
        try {
            if (!(inst.cls.lookup("__getattr__") instanceof PyFunction)) {
                return callWith(List.of(inst, attrName), hook, List.of(inst, attrName));
            }
            // slot_tp_getattr_hook's call_attribute binds the hook first: a method object holding the instance.
            PyObject bound = bind(hook, inst, inst.cls);
            try {
                return callWith(List.of(inst, attrName, bound), bound, List.of(attrName));
            } finally {
                heap.decref(bound);
            }
        } finally {
            heap.decref(attrName);
        }
    }

    /** object.__getattribute__(obj, name): PyObject_GenericGetAttr, whatever the class defines. */
    PyObject genericGet(PyObject obj, String name) {
        if (name.equals("__class__")) return in.builtinImpl.callBuiltinFunction("type", List.of(obj));
        return generic(obj, name);
    }

    /** Whether obj's class defines its own __getattribute__, which every attribute read then calls. */
    static boolean hooked(PyObject obj) {
        return obj instanceof PyInstance inst && inst.cls.lookup("__getattribute__") instanceof PyFunction;
    }

    /** PyObject_GenericGetAttr for instances, type_getattro for classes, super_getattro. */
    private PyObject generic(PyObject obj, String name) {
        if (obj instanceof PyInstance inst) {
            if (inst.exc != null) {
                PyObject data = in.exceptions.attribute(inst, name);
                if (data != null) return data;
            }
            if (name.equals("__weakref__")) return weakrefSlot(inst);
            PyObject c = inst.cls.lookup(name);
            if (c instanceof PyDescriptor p && p.kind.equals("property")) {
                if (p.fget == null) throw propertyError(name, inst, "getter");
                return callWith(List.of(obj), p.fget, List.of(obj));
            }
            boolean getter = Descriptors.hasGet(c);
            if (getter && Descriptors.isData(c)) return in.descriptors.get(c, obj, inst.cls, obj);
            if (name.equals("__dict__") && InstanceDicts.hasDict(inst)) {
                return heap.newRef(in.instanceDicts.dictOf(inst));
            }
            PyObject v = in.instanceDicts.get(inst, name);
            if (v != null) return heap.newRef(v);
            if (c instanceof PyCachedProperty cp) return cachedProperty(cp, inst);
            if (getter) return in.descriptors.get(c, obj, inst.cls, obj);
            if (c != null) return bind(c, obj, inst.cls);
            PyObject enumProperty = inst.cls.enumKind != null ? in.enums.property(inst, name) : null;
            if (enumProperty != null) return enumProperty;
            // Every class dict has __module__ and __doc__: the instance's class answers them.
            if (name.equals("__doc__") || name.equals("__module__") || name.equals("__abstractmethods__") && inst.cls.abstractMethods != null) {
                PyObject described = in.classAttributes.get(inst.cls, name);
                if (described != null) return described;
            }
            PyObject named = inst.cls.namedBase != null ? in.namedSubclasses.attribute(inst, name) : null;
            if (named != null) return named;
            BuiltinType base = BuiltinBases.of(in.builtinImpl.types, obj);
            // weakref.ref's member __callback__, read through a subclass's instance.
            if (base instanceof WeakrefType w && name.equals("__callback__")) return w.attribute(obj, name);
            if (base != null && BuiltinBases.answers(base, name)) return objectMethod(obj, name);
            // object's slot wrappers (__init__, __repr__, __setattr__...) bound to a plain instance are
            // method-wrappers (48 bytes), not builtin methods; an exception's are BaseException's own.
            String[] objectEntry = inst.exc == null ? TypeAttributes.entry("object", name) : null;
            if (objectEntry != null && objectEntry[0].equals("wrapper_descriptor")) {
                PyObject wrapper = objectSlot(obj, name);
                if (wrapper != null) return wrapper;
            }
            if (in.builtinImpl.types.instances().hasMethod(name) && !in.builtinImpl.types.instances().lacksMethod(obj, name)) {
                return objectMethod(obj, name);
            }
            PyObject slot = objectSlot(obj, name);
            if (slot != null) return slot;
            throw new PyRaise("AttributeError", "'" + inst.cls.name + "' object has no attribute '" + name + "'");
        }
        // EnumType.__members__ is measured as a whole (EnumClasses.membersProxy).
        if (obj instanceof PyClass cls && cls.enumKind != null && !name.equals("__members__")) {
            return in.enums.classAttributeRead(() -> classAttribute(cls, obj, name));
        }
        if (obj instanceof PyClass cls) return classAttribute(cls, obj, name);
        if (obj instanceof PySuper s) {
            PyObject c = s.objType.lookupAfter(s.type, name);
            BuiltinType base = BuiltinBases.of(in.builtinImpl.types, s.obj);
            // super().append(x), super().__setitem__(k, v): the builtin type's own method, bound to the instance.
            if (c == null && base != null && BuiltinBases.answers(base, name)) return objectMethod(s.obj, name);
            if (c == null && s.obj instanceof PyInstance && in.builtinImpl.types.instances().hasMethod(name)
                    && !in.builtinImpl.types.instances().lacksMethod(s.obj, name)) {
                return objectMethod(s.obj, name);
            }
            // super().__new__ in a metaclass: type.__new__ (a shared builtin, called with the metaclass first).
            if (c == null && name.equals("__new__") && s.objType.derivesFromType) return in.builtinImpl.typeNew();
            if (c == null && name.equals("__new__") && ExceptionClasses.isException(s.objType)) return in.builtinImpl.exceptionNew();
            if (c == null && name.equals("__new__")) return in.builtinImpl.newOf(s.objType.builtinBase);
            // super().__init__ in a metaclass: type.__init__ bound to the class (a method-wrapper).
            if (c == null && name.equals("__init__") && s.obj instanceof PyClass && s.objType.derivesFromType) {
                return objectMethod(s.obj, name);
            }
            // super().__call__ in a metaclass: type.__call__ bound to the class (a method-wrapper).
            if (c == null && name.equals("__call__") && s.obj instanceof PyClass && s.objType.derivesFromType) {
                return objectMethod(s.obj, name);
            }
            if (c == null && name.equals("__init_subclass__")) return in.builtinImpl.objectInitSubclass(s.obj);
            if (c == null) {
                PyObject slot = objectSlot(s.obj instanceof PyInstance ? s.obj : null, name);
                if (slot != null) return slot;
            }
            if (c == null) throw new PyRaise("AttributeError", "'super' object has no attribute '" + name + "'");
            if (c instanceof PyDescriptor p && p.kind.equals("property")) {
                if (p.fget == null) throw new PyRaise("AttributeError", "'super' object has no attribute '" + name + "'");
                return callWith(List.of(obj), p.fget, List.of(s.obj));
            }
            // super_getattro: the descriptor gets the instance (None when super() is bound to the class).
            if (Descriptors.hasGet(c)) return in.descriptors.get(c, s.obj instanceof PyInstance ? s.obj : null, s.objType, obj);
            return bind(c, s.obj instanceof PyInstance ? s.obj : null, s.objType);
        }
        return null;
    }

    /** An attribute found on the metaclass: a method binds to the class, as an instance's binds to the instance. */
    private PyObject metaclassAttribute(PyClass cls, PyObject c) {
        if (Descriptors.hasGet(c)) return in.descriptors.get(c, cls, cls.metaclass, cls);
        return bind(c, cls, cls.metaclass);
    }

    /**
     * A slot wrapper of object's a class inherits (C.__eq__ is object's): the shared descriptor read
     * through the class (self null), a method-wrapper bound to self read through an instance; null
     * when object has no such slot the engine models.
     */
    private PyObject objectSlot(PyObject self, String name) {
        String[] entry = TypeAttributes.entry("object", name);
        if (entry != null && entry[0].equals("method_descriptor") && SlotWrappers.SUPPORTED.contains(name)) {
            // object.__sizeof__: a method descriptor, bound to the instance as a builtin method.
            if (self == null) return in.builtinImpl.typeAttributes.get((PyBuiltin) in.builtinImpl.typeObject("object"), name);
            heap.incref(self);
            return heap.alloc(new PyBuiltin(name, self, null));
        }
        if (entry == null || !entry[0].equals("wrapper_descriptor") || !SlotWrappers.SUPPORTED.contains(name)) return null;
        PyMethodDescriptor d = in.builtinImpl.typeAttributes.descriptor("wrapper_descriptor", "object", name);
        heap.incref(d);
        if (self == null) return d;
        heap.incref(self);
        return heap.alloc(new PyMethodWrapper(d, self));
    }

    /** Stack.append, Config.fromkeys: what the builtin type a class derives from has under that name. */
    private PyObject builtinTypeAttribute(String typeName, String name) {
        BuiltinBases.refuseFromkeys(name, typeName);
        PyObject type = in.builtinImpl.typeObject(typeName);
        try {
            return in.builtinImpl.attribute(type, name);
        } finally {
            heap.decref(type);
        }
    }

    /** One of object's own methods bound to the instance (a method-wrapper in CPython). */
    private PyObject objectMethod(PyObject self, String name) {
        heap.incref(self);
        return heap.alloc(new PyBuiltin(name, self, null));
    }

    /** A class attribute seen through an instance (self) or its class (self null): functions bind, descriptors unwrap. */
    private PyObject bind(PyObject c, PyObject self, PyClass cls) {
        if (c instanceof PyFunction fn && self != null) {
            heap.incref(fn);
            heap.incref(self);
            return heap.alloc(new PyBoundMethod(self, fn));
        }
        if (c instanceof PyLruCache && self != null) {
            // lru_cache_descr_get: the C wrapper binds as a function does (PyMethod_New), so the
            // cache's keys hold self after a call (the lru_cache-on-a-method lesson).
            heap.incref(c);
            heap.incref(self);
            return heap.alloc(new PyBoundMethod(self, c));
        }
        if (c instanceof PyDescriptor d && d.kind.equals("staticmethod")) return heap.newRef(d.fget);
        if (c instanceof PyDescriptor d && d.kind.equals("classmethod")) {
            heap.incref(d.fget);
            heap.incref(cls);
            return heap.alloc(new PyBoundMethod(cls, d.fget));
        }
        return heap.newRef(c);
    }

    /** obj.name = value (takes the caller's reference to value); false when obj is not an instance. */
    boolean set(PyObject obj, String name, PyObject value) {
        if (obj instanceof PyInstance inst && inst.cls.lookup("__setattr__") instanceof PyFunction hook) {
            // slot_tp_setattro: the class's __setattr__(self, name, value) does the storing.
            PyObject attrName = in.values.intern(name);
            try {
                heap.decref(callWith(List.of(obj, attrName, value), hook, List.of(obj, attrName, value)));
            } finally {
                heap.decref(attrName);
                heap.decref(value);
            }
            return true;
        }
        return setGeneric(obj, name, value);
    }

    /**
     * The __weakref__ getset a class adds for its instances' weak-reference slot (subtype_getweakref):
     * the first weak reference in the object's list (the basic ref comes first), or None; an
     * instance without the slot (__slots__ without '__weakref__', an int or tuple subclass) has no
     * such attribute.
     */
    private PyObject weakrefSlot(PyInstance inst) {
        if (inst.cls == null || !inst.cls.instanceWeakrefs) {
            throw new PyRaise("AttributeError", "'" + inst.cls.name + "' object has no attribute '__weakref__'");
        }
        java.util.List<PyWeakref> refs = inst.weakrefs();
        return refs == null || refs.isEmpty() ? in.values.none : heap.newRef(refs.get(0).visible());
    }

    /** The class whose __weakref__ getset serves inst's class: the first in the MRO over bases without the slot. */
    private static String weakrefOwner(PyClass cls) {
        for (PyClass c : cls.mro) {
            if (c.bases.stream().noneMatch(b -> b.instanceWeakrefs)) return c.name;
        }
        return cls.name;
    }

    /** PyObject_GenericSetAttr (object.__setattr__): takes the caller's reference to value. */
    boolean setGeneric(PyObject obj, String name, PyObject value) {
        if (!(obj instanceof PyInstance inst)) return in.builtinImpl.types.of(obj).setAttribute(obj, name, value);
        if (name.equals("__callback__") && inst.body instanceof PyWeakref) {
            // weakref.ref's read-only member, found on the base type before the instance dict.
            heap.decref(value);
            throw new PyRaise("AttributeError", "readonly attribute");
        }
        if (name.equals("__weakref__") && inst.cls != null && inst.cls.instanceWeakrefs) {
            heap.decref(value);
            throw new PyRaise("AttributeError", "attribute '__weakref__' of '" + weakrefOwner(inst.cls) + "' objects is not writable");
        }
        PyObject c = inst.cls.lookup(name);
        if (c == null && NamedTupleSubclasses.isField(inst, name)) {
            heap.decref(value);
            throw new PyRaise("AttributeError", "can't set attribute");
        }
        if (c instanceof PyDescriptor p && p.kind.equals("property")) {
            try {
                if (p.fset == null) throw propertyError(name, inst, "setter");
                heap.decref(callWith(List.of(obj, value), p.fset, List.of(obj, value)));
            } finally {
                heap.decref(value);
            }
            return true;
        }
        if (Descriptors.isData(c)) {
            try {
                in.descriptors.set(c, obj, value);
            } finally {
                heap.decref(value);
            }
            return true;
        }
        if (name.equals("__dict__") && InstanceDicts.hasDict(inst)) {
            in.instanceDicts.assign(inst, value);
            return true;
        }
        if (inst.exc != null && in.exceptions.setBaseAttribute(inst, name, value)) return true;
        if (inst.exc != null && inst.exc.memberNames == ExceptionGroups.MEMBERS && inst.exc.member(name) >= 0) {
            heap.decref(value);
            throw new PyRaise("AttributeError", "readonly attribute");
        }
        if (inst.exc != null && inst.exc.member(name) >= 0) {
            // A member descriptor of the builtin exception class (StopIteration.value, OSError.errno...).
            int i = inst.exc.member(name);
            PyObject old = inst.exc.members[i];
            inst.exc.members[i] = value;
            heap.decref(old);
            return true;
        }
        if (!inst.cls.instanceDict && !inst.isSlot(name)) {
            heap.decref(value);
            throw new PyRaise("AttributeError", "'" + inst.cls.name + "' object has no attribute '" + name + "'");
        }
        in.instanceDicts.set(inst, name, value);
        return true;
    }

    /** del obj.name: the class's __delattr__(self, name) when it defines one (slot_tp_setattro), else the generic delete. */
    void delete(PyObject obj, String name) {
        if (obj instanceof PyProxy) {
            // proxy_setattr with no value: del on the referent (ReferenceError when it is dead).
            delete(ProxyType.live(obj), name);
            return;
        }
        if (obj instanceof PyInstance inst && inst.cls.lookup("__delattr__") instanceof PyFunction hook) {
            PyObject attrName = in.values.intern(name);
            try {
                heap.decref(callWith(List.of(obj, attrName), hook, List.of(obj, attrName)));
            } finally {
                heap.decref(attrName);
            }
            return;
        }
        deleteGeneric(obj, name);
    }

    /** object.__delattr__: del obj.name without the class's own __delattr__. */
    void deleteGeneric(PyObject obj, String name) {
        if (obj instanceof PyInstance inst && inst.cls.lookup(name) instanceof PyDescriptor p && p.kind.equals("property")) {
            if (p.fdel == null) throw propertyError(name, inst, "deleter");
            heap.decref(callWith(List.of(obj), p.fdel, List.of(obj)));
            return;
        }
        if (obj instanceof PyInstance inst && Descriptors.isData(inst.cls.lookup(name))) {
            in.descriptors.delete(inst.cls.lookup(name), obj);
            return;
        }
        if (obj instanceof PyInstance inst && inst.exc != null) ExceptionHandling.refuseBaseAttributeDelete(name);
        if (obj instanceof PyInstance inst && inst.exc != null && inst.exc.memberNames == ExceptionGroups.MEMBERS && inst.exc.member(name) >= 0) {
            throw new PyRaise("AttributeError", "readonly attribute");
        }
        if (obj instanceof PyInstance inst && inst.body instanceof PyWeakref && name.equals("__callback__")) {
            throw new PyRaise("AttributeError", "readonly attribute");
        }
        if (obj instanceof PyClass cls) {
            deleteFromClass(cls, name);
            return;
        }
        PyObject removed = obj instanceof PyInstance inst ? in.instanceDicts.remove(inst, name)
                : obj instanceof PyFunction f ? ((FunctionType) in.builtinImpl.types.of(f)).remove(f, name)
                : obj instanceof PyNamespace ns ? ((NamespaceType) in.builtinImpl.types.of(ns)).remove(ns, name)
                : obj instanceof PyStringIO sio ? ((StringIOType) in.builtinImpl.types.of(sio)).remove(sio, name)
                : obj instanceof PyPartial p ? ((PartialType) in.builtinImpl.types.of(p)).remove(p, name) : null;
        if (removed == null) {
            throw new PyRaise("AttributeError", obj instanceof PyInstance i ? "'" + i.cls.name
                    + "' object has no attribute '" + name + "'" : "'" + obj.typeName() + "' object has no attribute '" + name + "'");
        }
        heap.decref(removed);
    }

    /** del C.name (type_setattro with no value): removed from the class's own dict, never a base's. */
    private void deleteFromClass(PyClass cls, String name) {
        PyObject key = in.values.intern(name);
        PyObject[] entry;
        try {
            entry = cls.dict.remove(key);
            cls.keysAddedLater.remove(name);
        } finally {
            heap.decref(key);
        }
        if (entry == null) throw new PyRaise("AttributeError", "type object '" + cls.name + "' has no attribute '" + name + "'");
        cls.modifications++;
        heap.decref(entry[0]);
        heap.decref(entry[1]);
    }

    private static PyRaise propertyError(String name, PyInstance inst, String what) {
        return new PyRaise("AttributeError", "property '" + name + "' of '" + inst.cls.name + "' object has no " + what);
    }

    /** Calls f with borrowed arguments while the operands the caller holds sit on the value stack. */
    /**
     * cached_property.__get__ on a miss: its frame holds the instance (one reference more inside the
     * function), the value is stored in the instance's __dict__ and returned.
     */
    private PyObject cachedProperty(PyCachedProperty cp, PyInstance inst) {
        CachedPropertyType type = (CachedPropertyType) in.builtinImpl.types.of(cp);
        type.checkCacheable(cp, inst);
        PyObject frameRef = heap.newRef(inst);
        in.builtinImpl.hold(frameRef);
        try {
            PyObject value = callWith(List.of(inst), cp.func, List.of(inst));
            type.leaveLock();
            in.instanceDicts.set(inst, ((PyStr) cp.attrname).value, heap.newRef(value));
            return value;
        } finally {
            in.builtinImpl.unhold(frameRef);
            heap.decref(frameRef);
        }
    }

    private PyObject callWith(List<PyObject> held, PyObject f, List<PyObject> args) {
        int depth = in.stack.size();
        held.forEach(in::push);
        try {
            return in.callBorrowed(f, new ArrayList<>(args));
        } finally {
            while (in.stack.size() > depth) in.pop();
        }
    }

    /**
     * type_get_annotations (3.11): the class's own dict's __annotations__, never a base's; a class
     * without one gets a new empty dict, stored in its dict (after every other key) and returned.
     */
    private PyObject classAnnotations(PyClass cls) {
        PyObject own = cls.dict.getStr("__annotations__");
        if (own != null) return heap.newRef(own);
        PyDict made = heap.alloc(new PyDict());
        cls.dict.put(in.values.intern("__annotations__"), made, heap);
        in.maintainTracking(cls.dict, made);
        cls.keysAddedLater.add("__annotations__");
        cls.modifications++;
        return heap.newRef(made);
    }

    /** An attribute of a class object (type_getattro; an enum class's goes through EnumType's hook first). */
    private PyObject classAttribute(PyClass cls, PyObject obj, String name) {
        if (name.equals("__name__")) return in.values.intern(cls.name);
        if (name.equals("__members__") && cls.enumKind != null) return in.enums.membersProxy(cls);
        if (name.equals("__annotations__")) return classAnnotations(cls);
        if (name.equals("__weakref__") && cls.instanceWeakrefs && cls.lookup("__weakref__") == null) {
            throw new PyRaise("TypeError", "a class's __weakref__ descriptor is not supported in the memory lab");
        }
        PyObject special = in.classAttributes.get(cls, name);
        if (special != null) return special;
        PyObject c = cls.lookup(name);
        // type_getattro: the metaclass's attribute, when the class and its bases have none.
        if (c == null && cls.metaclass != null && cls.metaclass.lookup(name) != null) {
            return metaclassAttribute(cls, cls.metaclass.lookup(name));
        }
        if (c == null && name.equals("__new__") && ExceptionClasses.isException(cls)) return in.builtinImpl.exceptionNew();
        if (c == null && name.equals("__new__")) return in.builtinImpl.newOf(cls.builtinBase);
        PyObject named = c == null && cls.namedBase != null ? in.namedSubclasses.classAttribute(cls, null, name) : null;
        if (named != null) return named;
        if (c == null && cls.builtinBase != null) return builtinTypeAttribute(cls.builtinBase, name);
        if (c == null) c = objectSlot(null, name);
        if (c == null && cls.enumKind != null) throw new PyRaise("AttributeError", name); // EnumType.__getattr__
        if (c == null && cls.mro.stream().anyMatch(k -> k.slots != null && k.slots.contains(name))) {
            // CPython's class dict holds a member descriptor per slot; the lab keeps none (the checker refuses C.slot).
            throw new PyRaise("TypeError", "a slot's member descriptor ('" + cls.name + "." + name + "') is not supported in the memory lab");
        }
        if (c == null) throw new PyRaise("AttributeError", "type object '" + cls.name + "' has no attribute '" + name + "'");
        if (c instanceof PyMethodDescriptor) return c;
        if (Descriptors.hasGet(c)) return in.descriptors.get(c, null, cls, obj);
        if (c instanceof PyDescriptor d && !d.kind.equals("property")) return bind(c, null, cls);
        return heap.newRef(c);
    }
}
