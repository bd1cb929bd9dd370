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
        method("setdefault", (self, args, kw) -> {
            PyWeakContainer c = mapping(self, "setdefault");
            PyObject key = keyArgument(c, "setdefault", args, kw);
            PyObject given = Args.get(args, kw, 1, "default");
            PyObject value = given == null ? v.none : given;
            PyObject found = lookup(c, key);
            if (found != null) return heap.newRef(found);
            // Lib/weakref.py: data.setdefault(ref(key, _remove), default), or data[key] = KeyedRef(default, ...).
            if (c.weakValues()) setItem(c, key, heap.newRef(value));
            else {
                WeakrefModule.requireWeakrefable(key);
                link(c, key, value);
            }
            return heap.newRef(value);
        });
        method("pop", (self, args, kw) -> {
            PyWeakContainer c = (PyWeakContainer) self;
            if (!c.kind.equals("WeakSet")) return popKey(c, args, kw);
            Args.count("pop", args, 0, 0);
            for (PyObject[] e : c.data.entries()) {
                PyObject item = ((PyWeakref) e[0]).referent;
                if (item == null) continue;
                PyObject result = heap.newRef(item);
                drop(c, e[0]);
                return result;
            }
            throw new PyRaise("KeyError", "'pop from empty WeakSet'");
        });
        method("update", (self, args, kw) -> {
            PyWeakContainer c = (PyWeakContainer) self;
            if (c.kind.equals("WeakSet")) {
                Args.noKeywords("update", kw);
                Args.count("update", args, 1, 1);
                for (PyObject item : new ArrayList<>(builtins().iterate(args.get(0)))) {
                    if (findByReferent(c, item) == null) {
                        WeakrefModule.requireWeakrefable(item);
                        link(c, item, v.none);
                    }
                }
                return v.none;
            }
            if (args.size() > 1) throw new PyRaise("TypeError", c.kind + ".update() takes from 1 to 2 positional arguments but " + (args.size() + 1) + " were given");
            if (!args.isEmpty() && args.get(0) != v.none) {
                for (PyObject[] pair : pairs(args.get(0))) setItem(c, pair[0], heap.newRef(pair[1]));
            }
            for (var e : kw.entrySet()) {
                PyObject key = v.str(e.getKey());
                try {
                    setItem(c, key, heap.newRef(e.getValue()));
                } finally {
                    heap.decref(key);
                }
            }
            return v.none;
        });
        method("remove", (self, args, kw) -> {
            PyObject[] e = findByReferent((PyWeakContainer) self, args.get(0));
            if (e == null) throw new PyRaise("KeyError", ops().repr(args.get(0)));
            drop((PyWeakContainer) self, e[0]);
            return v.none;
        });
    }

    /** A weak dictionary's own method: a WeakSet has none of that name (CPython's AttributeError). */
    private PyWeakContainer mapping(PyObject self, String name) {
        PyWeakContainer c = (PyWeakContainer) self;
        if (c.kind.equals("WeakSet")) throw new PyRaise("AttributeError", "'WeakSet' object has no attribute '" + name + "'");
        return c;
    }

    /** The key argument of a Lib/weakref.py method (a Python function: a missing one is its TypeError). */
    private static PyObject keyArgument(PyWeakContainer c, String name, List<PyObject> args, java.util.Map<String, PyObject> kw) {
        PyObject key = Args.get(args, kw, 0, "key");
        if (key == null) throw new PyRaise("TypeError", c.kind + "." + name + "() missing 1 required positional argument: 'key'");
        return key;
    }

    /**
     * pop(key[, default]) of the weak dictionaries: WeakKeyDictionary's data.pop(ref(key), *args) (so a key that
     * cannot be weakly referenced is a TypeError even with a default), WeakValueDictionary's data.pop(key).
     */
    private PyObject popKey(PyWeakContainer c, List<PyObject> args, java.util.Map<String, PyObject> kw) {
        Args.noKeywords("pop", kw);
        PyObject key = keyArgument(c, "pop", args, kw);
        if (args.size() > 2) throw new PyRaise("TypeError", "pop expected at most 2 arguments, got " + (args.size() - 1));
        if (!c.weakValues()) WeakrefModule.requireWeakrefable(key);
        PyObject[] e = c.weakValues() ? (c.data.get(key) == null ? null : new PyObject[] {key}) : findByReferent(c, key);
        if (e == null) {
            if (args.size() > 1) return heap.newRef(args.get(1));
            throw new PyRaise("KeyError", ops().repr(key));
        }
        PyObject result = heap.newRef(lookup(c, key));
        drop(c, e[0]);
        return result;
    }

    /** The (key, value) pairs of update's argument: a dict's items, or an iterable of pairs as dict(other) takes them (borrowed). */
    private List<PyObject[]> pairs(PyObject other) {
        List<PyObject[]> out = new ArrayList<>();
        if (other instanceof PyDict d) {
            for (PyObject[] e : d.entries()) out.add(new PyObject[] {e[0], e[1]});
            return out;
        }
        List<PyObject> items = builtins().iterate(other);
        for (int i = 0; i < items.size(); i++) {
            PyObject item = items.get(i);
            List<PyObject> pair = item instanceof PyTuple || item instanceof PyList ? builtins().iterate(item) : null;
            if (pair == null) throw new PyRaise("TypeError", "cannot convert dictionary update sequence element #" + i + " to a sequence");
            if (pair.size() != 2) throw new PyRaise("ValueError", "dictionary update sequence element #" + i + " has length " + pair.size() + "; 2 is required");
            out.add(new PyObject[] {pair.get(0), pair.get(1)});
        }
        return out;
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
