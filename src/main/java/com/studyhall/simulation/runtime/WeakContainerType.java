package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * WeakValueDictionary, WeakKeyDictionary and WeakSet: the mapping and set protocols over the
 * container's data dict, reading through its weak references. Dead entries are gone already
 * (the references' callback removed them), so the lengths are the data dict's.
 */
final class WeakContainerType extends BuiltinType {
    WeakContainerType(Interpreter in) {
        super("weakref.WeakContainer", null, in);
        method("get", (self, args, kw) -> {
            Args.count("get", args, 1, 2);
            PyObject found = lookup((PyWeakContainer) self, args.get(0));
            return found != null ? heap.newRef(found) : heap.newRef(args.size() > 1 ? args.get(1) : v.none);
        });
        method("keys", (self, args, kw) -> list(self, 0));
        method("values", (self, args, kw) -> list(self, 1));
        method("items", (self, args, kw) -> list(self, 2));
        method("add", (self, args, kw) -> {
            PyWeakContainer c = (PyWeakContainer) self;
            if (findByReferent(c, args.get(0)) == null) link(c, args.get(0), v.none);
            return v.none;
        });
        method("discard", (self, args, kw) -> {
            PyObject[] e = findByReferent((PyWeakContainer) self, args.get(0));
            if (e != null) drop((PyWeakContainer) self, e[0]);
            return v.none;
        });
        method("remove", (self, args, kw) -> {
            PyObject[] e = findByReferent((PyWeakContainer) self, args.get(0));
            if (e == null) throw new PyRaise("KeyError", ops().repr(args.get(0)));
            drop((PyWeakContainer) self, e[0]);
            return v.none;
        });
    }

    /** The entry of a weak-keyed container whose weak reference points to item (a ref compares its referents). */
    private PyObject[] findByReferent(PyWeakContainer c, PyObject item) {
        for (PyObject[] e : c.data.entries()) {
            PyObject target = ((PyWeakref) e[0]).referent;
            if (target != null && ops().sameOrEqual(target, item)) return e;
        }
        return null;
    }

    /** The value stored for key (borrowed), or null. */
    private PyObject lookup(PyWeakContainer c, PyObject key) {
        if (c.weakValues()) {
            PyObject ref = c.data.get(key);
            return ref == null ? null : ((PyWeakref) ref).referent;
        }
        PyObject[] e = findByReferent(c, key);
        return e == null ? null : e[1];
    }

    /** Stores a weak reference to target (with the container's _remove as callback) as a data key, with value. */
    private void link(PyWeakContainer c, PyObject target, PyObject value) {
        PyWeakref ref = heap.alloc(new PyWeakref(target, heap.newRef(c.remover)));
        WeakrefModule.link(target, ref);
        builtins().put(c.data, ref, heap.newRef(value));
    }

    private void drop(PyWeakContainer c, PyObject key) {
        PyObject[] e = c.data.remove(key);
        heap.decref(e[0]);
        heap.decref(e[1]);
    }

    @Override
    void setItem(PyObject o, PyObject key, PyObject value) {
        PyWeakContainer c = (PyWeakContainer) o;
        try {
            if (c.weakValues()) {
                WeakrefModule.requireWeakrefable(value);
                PyKeyedRef ref = heap.alloc(new PyKeyedRef(value, heap.newRef(c.remover), heap.newRef(key)));
                WeakrefModule.link(value, ref);
                builtins().put(c.data, heap.newRef(key), ref);
                return;
            }
            PyObject[] e = findByReferent(c, key);
            if (e != null) {
                PyObject old = e[1];
                e[1] = heap.newRef(value);
                heap.decref(old);
                return;
            }
            WeakrefModule.requireWeakrefable(key);
            link(c, key, value);
        } finally {
            heap.decref(value);
        }
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyObject found = lookup((PyWeakContainer) o, key);
        if (found == null) throw new PyRaise("KeyError", ops().repr(key));
        return heap.newRef(found);
    }

    @Override
    void delItem(PyObject o, PyObject key) {
        PyWeakContainer c = (PyWeakContainer) o;
        PyObject[] e = c.weakValues() ? (c.data.get(key) == null ? null : new PyObject[] {key}) : findByReferent(c, key);
        if (e == null) throw new PyRaise("KeyError", ops().repr(key));
        drop(c, e[0]);
    }

    @Override
    long len(PyObject o) {
        return ((PyWeakContainer) o).data.map.size();
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return lookup((PyWeakContainer) container, item) != null;
    }

    @Override
    PyObject iter(PyObject o) {
        PyObject keys = list(o, 0);
        try {
            return builtins().getIter(keys);
        } finally {
            heap.decref(keys);
        }
    }

    @Override
    List<PyObject> items(PyObject o) {
        PyList keys = (PyList) list(o, 0);
        builtins().scratch.add(keys);
        return keys.items;
    }

    /** A new list of the live keys (0), values (1) or (key, value) pairs (2); a WeakSet's keys are its items. */
    private PyObject list(PyObject o, int what) {
        PyWeakContainer c = (PyWeakContainer) o;
        ArrayList<PyObject> out = new ArrayList<>();
        for (PyObject[] e : c.data.entries()) {
            PyObject key = c.weakValues() ? e[0] : ((PyWeakref) e[0]).referent;
            PyObject value = c.weakValues() ? ((PyWeakref) e[1]).referent : e[1];
            if (key == null || value == null) continue;
            out.add(switch (what) {
                case 0 -> heap.newRef(key);
                case 1 -> heap.newRef(value);
                default -> heap.alloc(new PyTuple(new PyObject[] {heap.newRef(key), heap.newRef(value)}));
            });
        }
        return heap.alloc(new PyList(out, out.size()));
    }

    @Override
    String repr(PyObject o) {
        return "<" + o.typeName() + " at " + Reprs.address(o) + ">";
    }

    /** The containers' _remove: deletes the entry of the weak reference that just died, if the container still exists. */
    static final class RemoverType extends BuiltinType {
        RemoverType(Interpreter in) {
            super("function", null, in);
        }

        @Override
        PyObject call(PyObject o, List<PyObject> args, java.util.Map<String, PyObject> kwargs) {
            PyWeakContainer c = ((PyWeakRemover) o).owner;
            PyObject wr = args.isEmpty() ? null : args.get(0);
            if (c == null || c.data == null || wr == null) return v.none;
            PyObject key = wr instanceof PyKeyedRef k ? k.key : wr;
            PyObject stored = c.data.get(key);
            // _atomic_removal: a KeyedRef's entry goes only if it still holds this very reference.
            if (stored != null && (!(wr instanceof PyKeyedRef) || stored == wr)) {
                PyObject[] e = c.data.remove(key);
                heap.decref(e[0]);
                heap.decref(e[1]);
            }
            return v.none;
        }

        @Override
        String repr(PyObject o) {
            return "<function WeakValueDictionary.__init__.<locals>.remove at " + Reprs.address(o) + ">";
        }
    }
}
