package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;
import java.util.Map;

/**
 * weakref.ProxyType and CallableProxyType: every slot unwraps the proxy (Objects/weakrefobject.c's
 * UNWRAP) and asks the referent's type; a dead proxy raises ReferenceError.
 */
final class ProxyType extends BuiltinType {
    ProxyType(Interpreter in) {
        super("weakref.ProxyType", null, in);
    }

    static PyObject live(PyObject proxy) {
        PyObject o = ((PyProxy) proxy).referent;
        if (o == null) throw new PyRaise("ReferenceError", "weakly-referenced object no longer exists");
        return o;
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyProxy ? live(o) : o;
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        return in.getAttr(live(o), attr);
    }

    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        PyObject target;
        try {
            target = live(o);
        } catch (PyRaise dead) {
            heap.decref(value);
            throw dead;
        }
        in.setAttr(target, attr, value);
        return true;
    }

    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyObject target = live(o);
        if (!((PyProxy) o).callable) throw new PyRaise("TypeError", "'weakref.ProxyType' object is not callable");
        return builtins().callBorrowed(target, args, kwargs);
    }

    @Override
    String repr(PyObject o) {
        PyObject target = ((PyProxy) o).referent;
        if (target == null) return "<weakproxy at " + Reprs.address(o) + "; dead>";
        return "<weakproxy at " + Reprs.address(o) + "; to '" + Ops.qualifiedType(target) + "' at " + Reprs.address(target) + ">";
    }

    @Override
    String str(PyObject o) {
        return ops().str(live(o));
    }

    @Override
    boolean truthy(PyObject o) {
        return ops().truthy(live(o));
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return ops().eq(live(a), unwrap(b));
    }

    @Override
    long len(PyObject o) {
        return builtins().len(live(o));
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        return builtins().getItem(live(o), key);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return builtins().contains(live(container), item);
    }

    @Override
    PyObject iter(PyObject o) {
        return builtins().getIter(live(o));
    }

    /**
     * What sorted(p), sum(p), tuple(p), str.join... read: a proxy is no list or tuple, so CPython
     * goes through proxy_iter, the referent's iterator (held while it runs); scratch owns the items.
     */
    @Override
    List<PyObject> items(PyObject o) {
        return IterType.drainAndRelease(builtins(), heap, iter(o));
    }

    // The number slots and richcompare (proxy_add..., proxy_richcompare): both operands unwrapped,
    // then the operation between the referents, whose errors name the referents' types.

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        return ops().binary(op, live(a), unwrap(b));
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return ops().binary(op, unwrap(a), live(b));
    }

    /** proxy_iadd...: the referent's in-place operation; its result (not the proxy) is what the name gets. */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        return ops().inplace(op, live(a), unwrap(b));
    }

    @Override
    PyObject unary(TokenType op, PyObject o) {
        return ops().unary(op, live(o));
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        return ops().order(op, live(a), unwrap(b));
    }
}
