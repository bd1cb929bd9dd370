package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.List;
import java.util.Map;

/**
 * types.SimpleNamespace (Objects/namespaceobject.c): attributes read, set and deleted through the
 * namespace's dict (tp_dictoffset, PyObject_GenericGetAttr/SetAttr), `__dict__` a read-only member
 * that is that dict, == and ordering delegated to the two dicts, no hash (richcompare without one).
 */
final class NamespaceType extends BuiltinType {
    NamespaceType(Interpreter in) {
        super("types.SimpleNamespace", null, in);
    }

    /**
     * SimpleNamespace(**kwargs): no vectorcall in 3.11, so type_call runs through
     * _PyObject_MakeTpCall (the positional tuple counted, the keywords a real presized dict);
     * namespace_new makes the object and its empty dict, namespace_init checks the arguments and
     * merges the keywords into it with PyDict_Update.
     */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, args.size());
        PyDict given = null;
        try {
            if (!kwargs.isEmpty()) {
                given = heap.alloc(new PyDict());
                given.presize(kwargs.size(), true);
                for (var e : kwargs.entrySet()) builtins().put(given, v.intern(e.getKey()), heap.newRef(e.getValue()));
            }
            PyNamespace ns = heap.alloc(new PyNamespace(heap.alloc(new PyDict())));
            try {
                if (!args.isEmpty()) throw new PyRaise("TypeError", "no positional arguments expected");
                if (given != null) builtins().update(ns.dict, given);
            } catch (RuntimeException | Error e) {
                heap.decref(ns);
                throw e;
            }
            return ns;
        } finally {
            if (given != null) heap.decref(given);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, args.size());
        }
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyNamespace ns = (PyNamespace) o;
        if (attr.equals("__dict__")) return heap.newRef(ns.dict);
        PyObject own = ns.dict.getStr(attr);
        return own == null ? null : heap.newRef(own);
    }

    /** PyObject_GenericSetAttr into the namespace's dict; `__dict__` is a read-only member. Takes value's reference. */
    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        if (attr.equals("__dict__")) {
            heap.decref(value);
            throw new PyRaise("AttributeError", "readonly attribute");
        }
        builtins().put(((PyNamespace) o).dict, v.intern(attr), value);
        return true;
    }

    /** del ns.name: the entry's value (a new reference for the caller to release); null when there is none. */
    PyObject remove(PyNamespace ns, String attr) {
        if (attr.equals("__dict__")) throw new PyRaise("AttributeError", "readonly attribute");
        PyObject[] e = ns.dict.remove(v.intern(attr));
        if (e == null) return null;
        heap.decref(e[0]);
        return e[1];
    }

    @Override
    String recursionRepr(PyObject o) {
        return "namespace(...)";
    }

    /**
     * namespace_repr: `name=repr` for each non-empty str key in the dict's order, through a list
     * of the pairs, the dict's key list and its iterator (made and freed within the repr).
     */
    @Override
    String repr(PyObject o) {
        PyDict d = ((PyNamespace) o).dict;
        heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        heap.incref(d);
        try {
            StringBuilder s = new StringBuilder("namespace(");
            boolean first = true;
            for (PyObject[] e : d.entries()) {
                if (!(e[0] instanceof PyStr k) || k.value.isEmpty()) continue;
                if (!first) s.append(", ");
                first = false;
                s.append(k.value).append('=').append(ops().repr(e[1]));
            }
            return s.append(')').toString();
        } finally {
            heap.decref(d);
            heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        }
    }

    /** namespace_richcompare: two namespaces compare their dicts; anything else is NotImplemented. */
    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyNamespace other && ops().eq(((PyNamespace) a).dict, other.dict);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        return b instanceof PyNamespace other ? ops().order(op, ((PyNamespace) a).dict, other.dict) : null;
    }
}
