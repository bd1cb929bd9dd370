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
            List<PyWeakref> refs = one("getweakrefcount", args).weakrefs();
            return v.integer(refs == null ? 0 : refs.size());
        });
        function("getweakrefs", (args, kw) -> {
            List<PyWeakref> refs = one("getweakrefs", args).weakrefs();
            java.util.ArrayList<PyObject> out = new java.util.ArrayList<>();
            if (refs != null) for (PyWeakref w : refs) out.add(heap.newRef(w));
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
        PyObject callback = callbackArg != null && !(callbackArg instanceof PyNone) ? callbackArg : null;
        if (callback == null && target.weakrefs() != null) {
            for (PyWeakref w : target.weakrefs()) {
                if (w.callback == null && (w instanceof PyProxy) == proxy) return heap.newRef(w);
            }
        }
        if (callback != null) heap.incref(callback);
        boolean callable = proxy && (target instanceof PyFunction || target instanceof PyClass
                || (target instanceof PyInstance i && i.cls.lookup("__call__") != null));
        PyWeakref w = heap.alloc(proxy ? new PyProxy(target, callback, callable) : new PyWeakref(target, callback));
        link(target, w);
        return w;
    }

    static boolean weakrefable(PyObject target) {
        // The types with a weak reference list (tp_weaklistoffset) among those a program can hold; a finalize
        // object has __slots__ without __weakref__, so it takes none.
        return target instanceof PyInstance i ? i.cls == null || i.cls.instanceWeakrefs
                : target instanceof PyFunction || target instanceof PyBoundMethod || target instanceof PyClass || target instanceof PySet
                || target instanceof PyWeakContainer || target instanceof PyArray || target instanceof PyMemoryView
                || target instanceof PyDeque || target instanceof PyStringIO || target instanceof PyPartial || target instanceof PyGenerator
                || target instanceof PyModule || target instanceof PyBuiltin || target instanceof PyOrderedDict || target instanceof PyCounter
                || target instanceof PyRandom || target instanceof PyChainMap || target instanceof PyTemplate;
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
        int basicRef = !refs.isEmpty() && refs.get(0).callback == null && !(refs.get(0) instanceof PyProxy) ? 1 : 0;
        int basicProxy = refs.size() > basicRef && refs.get(basicRef).callback == null && refs.get(basicRef) instanceof PyProxy ? 1 : 0;
        if (w.callback == null && !(w instanceof PyProxy)) return 0;
        if (w.callback == null) return basicRef;
        return basicRef + basicProxy;
    }
}
