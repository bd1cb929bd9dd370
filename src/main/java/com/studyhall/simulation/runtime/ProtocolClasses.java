package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * typing.Protocol and the program's classes deriving from it, after Lib/typing.py of 3.11:
 * <ul>
 * <li>Protocol is a shared class over Generic ({@code __mro__} Protocol, Generic, object) whose
 * metaclass is an ABCMeta, so a protocol's abstract methods keep a concrete subclass from being
 * made, as they do in CPython.</li>
 * <li>Protocol.__init_subclass__ (after Generic's): {@code _is_protocol} in the new class's dict,
 * True when Protocol is among its own bases; a protocol's other bases must be protocols too.</li>
 * <li>A protocol cannot be instantiated (unless a class of its MRO defines {@code __init__}).</li>
 * <li>{@code @runtime_checkable} sets {@code _is_runtime_protocol}; isinstance() and issubclass()
 * against a protocol are _ProtocolMeta.__instancecheck__ and _proto_hook: the members a protocol
 * lists (names of its classes' dicts and annotations, typing's own excluded) looked up
 * structurally; a class deriving from a protocol without being one is checked by its MRO.</li>
 * </ul>
 */
final class ProtocolClasses {
    /** EXCLUDED_ATTRIBUTES of typing.py (3.11): names that are no protocol member. */
    private static final Set<String> EXCLUDED = Set.of("__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
            "_is_runtime_protocol", "__final__", "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
            "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__", "__class_getitem__",
            "_MutableMapping__marker", "__qualname__");

    private final Interpreter in;
    private PyClass protocol;

    ProtocolClasses(Interpreter in) {
        this.in = in;
    }

    /** typing.Protocol: made on first use, shared (typing lives for the run). */
    PyClass protocolClass() {
        if (protocol == null) {
            PyDict dict = in.values.shared(new PyDict());
            dict.put(in.values.intern("_is_protocol"), in.values.trueObj, in.heap);
            dict.put(in.values.intern("_is_runtime_protocol"), in.values.falseObj, in.heap);
            PyClass generic = in.genericClasses.genericClass();
            protocol = new PyClass("Protocol", dict, List.of(generic), List.of(generic), List.of(), 0);
            protocol.module = "typing";
            protocol.qualname = "Protocol";
            protocol.abcMeta = true;
            protocol.abstractMethods = List.of();
            in.values.shared(protocol);
        }
        return protocol;
    }

    /** Protocol when a program has read it, else null. */
    PyClass protocolIfMade() {
        return protocol;
    }

    /** Whether the class derives from typing.Protocol. */
    boolean derives(PyClass c) {
        return protocol != null && c != protocol && c.mro.contains(protocol);
    }

    /** Whether _ProtocolMeta made the class: Protocol itself and every class over it, concrete ones too. */
    boolean madeByProtocolMeta(PyClass c) {
        return c == protocol && c != null || derives(c);
    }

    /** Whether the class is a protocol (its own dict says so; Protocol itself is one). */
    boolean isProtocol(PyClass c) {
        return c.dict.getStr("_is_protocol") instanceof PyBool b && b.truth();
    }

    private boolean isRuntime(PyClass c) {
        PyObject v = c.lookup("_is_runtime_protocol");
        return v instanceof PyBool b && b.truth();
    }

    /**
     * Protocol.__init_subclass__ for a class a statement made (after Generic's): _is_protocol, and the
     * check that a protocol's bases are protocols; on a TypeError the class is dropped.
     */
    void initSubclass(PyClass cls) {
        // cls.__subclasshook__ = _proto_hook: a closure whose cell holds the class (one reference more).
        cls.hiddenRefs++;
        cls.refcnt++;
        if (!(cls.dict.getStr("_is_protocol") instanceof PyBool b && b.truth())) {
            in.setAttr(cls, "_is_protocol", in.values.bool(cls.bases.contains(protocol)));
        }
        if (!isProtocol(cls)) return;
        for (PyClass base : cls.bases) {
            if (base == protocol || base == in.genericClasses.genericClass() || derives(base) && isProtocol(base)) continue;
            in.heap.decref(cls);
            throw new PyRaise("TypeError", "Protocols can only inherit from other protocols, got " + in.ops.repr(base));
        }
    }

    /**
     * _no_init_or_replace_init: a protocol whose MRO defines no __init__ of its own cannot be
     * instantiated (a concrete subclass can).
     */
    void checkInstantiation(PyClass cls) {
        if (!inheritsPlaceholderInit(cls)) return;
        if (isProtocol(cls)) throw new PyRaise("TypeError", "Protocols cannot be instantiated");
        // cls.__init__ = object.__init__ from now on (so later calls with arguments are object_new's "takes no arguments").
        replacedInit.add(cls);
    }

    /** Concrete classes whose first instantiation replaced the placeholder __init__ with object's. */
    private final Set<PyClass> replacedInit = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Whether the class's __init__ is a protocol's _no_init_or_replace_init (no class before Protocol defines one). */
    boolean inheritsPlaceholderInit(PyClass cls) {
        if (!derives(cls)) return false;
        for (PyClass k : cls.mro) {
            if (k == protocol) break;
            if (k.dict.getStr("__init__") != null || replacedInit.contains(k)) return false;
        }
        return true;
    }

    /** runtime_checkable(cls): the same class, marked. */
    PyObject runtimeCheckable(PyObject cls) {
        if (!(cls instanceof PyClass c) || !(derives(c) || c == protocol) || !isProtocol(c)) {
            throw new PyRaise("TypeError", "@runtime_checkable can be only applied to protocol classes, got " + in.ops.repr(cls));
        }
        in.setAttr(c, "_is_runtime_protocol", in.values.bool(true));
        return in.heap.newRef(c);
    }

    /** _get_protocol_attrs: the members the protocol lists, from its MRO's dicts and annotations. */
    private List<String> members(PyClass cls) {
        Set<String> attrs = new LinkedHashSet<>();
        for (PyClass base : cls.mro) {
            if (base.name.equals("Protocol") || base.name.equals("Generic") || base.builtin && base.name.equals("object")) continue;
            List<String> names = new ArrayList<>();
            for (PyObject[] e : base.dict.entries()) if (e[0] instanceof PyStr s) names.add(s.value);
            if (base.dict.getStr("__annotations__") instanceof PyDict ann) {
                for (PyObject[] e : ann.entries()) if (e[0] instanceof PyStr s) names.add(s.value);
            }
            for (String n : names) if (!n.startsWith("_abc_") && !EXCLUDED.contains(n)) attrs.add(n);
        }
        return new ArrayList<>(attrs);
    }

    /** _is_callable_members_only. */
    private boolean callableMembersOnly(PyClass cls) {
        for (String attr : members(cls)) {
            PyObject v = in.lookupAttr(cls, attr);
            boolean callable = v != null && ObjectBuiltins.isCallable(v);
            if (v != null) in.heap.decref(v);
            if (!callable) return false;
        }
        return true;
    }

    /** _ProtocolMeta.__instancecheck__: null when ABCMeta's own check (the class's MRO) decides. */
    Boolean instanceCheck(PyObject o, PyClass cls) {
        boolean proto = isProtocol(cls);
        if (proto && !isRuntime(cls)) {
            throw new PyRaise("TypeError", "Instance and class checks can only be used with @runtime_checkable protocols");
        }
        if (!proto) return null;
        if (callableMembersOnly(cls) && typeDerives(o, cls)) return true;
        boolean all = true;
        for (String attr : members(cls)) {
            PyObject got = in.lookupAttr(o, attr);
            if (got == null) {
                all = false;
                break;
            }
            PyObject own = in.lookupAttr(cls, attr);
            boolean blocked = own != null && ObjectBuiltins.isCallable(own) && got instanceof PyNone;
            if (own != null) in.heap.decref(own);
            in.heap.decref(got);
            if (blocked) {
                all = false;
                break;
            }
        }
        if (all) return true;
        // super().__instancecheck__: ABCMeta asks __subclasscheck__, which is _proto_hook; called from
        // abc's frame, its checks are "reckless" there (NotImplemented: the MRO decides) instead of raising.
        if (!callableMembersOnly(cls)) return typeDerives(o, cls);
        PyObject type = in.builtinImpl.callBuiltinFunction("type", List.of(o));
        try {
            return subclassCheck(type, cls);
        } finally {
            in.heap.decref(type);
        }
    }

    private boolean typeDerives(PyObject o, PyClass cls) {
        return o instanceof PyInstance i && i.cls.isSubclassOf(cls);
    }

    /** issubclass(c, protocol): _proto_hook, then the MRO (a concrete subclass: null, the MRO decides). */
    Boolean subclassCheck(PyObject c, PyClass cls) {
        if (!isProtocol(cls)) return null;
        if (!isRuntime(cls)) {
            throw new PyRaise("TypeError", "Instance and class checks can only be used with @runtime_checkable protocols");
        }
        if (!callableMembersOnly(cls)) throw new PyRaise("TypeError", "Protocols with non-method members don't support issubclass()");
        if (!(c instanceof PyClass) && !(c instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b))) {
            throw new PyRaise("TypeError", "issubclass() arg 1 must be a class");
        }
        if (c instanceof PyClass k && k.isSubclassOf(cls)) return true;
        for (String attr : members(cls)) {
            if (!structurallyHas(c, attr)) return false;
        }
        return true;
    }

    /** The member found in a dict along c's MRO (None there blocks it), or in a sub-protocol's annotations. */
    private boolean structurallyHas(PyObject c, String attr) {
        if (c instanceof PyClass k) {
            for (PyClass base : k.mro) {
                if (base.builtin && base.name.equals("object")) break;
                PyObject found = base.dict.getStr(attr);
                if (found != null) return !(found instanceof PyNone);
                if (base.dict.getStr("__annotations__") instanceof PyDict ann && ann.getStr(attr) != null && derives(k) && isProtocol(k)) {
                    return true;
                }
            }
            c = in.builtinImpl.typeObject(k.builtinBase != null ? k.builtinBase : "object");
            try {
                return builtinHas(c, attr);
            } finally {
                in.heap.decref(c);
            }
        }
        return builtinHas(c, attr);
    }

    /** Whether a builtin type (or object) defines the name along its MRO. */
    private boolean builtinHas(PyObject type, String attr) {
        PyObject v = in.lookupAttr(type, attr);
        if (v == null) return false;
        in.heap.decref(v);
        return !(v instanceof PyNone);
    }
}
