package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * isinstance() and issubclass() as Objects/abstract.c answers them (object_recursive_isinstance,
 * object_issubclass): a union ({@code int | None}) stands for its tuple of members, a tuple's items
 * are tried in turn (nested tuples too), a typing object answers through its own
 * __instancecheck__/__subclasscheck__ ({@link TypingType}), a parameterized generic
 * ({@code list[int]}) refuses, an ABCMeta class asks {@link AbcChecks}, and the rest is the class
 * relation of the lab's kinds of class.
 */
final class ClassChecks {
    private final Interpreter in;
    private final Builtins p;
    private final Heap heap;

    ClassChecks(Interpreter in, Builtins protocols) {
        this.in = in;
        this.p = protocols;
        this.heap = in.heap;
    }

    /** isinstance(o, cls). */
    boolean isInstance(PyObject o, PyObject cls) {
        PyObject[] members = members(cls);
        if (members != null) {
            for (PyObject member : members) if (isInstance(o, member)) return true;
            return false;
        }
        if (cls instanceof PyTyping t) return typing().instanceCheck(t, o);
        if (cls instanceof PyGenericAlias) throw new PyRaise("TypeError", "isinstance() argument 2 cannot be a parameterized generic");
        if (isInstanceOf(o, cls) || Attributes.hooked(o) && classReadThroughHook(o, cls)) return true;
        // recursive_isinstance then reads o.__class__, which a proxy forwards to its referent
        // (ReferenceError when it is dead): a proxy is an instance of its referent's classes too.
        return o instanceof PyProxy && isInstance(ProxyType.live(o), cls);
    }

    /** issubclass(c, cls): the check of c being a class is the second argument's to make. */
    boolean isSubclass(PyObject c, PyObject cls) {
        PyObject[] members = members(cls);
        if (members != null) {
            for (PyObject member : members) if (isSubclass(c, member)) return true;
            return false;
        }
        if (cls instanceof PyTyping t) return typing().subclassCheck(t, c);
        if (cls instanceof PyGenericAlias) throw new PyRaise("TypeError", "issubclass() argument 2 cannot be a parameterized generic");
        requireClass(c);
        return isSubclassOf(c, cls);
    }

    /** recursive_issubclass's check of its first argument. */
    void requireClass(PyObject c) {
        if (!(c instanceof PyClass) && !(c instanceof PyBuiltin b && (p.isTypeObject(b) || Builtins.isCollectionsClass(b)))) {
            throw new PyRaise("TypeError", "issubclass() arg 1 must be a class");
        }
    }

    /** A union's members or a tuple's items, which both checks try in turn; null for anything else. */
    private static PyObject[] members(PyObject cls) {
        if (cls instanceof PyUnionType u) return u.args.items;
        return cls instanceof PyTuple t ? t.items : null;
    }

    private TypingType typing() {
        return (TypingType) p.types.of(PyTyping.class);
    }

    /** One issubclass() check of a class against one type. */
    private boolean isSubclassOf(PyObject c, PyObject ty) {
        if (ty instanceof PyBuiltin b && b.name.equals("object") && p.isTypeObject(b)) return true;
        if (in.typedDicts.is(ty)) throw new PyRaise("TypeError", "TypedDict does not support instance and class checks");
        if (ty instanceof PyClass tc && in.protocolClasses.derives(tc)) {
            Boolean hooked = in.protocolClasses.subclassCheck(c, tc);
            if (hooked != null) return hooked;
        }
        if (ty instanceof PyClass tc && in.abcChecks.decides(tc)) return in.abcChecks.isSubclassValue(c, tc);
        if (c instanceof PyClass cc && ty instanceof PyClass tc && cc.isSubclassOf(tc)) return true;
        if (c instanceof PyClass cc && ty instanceof PyNamedTupleClass && cc.namedBase == ty) return true;
        // collections.OrderedDict and weakref.ref, the module types a class may derive from.
        if (c instanceof PyClass cc && cc.builtinBase != null && cc.builtinBase.equals(BuiltinBases.moduleBase(ty))) return true;
        if (c instanceof PyClass cc && cc.builtinBase != null && ty instanceof PyBuiltin tb && p.isTypeObject(tb)
                && p.types.named(tb.name) != null && BuiltinBases.layoutType(p.types, cc.builtinBase).isSubtypeOf(p.types.named(tb.name))) {
            return true;
        }
        // deque, OrderedDict, Counter...: their builtin bases as CPython lists them (dict for OrderedDict).
        if (c instanceof PyBuiltin cb && Builtins.isCollectionsClass(cb) && ty instanceof PyBuiltin tb && p.isTypeObject(tb)
                && in.abcChecks.builtinDerives(cb, tb.name)) {
            return true;
        }
        // issubclass(type(d), deque): a collections class is its own subclass only (none derives from another here).
        if (ty instanceof PyBuiltin tb && Builtins.isCollectionsClass(tb)) {
            return c instanceof PyBuiltin cb && Builtins.isCollectionsClass(cb) && cb.name.equals(tb.name);
        }
        if (c instanceof PyBuiltin cb && ty instanceof PyBuiltin tb && p.isTypeObject(tb)) {
            BuiltinType sub = p.types.named(cb.name);
            BuiltinType sup = p.types.named(tb.name);
            if (sub != null && sup != null && sub.isSubtypeOf(sup)) return true;
            if (cb.name.equals(tb.name)) return true;
        }
        if (!(ty instanceof PyClass) && !(ty instanceof PyNamedTupleClass) && !(ty instanceof PyBuiltin b && p.isTypeObject(b))) {
            throw new PyRaise("TypeError", "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return false;
    }

    /**
     * object_isinstance after a failed type check: {@code __class__} read with _PyObject_LookupAttr,
     * which a class's own __getattribute__ answers; a class it names other than the type counts.
     */
    private boolean classReadThroughHook(PyObject o, PyObject ty) {
        if (!(ty instanceof PyClass || ty instanceof PyBuiltin)) return false;
        PyObject cls = in.lookupAttr(o, "__class__");
        if (cls == null) return false;
        try {
            return cls != ((PyInstance) o).cls && cls instanceof PyClass c && ty instanceof PyClass target && c.isSubclassOf(target);
        } finally {
            heap.decref(cls);
        }
    }

    /** One isinstance() check of an object against one type. */
    private boolean isInstanceOf(PyObject o, PyObject ty) {
        if (in.typedDicts.is(ty)) throw new PyRaise("TypeError", "TypedDict does not support instance and class checks");
        if (ty instanceof PyClass c && in.protocolClasses.derives(c)) {
            Boolean checked = in.protocolClasses.instanceCheck(o, c);
            if (checked != null) return checked;
        }
        if (ty instanceof PyClass c) {
            // A proxy is asked through its referent (isinstance's caller); ABCMeta answers for the rest.
            if (in.abcChecks.decides(c)) return !(o instanceof PyProxy) && in.abcChecks.isInstance(o, c);
            if (o instanceof PyInstance i && i.cls.isSubclassOf(c) || Metaclasses.isInstance(o, c)) return true;
        } else if (ty instanceof PyNamedTupleClass c) {
            if (o instanceof PyNamedTuple nt && nt.cls == c) return true;
            if (o instanceof PyInstance i && i.cls.namedBase == c) return true;
        } else if (ty instanceof PyBuiltin b && "collections".equals(b.owner) && b.self == null && CollectionsModule.CLASSES.containsKey(b.name)) {
            if (b.name.equals(CollectionsModule.classOf(o))) return true;
            if (b.name.equals("OrderedDict") && PyInstance.bodyOf(o) instanceof PyOrderedDict) return true; // a subclass's instance
        } else if (ty instanceof PyBuiltin b && Builtins.isModuleType(b)) {
            if (o.typeName().equals(Builtins.qualifiedName(b)) || o.typeName().equals(Builtins.typeName(b))) return true;
            if ("weakref".equals(b.owner) && !(o instanceof PyInstance) && o.typeName().equals(b.name)) return true;
            // weakref.ref's subclasses: WeakMethod and KeyedRef (a proxy is not a ref).
            if (o instanceof PyWeakref && !(o instanceof PyProxy) && Builtins.qualifiedName(b).equals("weakref.ReferenceType")) return true;
            // A program's class deriving from weakref.ref.
            if (o instanceof PyInstance i && i.body instanceof PyWeakref && Builtins.qualifiedName(b).equals("weakref.ReferenceType")) return true;
            // datetime.datetime derives from datetime.date.
            if (o instanceof PyDate && b.owner.equals("datetime") && b.name.equals("date")) return true;
        } else if (ty instanceof PyBuiltin b && "<type>".equals(b.owner)) {
            // type(f), type(None), type(g()): a type object the lab names but does not register; no program derives from these.
            if (o.typeName().equals(b.name)) return true;
            // odict_keys, odict_values and odict_items derive from dict_keys, dict_values and dict_items.
            if (o instanceof PyView && o.typeName().equals("o" + b.name)) return true;
        } else if (ty instanceof PyBuiltin b && b.owner == null && b.self == null) {
            if (b.name.equals("object")) return true;
            // Classes and builtin type objects are instances of type.
            if (b.name.equals("type") && (o instanceof PyClass || o instanceof PyNamedTupleClass
                    || (o instanceof PyBuiltin ob && (p.isTypeObject(ob) || Builtins.isModuleType(ob) || Builtins.isCollectionsClass(ob))))) {
                return true;
            }
            BuiltinType named = p.types.named(b.name);
            BuiltinType base = BuiltinBases.of(p.types, o);
            boolean r = named != null && (p.types.of(o).isSubtypeOf(named) || (base != null && base.isSubtypeOf(named)));
            // A type the lab has no type object for (classmethod, staticmethod, property): type(o) is it.
            if (r || named == null && o.typeName().equals(b.name)) return true;
        } else {
            throw new PyRaise("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        return false;
    }
}
