package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/**
 * weakref: ref() (sharing the callback-less reference as CPython does), finalize, and the
 * getweakrefcount/getweakrefs introspection.
 */
final class WeakrefModule extends NativeModule {
    final Finalizers finalizers;

    WeakrefModule(Interpreter in) {
        super("weakref", in);
        finalizers = new Finalizers(in, this);
        // weakref.ref is a type without vectorcall: type_call packs the 1 or 2 arguments into a tuple, freed after.
        function("ref", (args, kw) -> {
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, args.size());
            try {
                return ref(args);
            } finally {
                heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, args.size());
            }
        });
        function("proxy", (args, kw) -> proxy(args));
        for (String kind : List.of("WeakValueDictionary", "WeakKeyDictionary", "WeakSet")) {
            keywordFunction(kind, (args, kw) -> container(kind, args, kw));
        }
        keywordFunction("finalize", finalizers::create);
        WeakMethods.install(this, in);
        function("getweakrefcount", (args, kw) -> {
            PyObject target = one("getweakrefcount", args);
            List<PyWeakref> refs = target.weakrefs();
            int hidden = target instanceof PyClass c && c.subclassEntries() > 0 && c.subclassRef == null ? 1 : 0;
            return v.integer((refs == null ? 0 : refs.size()) + hidden);
        });
        function("getweakrefs", (args, kw) -> {
            PyObject target = one("getweakrefs", args);
            subclassRef(target);
            List<PyWeakref> refs = target.weakrefs();
            java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
            if (refs != null) for (PyWeakref w : refs) out.add(heap.newRef(w.visible()));
            return heap.alloc(new PyList(out, out.size()));
        });
    }

    /** The type objects the module names: ReferenceType is ref itself, ProxyTypes the tuple of the two proxy types. */
    @Override
    java.util.Set<String> valueNames() {
        return java.util.Set.of("ReferenceType", "ProxyType", "CallableProxyType", "ProxyTypes");
    }

    private PyObject proxyTypes;

    @Override
    PyObject value(String attr) {
        return switch (attr) {
            case "ReferenceType" -> heap.newRef(in.builtinImpl.moduleFunction("weakref", "ref"));
            case "ProxyType", "CallableProxyType" -> heap.newRef(in.builtinImpl.typeObject("weakref." + attr));
            case "ProxyTypes" -> {
                // Lib/weakref.py's module-level tuple: one object, made once, shared by every read.
                if (proxyTypes == null) {
                    proxyTypes = v.shared(new PyTuple(new PyObject[] {in.builtinImpl.typeObject("weakref.ProxyType"),
                            in.builtinImpl.typeObject("weakref.CallableProxyType")}));
                }
                yield proxyTypes;
            }
            default -> null;
        };
    }

    PyObject ref(List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "__new__ expected at least 1 argument, got 0");
        return make(args.get(0), args.size() > 1 ? args.get(1) : null, false);
    }

    private PyObject proxy(List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "proxy expected at least 1 argument, got 0");
        if (args.size() > 2) throw new PyRaise("TypeError", "proxy expected at most 2 arguments, got " + args.size());
        return make(args.get(0), args.size() > 1 ? args.get(1) : null, true);
    }

    /** weakref___new__ and PyWeakref_NewProxy: the callback-less ref or proxy is shared. */
    private PyObject make(PyObject target, PyObject callbackArg, boolean proxy) {
        requireWeakrefable(target);
        subclassRef(target);
        PyObject callback = callbackArg != null && !(callbackArg instanceof PyNone) ? callbackArg : null;
        if (callback == null && target.weakrefs() != null) {
            for (PyWeakref w : target.weakrefs()) {
                if (basic(w) && (w instanceof PyProxy) == proxy) return heap.newRef(w);
            }
        }
        if (callback != null) heap.incref(callback);
        boolean callable = proxy && (target instanceof PyFunction || target instanceof PyClass || target instanceof PyLruCache
                || (target instanceof PyInstance i && i.cls.lookup("__call__") != null));
        PyWeakref w = heap.alloc(proxy ? new PyProxy(target, callback, callable) : new PyWeakref(target, callback));
        link(target, w);
        return w;
    }

    /**
     * A class's weak reference from its bases' tp_subclasses dicts, made as an object when the program
     * first reaches it: CPython made it with the class (counted then, so not now), and weakref.ref(C)
     * without a callback returns that one. Each dict holds a strong reference (Interpreter.externalReferences).
     */
    private void subclassRef(PyObject target) {
        if (!(target instanceof PyClass c) || c.subclassEntries() == 0 || c.subclassRef != null) return;
        PyWeakref w = heap.allocCounted(new PyWeakref(c, null));
        for (int i = 1; i < c.subclassEntries(); i++) heap.incref(w);
        link(c, w);
        c.subclassRef = w;
    }

    /**
     * weakref___new__ for a class deriving from weakref.ref (type_call's argument tuple is the
     * caller's): the instance is allocated (object_new's inline values are not set up, so its first
     * attribute makes a dict) and its weak-reference part linked in; a subclass's reference is
     * never shared, even without a callback.
     */
    PyInstance subclassInstance(PyClass cls, List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "__new__ expected at least 1 argument, got 0");
        if (args.size() > 2) throw new PyRaise("TypeError", "__new__ expected at most 2 arguments, got " + args.size());
        PyObject target = args.get(0);
        requireWeakrefable(target);
        PyObject callback = args.size() > 1 && !(args.get(1) instanceof PyNone) ? args.get(1) : null;
        PyInstance inst = in.newInstance(cls);
        if (callback != null) heap.incref(callback);
        PyWeakref part = new PyWeakref(target, callback);
        part.holder = inst;
        part.generation = PyInstance.INSIDE_INSTANCE;
        inst.body = part;
        link(target, part);
        return inst;
    }

    /** weakref.ref.__new__(cls, object[, callback]) as a subclass's own __new__ calls it (super().__new__). */
    PyObject callNew(List<PyObject> args) {
        // tp_new_wrapper's checks, naming the type by its tp_name.
        String type = "weakref.ReferenceType";
        if (args.isEmpty()) throw new PyRaise("TypeError", type + ".__new__(): not enough arguments");
        PyObject first = args.get(0);
        if (!(first instanceof PyClass cls)) {
            if (first instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b)) {
                String name = b.owner == null ? b.name : Builtins.qualifiedName(b);
                throw new PyRaise("TypeError", type + ".__new__(" + name + "): " + name + " is not a subtype of " + type);
            }
            throw new PyRaise("TypeError", type + ".__new__(X): X is not a type object (" + first.typeName() + ")");
        }
        if (!BuiltinBases.WEAKREF.equals(cls.builtinBase)) {
            throw new PyRaise("TypeError", type + ".__new__(" + cls.name + "): " + cls.name + " is not a subtype of " + type);
        }
        return subclassInstance(cls, args.subList(1, args.size()));
    }

    /** weakref.__init__ (weakref___init__): refuses keywords, checks the arguments again and changes nothing. */
    static void checkInitArguments(List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "ref() takes no keyword arguments");
        if (args.isEmpty()) throw new PyRaise("TypeError", "__init__ expected at least 1 argument, got 0");
        if (args.size() > 2) throw new PyRaise("TypeError", "__init__ expected at most 2 arguments, got " + args.size());
    }

    /** get_basic_refs: an exact weakref.ref or proxy without a callback, the one CPython shares. */
    private static boolean basic(PyWeakref w) {
        return w.callback == null && w.holder == null;
    }

    static boolean weakrefable(PyObject target) {
        // The types with a weak reference list (tp_weaklistoffset) among those a program can hold; a finalize
        // object has __slots__ without __weakref__, so it takes none.
        return target instanceof PyInstance i ? i.cls == null || i.cls.instanceWeakrefs
                : target instanceof PyFunction || target instanceof PyBoundMethod || target instanceof PyClass || target instanceof PySet
                || target instanceof PyWeakContainer || target instanceof PyArray || target instanceof PyMemoryView
                || target instanceof PyDeque || target instanceof PyStringIO || target instanceof PyPartial || target instanceof PyGenerator
                || target instanceof PyModule || target instanceof PyBuiltin || target instanceof PyOrderedDict || target instanceof PyCounter
                || target instanceof PyRandom || target instanceof PyChainMap || target instanceof PyTemplate || target instanceof PyLruCache;
    }

    static void requireWeakrefable(PyObject target) {
        if (!weakrefable(target)) {
            throw new PyRaise("TypeError", "cannot create weak reference to '" + target.typeName() + "' object");
        }
    }

    /** Links a new weak reference into its referent's list where CPython puts it. */
    static void link(PyObject target, PyWeakref w) {
        ((PyWeakReferenceable) target).addWeakref(w);
        List<PyWeakref> refs = target.weakrefs();
        refs.remove(w);
        refs.add(insertionPoint(refs, w), w);
    }

    /**
     * WeakValueDictionary(), WeakKeyDictionary(), WeakSet(): the instance, its _remove function and its
     * data dict, then __init__'s update(other, **kw) (a WeakSet's __init__ takes no keywords).
     */
    private PyObject container(String kind, List<PyObject> args, java.util.Map<String, PyObject> kw) {
        if (args.size() > 1) {
            throw new PyRaise("TypeError", kind + ".__init__() takes from 1 to 2 positional arguments but " + (args.size() + 1) + " were given");
        }
        if (kind.equals("WeakSet") && !kw.isEmpty()) {
            throw new PyRaise("TypeError", "WeakSet.__init__() got an unexpected keyword argument '" + kw.keySet().iterator().next() + "'");
        }
        WeakContainerType type = (WeakContainerType) in.builtinImpl.types.of(PyWeakContainer.class);
        return type.filled(type.allocate(kind), c -> {
            if (!kind.equals("WeakSet")) type.updateMapping(c, args, kw);
            else if (!args.isEmpty()) type.sets.update(c, args.get(0));
        });
    }

    /**
     * Where CPython links a new weak reference into the object's list: the basic ref at the head,
     * the basic proxy right after it, every reference with a callback right after those (newest first).
     */
    private static int insertionPoint(List<PyWeakref> refs, PyWeakref w) {
        int basicRef = !refs.isEmpty() && basic(refs.get(0)) && !(refs.get(0) instanceof PyProxy) ? 1 : 0;
        int basicProxy = refs.size() > basicRef && basic(refs.get(basicRef)) && refs.get(basicRef) instanceof PyProxy ? 1 : 0;
        if (basic(w) && !(w instanceof PyProxy)) return 0;
        if (basic(w)) return basicRef;
        // A reference with a callback, or a subclass's instance: right after the basic ones.
        return basicRef + basicProxy;
    }
}
