package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;
import java.util.Map;

/**
 * functools.cmp_to_key's K objects: calling the wrapper makes a key holding the object, and two
 * keys compare by calling the function on their objects and comparing its result with 0.
 */
final class KeyWrapperType extends BuiltinType {
    KeyWrapperType(Interpreter in) {
        super("functools.KeyWrapper", null, in);
    }

    /** cmp_to_key(mycmp): the wrapper, with no object. */
    PyObject wrap(PyObject cmp) {
        return heap.alloc(new PyKeyWrapper(heap.newRef(cmp), null));
    }

    /** keyobject_call: K(obj), reached through tp_call, so the caller packs obj into a tuple. */
    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject given = args.size() == 1 && kwargs.isEmpty() ? args.get(0) : args.isEmpty() && kwargs.size() == 1 ? kwargs.get("obj") : null;
        if (given == null) {
            int n = args.size() + kwargs.size();
            throw new PyRaise("TypeError", n == 0 ? "K() missing required argument 'obj' (pos 1)" : "K() takes at most 1 argument (" + n + " given)");
        }
        PyKeyWrapper wrapper = (PyKeyWrapper) o;
        return throughArgumentTuple(args, tuple -> heap.alloc(new PyKeyWrapper(heap.newRef(wrapper.cmp), heap.newRef(given))));
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return compare("==", a, b);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        return compare(op, a, b);
    }

    /** keyobject_richcompare: cmp(x, y) (vectorcall), then its result compared with 0 by the operator asked. */
    private boolean compare(String op, PyObject a, PyObject b) {
        if (!(b instanceof PyKeyWrapper other)) throw new PyRaise("TypeError", "other argument must be K instance");
        PyKeyWrapper self = (PyKeyWrapper) a;
        if (self.object == null || other.object == null) throw new PyRaise("AttributeError", "object");
        PyObject result = builtins().callValue(self.cmp, List.of(self.object, other.object));
        PyObject zero = v.integer(0);
        try {
            if (op.equals("==")) return ops().operatorEquals(result, zero, false);
            return ops().order(op, result, zero);
        } finally {
            heap.decref(zero);
            heap.decref(result);
        }
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        if (!attr.equals("obj")) return null;
        PyKeyWrapper k = (PyKeyWrapper) o;
        return heap.newRef(k.object == null ? v.none : k.object);
    }
}
