package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/** weakref.finalize objects: calling, peek(), detach(), and the alive and atexit attributes. */
final class FinalizeType extends BuiltinType {
    FinalizeType(Interpreter in) {
        super("finalize", null, in);
        method("__call__", (self, args, kw) -> finalizers().call(self));
        method("peek", (self, args, kw) -> finalizers().describe(self, false));
        method("detach", (self, args, kw) -> finalizers().describe(self, true));
    }

    /** The weakref module's registry (made after the types, so looked up when a program uses it). */
    private Finalizers finalizers() {
        return in.builtinImpl.finalizers();
    }

    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        // The weak reference's callback passes the reference: __call__(self, _=None).
        if (args.size() > 1 || !kwargs.isEmpty()) throw new PyRaise("TypeError", "finalize.__call__() takes from 1 to 2 positional arguments but " + (args.size() + 1) + " were given");
        return finalizers().call(o);
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        return switch (attr) {
            case "alive" -> v.bool(finalizers().alive(o));
            case "atexit" -> v.bool(finalizers().atexit(o));
            default -> null;
        };
    }

    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        if (!attr.equals("atexit")) return false;
        finalizers().setAtexit(o, ops().truthy(value));
        heap.decref(value);
        return true;
    }

    @Override
    String repr(PyObject o) {
        return "<finalize object at " + Reprs.address(o) + (finalizers().alive(o) ? "" : "; dead") + ">";
    }
}
