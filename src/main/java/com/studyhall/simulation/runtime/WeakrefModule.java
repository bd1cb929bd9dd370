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
        function("ref", (args, kw) -> ref(args));
        function("proxy", (args, kw) -> proxy(args));
        for (String kind : List.of("WeakValueDictionary", "WeakKeyDictionary", "WeakSet")) {
            function(kind, (args, kw) -> container(kind, args));
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

    static void requireWeakrefable(PyObject target) {
        boolean weakrefable = target instanceof PyInstance i ? i.cls == null || i.cls.instanceWeakrefs
                : target instanceof PyFunction || target instanceof PyBoundMethod || target instanceof PyClass || target instanceof PySet
                || target instanceof PyWeakContainer || target instanceof PyFinalize || target instanceof PyArray || target instanceof PyMemoryView;
        if (!weakrefable) {
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

    /** WeakValueDictionary(), WeakKeyDictionary(), WeakSet(): the instance, its _remove function and its data dict. */
    private PyObject container(String kind, List<PyObject> args) {
        if (args.size() > 1) throw new PyRaise("TypeError", kind + " expected at most 1 argument, got " + args.size());
        PyWeakContainer c = heap.alloc(new PyWeakContainer(kind));
        c.remover = heap.alloc(new PyWeakRemover(c));
        c.data = heap.alloc(new PyDict());
        if (!args.isEmpty()) {
            Builtins p = in.builtinImpl;
            BuiltinType type = p.types.of(c);
            if (kind.equals("WeakSet")) {
                for (PyObject item : p.iterate(args.get(0))) heap.decref(p.callMethod(c, "add", List.of(item), java.util.Map.of()));
            } else if (args.get(0) instanceof PyDict src) {
                for (PyObject[] e : src.entries()) type.setItem(c, e[0], heap.newRef(e[1]));
            } else {
                heap.decref(c);
                throw new PyRaise("TypeError", kind + "() takes a dict in the memory lab");
            }
        }
        return c;
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
