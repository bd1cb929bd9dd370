package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * The `helper` function @contextmanager returns: calling it runs
 * `_GeneratorContextManager(func, args, kwds)`, whose __init__ calls the generator function (the
 * body does not start) and keeps the call's argument tuple and keyword dict until __enter__.
 */
final class ContextManagerFactoryType extends BuiltinType {
    ContextManagerFactoryType(Interpreter in) {
        super("function", null, in);
    }

    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject func = ((PyContextManagerFactory) o).func;
        // helper(*args, **kwds): the frame's argument tuple and keyword dict.
        for (PyObject a : args) heap.incref(a);
        PyObject argTuple = args.isEmpty() ? heap.newRef(v.emptyTuple) : heap.alloc(new PyTuple(args.toArray(new PyObject[0])));
        PyDict kwds = heap.alloc(new PyDict());
        for (Map.Entry<String, PyObject> e : kwargs.entrySet()) builtins().put(kwds, v.intern(e.getKey()), heap.newRef(e.getValue()));
        try {
            // _GeneratorContextManager(func, args, kwds): a class call, through its own argument tuple.
            return throughArgumentTuple(List.of(func, argTuple, kwds), t -> {
                PyObject gen = callWithMergedKeywords(func, args, kwargs);
                PyObject doc = in.getAttr(func, "__doc__");
                return heap.alloc(new PyContextManager("_GeneratorContextManager", new String[] {"gen", "func", "args", "kwds", "__doc__"},
                        new PyObject[] {gen, heap.newRef(func), heap.newRef(argTuple), heap.newRef(kwds), doc}));
            });
        } finally {
            heap.decref(argTuple);
            heap.decref(kwds);
        }
    }

    /** `func(*args, **kwds)` in __init__: the compiler merges **kwds into a new dict (BUILD_MAP, DICT_MERGE) for the call. */
    private PyObject callWithMergedKeywords(PyObject func, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyDict merged = heap.alloc(new PyDict());
        for (Map.Entry<String, PyObject> e : kwargs.entrySet()) builtins().put(merged, v.intern(e.getKey()), heap.newRef(e.getValue()));
        builtins().hold(merged);
        // PyObject_Call with keywords unpacks the dict for vectorcall: a tuple of the keyword names (_PyStack_UnpackDict).
        PyObject kwnames = null;
        if (!kwargs.isEmpty()) {
            PyObject[] names = kwargs.keySet().stream().map(v::intern).toArray(PyObject[]::new);
            kwnames = heap.alloc(new PyTuple(names));
            builtins().hold(kwnames);
        }
        try {
            return builtins().callBorrowed(func, args, kwargs);
        } finally {
            if (kwnames != null) {
                builtins().unhold(kwnames);
                heap.decref(kwnames);
            }
            builtins().unhold(merged);
            heap.decref(merged);
        }
    }

    /** functools.wraps copied the generator function's names and docstring, and set __wrapped__. */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyObject func = ((PyContextManagerFactory) o).func;
        return switch (attr) {
            case "__wrapped__" -> heap.newRef(func);
            case "__name__", "__qualname__", "__doc__", "__module__" -> in.getAttr(func, attr);
            default -> null;
        };
    }

    @Override
    String repr(PyObject o) {
        PyObject name = in.getAttr(((PyContextManagerFactory) o).func, "__qualname__");
        try {
            return "<function " + ((PyStr) name).value + " at " + Reprs.address(o) + ">";
        } finally {
            heap.decref(name);
        }
    }
}
