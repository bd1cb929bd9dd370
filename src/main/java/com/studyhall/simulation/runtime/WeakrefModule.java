package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;

/** weakref: ref(), sharing the callback-less reference as CPython does. */
final class WeakrefModule extends NativeModule {
    WeakrefModule(Interpreter in) {
        super("weakref", in);
        function("ref", (args, kw) -> ref(args));
    }

    private PyObject ref(List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "__new__ expected at least 1 argument, got 0");
        PyObject target = args.get(0);
        if (!(target instanceof PyInstance || target instanceof PyFunction || target instanceof PyClass || target instanceof PySet)) {
            throw new PyRaise("TypeError", "cannot create weak reference to '" + target.typeName() + "' object");
        }
        PyObject callback = args.size() > 1 && !(args.get(1) instanceof PyNone) ? args.get(1) : null;
        if (callback == null && target.weakrefs != null) {
            for (PyWeakref w : target.weakrefs) if (w.callback == null) return heap.newRef(w);
        }
        if (callback != null) heap.incref(callback);
        PyWeakref w = heap.alloc(new PyWeakref(target, callback));
        target.addWeakref(w);
        // CPython keeps the basic (callback-less) ref at the head, newer callback refs right after it.
        List<PyWeakref> refs = target.weakrefs;
        refs.remove(w);
        boolean hasBasic = !refs.isEmpty() && refs.get(0).callback == null;
        refs.add(callback == null ? 0 : (hasBasic ? 1 : 0), w);
        return w;
    }
}
