package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/** operator.methodcaller: calling one reads the method from its argument and calls it with the frozen arguments. */
final class MethodCallerType extends BuiltinType {
    MethodCallerType(Interpreter in) {
        super("operator.methodcaller", null, in);
    }

    /**
     * methodcaller(name, /, *args, **kwargs): the interned name, the rest of the argument tuple
     * (a slice: the empty tuple when nothing is frozen) and the call's keyword dict itself (methodcaller_new).
     */
    PyObject construct(PyTuple argTuple, Map<String, PyObject> kwargs) {
        List<PyObject> args = List.of(argTuple.items);
        if (args.isEmpty()) throw new PyRaise("TypeError", "methodcaller needs at least one argument, the method name");
        if (!(args.get(0) instanceof PyStr name)) throw new PyRaise("TypeError", "method name must be a string");
        PyDict kwds = null;
        if (!kwargs.isEmpty()) {
            kwds = heap.alloc(new PyDict());
            for (Map.Entry<String, PyObject> e : kwargs.entrySet()) builtins().put(kwds, v.intern(e.getKey()), heap.newRef(e.getValue()));
        }
        PyTuple frozen;
        if (args.size() == 1) {
            frozen = (PyTuple) heap.newRef(v.emptyTuple);
        } else {
            PyObject[] rest = args.subList(1, args.size()).toArray(new PyObject[0]);
            for (PyObject a : rest) heap.incref(a);
            frozen = heap.alloc(new PyTuple(rest));
        }
        return heap.alloc(new PyMethodCaller(v.intern(name.value), frozen, kwds));
    }

    /** methodcaller_call: getattr(obj, name), then a call with the frozen arguments and keywords. */
    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "methodcaller() takes no keyword arguments");
        if (args.size() != 1) throw new PyRaise("TypeError", "methodcaller expected 1 argument, got " + args.size());
        // 3.11's methodcaller has no vectorcall: the caller's argument tuple holds the target during the call.
        return throughArgumentTuple(args, tuple -> callMethod((PyMethodCaller) o, tuple.items[0]));
    }

    private PyObject callMethod(PyMethodCaller mc, PyObject target) {
        PyObject method = in.getAttr(target, ((PyStr) mc.name).value);
        builtins().hold(method);
        try {
            return builtins().callBorrowed(method, List.of(mc.args.items), keywordMap(mc.kwds));
        } finally {
            builtins().unhold(method);
            heap.decref(method);
        }
    }

    @Override
    String repr(PyObject o) {
        PyMethodCaller mc = (PyMethodCaller) o;
        return callRepr(name, mc.name, mc.args.items, mc.kwds);
    }
}
