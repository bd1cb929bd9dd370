package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * contextlib as learners meet it: @contextmanager, suppress, closing, nullcontext, redirect_stdout
 * and redirect_stderr, and ExitStack (Lib/contextlib.py's class, run as Python: {@link ExitStacks}).
 * The rest (AsyncExitStack, asynccontextmanager...) is refused before the run.
 */
final class ContextlibModule extends NativeModule {
    ContextlibModule(Interpreter in, Types types) {
        super("contextlib", in);
        ContextlibType managers = (ContextlibType) types.of(PyContextManager.class);
        function("contextmanager", (args, kw) -> heap.alloc(new PyContextManagerFactory(twice(one("contextmanager", args)))));
        // Each is a class call: the arguments arrive in a tuple (freed after __init__); suppress's
        // __init__(self, *exceptions) packs them again, into the tuple it keeps as self._exceptions.
        function("suppress", (args, kw) -> managers.throughArgumentTuple(args, t -> make("suppress", "_exceptions", tuple(args))));
        function("closing", (args, kw) -> managers.throughArgumentTuple(args,
                t -> make("closing", "thing", heap.newRef(single("closing", "thing", args, kw)))));
        // _RedirectStream(new_target): self._new_target, then self._old_targets = [] (a list per manager).
        for (String kind : List.of("redirect_stdout", "redirect_stderr")) {
            function(kind, (args, kw) -> managers.throughArgumentTuple(args, t -> heap.alloc(new PyContextManager(kind,
                    new String[] {"_new_target", "_old_targets"},
                    new PyObject[] {heap.newRef(single(kind, "new_target", args, kw)), heap.alloc(new PyList(new java.util.ArrayList<>(), 0))}))));
        }
        // ExitStack's helper for the lab's own managers (its Python code reads them from contextlib's globals).
        function("_native_manager", (args, kw) -> ExitStacks.nativeManager(in, one("_native_manager", args)));
        keywordFunction("nullcontext", (args, kw) -> managers.throughArgumentTuple(args, t -> {
            PyObject result = Args.get(args, kw, 0, "enter_result");
            if (args.size() + kw.size() > 1) throw new PyRaise("TypeError", "nullcontext.__init__() takes from 1 to 2 positional arguments but " + (args.size() + 1) + " were given");
            return make("nullcontext", "enter_result", heap.newRef(result == null ? v.none : result));
        }));
    }

    @Override
    java.util.Set<String> valueNames() {
        return java.util.Set.of("ExitStack");
    }

    /** ExitStack, the class Lib/contextlib.py defines, made on first read; the module keeps it. */
    @Override
    PyObject value(String attr) {
        return attr.equals("ExitStack") ? libraryValue(attr, () -> ExitStacks.define(in, in.builtinImpl)) : null;
    }

    private PyObject twice(PyObject func) {
        heap.incref(func);
        heap.incref(func);
        return func;
    }

    /** A new reference to a tuple of the arguments. */
    private PyObject tuple(List<PyObject> args) {
        if (args.isEmpty()) return heap.newRef(v.emptyTuple);
        for (PyObject a : args) heap.incref(a);
        return heap.alloc(new PyTuple(args.toArray(new PyObject[0])));
    }

    private static PyObject single(String cls, String param, List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() != 1) {
            throw new PyRaise("TypeError", args.isEmpty() ? cls + ".__init__() missing 1 required positional argument: '" + param + "'"
                    : cls + ".__init__() takes 2 positional arguments but " + (args.size() + 1) + " were given");
        }
        return args.get(0);
    }

    private PyObject make(String kind, String attr, PyObject value) {
        return heap.alloc(new PyContextManager(kind, new String[] {attr}, new PyObject[] {value}));
    }
}
