package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;

/**
 * WeakValueDictionary, WeakKeyDictionary and WeakSet: the mapping and set protocols over the
 * container's data dict, reading through its weak references. Dead entries are gone already
 * (the references' callback removed them), so the lengths are the data dict's.
 */
final class WeakContainerType extends BuiltinType {
    final WeakSetAlgebra sets;

    WeakContainerType(Interpreter in) {
        super("weakref.WeakContainer", null, in);
        sets = new WeakSetAlgebra(this, in);
        sets.install();
        method("get", (self, args, kw) -> {
            // get(self, key, default=None), a Python function: both by position or by name.
            PyObject key = keyArgument((PyWeakContainer) self, "get", args, kw);
            PyObject given = Args.get(args, kw, 1, "default");
            requireKeyReference((PyWeakContainer) self, key);
            PyObject found = lookup((PyWeakContainer) self, key);
            return found != null ? heap.newRef(found) : heap.newRef(given != null ? given : v.none);
        });
        method("keys", (self, args, kw) -> list(self, 0));
        // The weak references themselves: keyrefs() is list(self.data), valuerefs() list(self.data.values());
        // itervaluerefs() is a generator in Lib/weakref.py, an iterator over the same list here.
        method("keyrefs", (self, args, kw) -> references(self, "WeakKeyDictionary", "keyrefs", true));
        method("valuerefs", (self, args, kw) -> references(self, "WeakValueDictionary", "valuerefs", false));
        method("itervaluerefs", (self, args, kw) -> iterator(references(self, "WeakValueDictionary", "itervaluerefs", false)));
        method("values", (self, args, kw) -> list(self, 1));
        method("items", (self, args, kw) -> list(self, 2));
        method("add", (self, args, kw) -> {
            Args.noKeywords("add", kw);
            addItem((PyWeakContainer) self, oneArgument(self, "add", "item", args));
            return v.none;
        });
        method("discard", (self, args, kw) -> {
            requireKeyReference((PyWeakContainer) self, args.get(0));
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
                sets.update(c, args.get(0));
                return v.none;
            }
            if (args.size() > 1) throw new PyRaise("TypeError", c.kind + ".update() takes from 1 to 2 positional arguments but " + (args.size() + 1) + " were given");
            updateMapping(c, args, kw);
            return v.none;
        });
        method("copy", (self, args, kw) -> {
            noArguments(self, "copy", args, kw);
            return copyOf((PyWeakContainer) self);
        });
        method("__copy__", (self, args, kw) -> {
            PyWeakContainer c = mapping(self, "__copy__");
            noArguments(self, "copy", args, kw);
            return copyOf(c);
        });
        method("clear", (self, args, kw) -> {
            PyWeakContainer c = (PyWeakContainer) self;
            noArguments(self, c.kind.equals("WeakKeyDictionary") ? "MutableMapping.clear" : "clear", args, kw);
            if (c.kind.equals("WeakKeyDictionary")) {
                // MutableMapping.clear: popitem() until KeyError, each result dropped at once (last entry first).
                while (!c.data.map.isEmpty()) heap.decref(popItem(c));
            } else {
                clearData(c);
            }
            return v.none;
        });
        method("popitem", (self, args, kw) -> {
            PyWeakContainer c = mapping(self, "popitem");
            noArguments(self, "popitem", args, kw);
            return popItem(c);
        });
        method("remove", (self, args, kw) -> {
            requireKeyReference((PyWeakContainer) self, args.get(0));
            PyObject[] e = findByReferent((PyWeakContainer) self, args.get(0));
            if (e == null) throw new PyRaise("KeyError", ops().repr(args.get(0)));
            drop((PyWeakContainer) self, e[0]);
            return v.none;
        });
    }

    @Override
    boolean lacksMethod(PyObject o, String methodName) {
        return o instanceof PyWeakContainer c && WeakContainerMembers.lacks(c.kind, methodName);
    }

    /** A new empty container: the instance, its _remove function and its data dict, as __init__ sets them. */
    PyWeakContainer allocate(String kind) {
        PyWeakContainer c = heap.alloc(new PyWeakContainer(kind));
        c.remover = heap.alloc(new PyWeakRemover(c));
        c.data = heap.alloc(new PyDict());
        return c;
    }

    /**
     * copy(): a new container of the same kind with the live entries, in order (WeakSet's is
     * WeakSet(self); the dictionaries store each live key and value again).
     */
    PyWeakContainer copyOf(PyWeakContainer c) {
        return filled(allocate(c.kind), result -> {
            for (PyObject[] e : new ArrayList<>(c.data.entries())) {
                PyObject key = c.weakValues() ? e[0] : ((PyWeakref) e[0]).referent;
                PyObject value = c.weakValues() ? ((PyWeakref) e[1]).referent : e[1];
                if (key == null || value == null) continue;
                if (c.kind.equals("WeakSet")) addItem(result, key);
                else setItem(result, key, heap.newRef(value));
            }
        });
    }

    /** A new container filled by fill, released if filling it raises. */
    PyWeakContainer filled(PyWeakContainer result, java.util.function.Consumer<PyWeakContainer> fill) {
        try {
            fill.accept(result);
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** WeakSet.add: ref(item, self._remove) is made first (CPython's TypeError for an int), then stored if new. */
    void addItem(PyWeakContainer c, PyObject item) {
        WeakrefModule.requireWeakrefable(item);
        if (findByReferent(c, item) == null) link(c, item, v.none);
    }

    /** data.clear(): the entries released first to last. */
    void clearData(PyWeakContainer c) {
        List<PyObject[]> old = new ArrayList<>(c.data.entries());
        c.data.map.clear();
        for (PyObject[] e : old) {
            heap.decref(e[0]);
            heap.decref(e[1]);
        }
    }

    /**
     * popitem(): data.popitem() (the last entry) until one whose weak side is alive, as a new
     * (key, value) tuple; an empty data dict is dict.popitem's KeyError.
     */
    private PyObject popItem(PyWeakContainer c) {
        while (true) {
            if (c.data.map.isEmpty()) throw new PyRaise("KeyError", "'popitem(): dictionary is empty'");
            PyObject[] last = null;
            for (PyObject[] e : c.data.entries()) last = e;
            PyObject key = c.weakValues() ? last[0] : ((PyWeakref) last[0]).referent;
            PyObject value = c.weakValues() ? ((PyWeakref) last[1]).referent : last[1];
            PyObject result = key == null || value == null ? null
                    : heap.alloc(new PyTuple(new PyObject[] {heap.newRef(key), heap.newRef(value)}));
            drop(c, last[0]);
            if (result != null) return result;
        }
    }

    /** update(other=None, /, **kw) of the weak dictionaries: other's pairs, then the keywords. */
    void updateMapping(PyWeakContainer c, List<PyObject> args, java.util.Map<String, PyObject> kw) {
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
    }

    /** A Python-level method without parameters: any argument is its TypeError. */
    private static void noArguments(PyObject self, String name, List<PyObject> args, java.util.Map<String, PyObject> kw) {
        String qualified = (name.contains(".") ? name : ((PyWeakContainer) self).kind + "." + name) + "()";
        if (!kw.isEmpty()) throw new PyRaise("TypeError", qualified + " got an unexpected keyword argument '" + kw.keySet().iterator().next() + "'");
        if (!args.isEmpty()) throw new PyRaise("TypeError", qualified + " takes 1 positional argument but " + (args.size() + 1) + " were given");
    }

    /** The one positional parameter of a Python-level method. */
    private static PyObject oneArgument(PyObject self, String name, String parameter, List<PyObject> args) {
        String qualified = ((PyWeakContainer) self).kind + "." + name + "()";
        if (args.isEmpty()) throw new PyRaise("TypeError", qualified + " missing 1 required positional argument: '" + parameter + "'");
        if (args.size() > 1) throw new PyRaise("TypeError", qualified + " takes 2 positional arguments but " + (args.size() + 1) + " were given");
        return args.get(0);
    }

    /**
     * copy.copy: the dictionaries' __copy__ is copy(); a WeakSet has none, so object.__reduce_ex__(4)
     * makes a new WeakSet whose __dict__ is the original's: the same _remove and the same data set.
     */
    PyObject shallowCopy(PyWeakContainer c) {
        if (!c.kind.equals("WeakSet")) return copyOf(c);
        PyWeakContainer y = heap.alloc(new PyWeakContainer("WeakSet"));
        y.remover = heap.newRef(c.remover);
        y.data = (PyDict) heap.newRef(c.data);
        return y;
    }

    /** A new list of the data dict's keys (the weak references to the keys) or values (the KeyedRefs). */
    private PyObject references(PyObject self, String kind, String name, boolean keys) {
        PyWeakContainer c = (PyWeakContainer) self;
        if (!c.kind.equals(kind)) throw new PyRaise("AttributeError", "'" + c.kind + "' object has no attribute '" + name + "'");
        ArrayList<PyObject> out = new ArrayList<>();
        for (PyObject[] e : c.data.entries()) out.add(heap.newRef(keys ? e[0] : e[1]));
        return heap.alloc(new PyList(out, out.size()));
    }

    private PyObject iterator(PyObject list) {
        try {
            return builtins().getIter(list);
        } finally {
            heap.decref(list);
        }
    }

    /**
     * WeakKeyDictionary's get, [], del and WeakSet's remove and discard look up ref(key): a key that
     * takes no weak reference is that TypeError (where `in` answers False).
     */
    private static void requireKeyReference(PyWeakContainer c, PyObject key) {
        if (!c.weakValues()) WeakrefModule.requireWeakrefable(key);
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
        // WeakValueDictionary.pop(key, *args) ignores arguments past the default; WeakKeyDictionary's is data.pop(ref(key), *args).
        if (args.size() > 2 && !c.weakValues()) throw new PyRaise("TypeError", "pop expected at most 2 arguments, got " + (args.size() - 1));
        if (!c.weakValues()) WeakrefModule.requireWeakrefable(key);
        PyObject[] e = c.weakValues() ? (c.data.get(key) == null ? null : new PyObject[] {key}) : findByReferent(c, key);
        if (e == null) {
            if (args.size() > 1) return heap.newRef(args.get(1));
            throw missing(c, key);
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
        if (other instanceof PyWeakContainer w && !w.kind.equals("WeakSet")) {
            PyList items = (PyList) list(w, 2);
            builtins().scratch.add(items);
            for (PyObject t : items.items) out.add(((PyTuple) t).items.clone());
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
    PyObject[] findByReferent(PyWeakContainer c, PyObject item) {
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

    void drop(PyWeakContainer c, PyObject key) {
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
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        PyWeakContainer c = (PyWeakContainer) a;
        if (c.kind.equals("WeakSet")) return sets.binary(op, c, b);
        // WeakValueDictionary.__or__: a copy updated with another mapping; NotImplemented otherwise.
        if (op != TokenType.PIPE || !isMapping(b)) return null;
        return filled(copyOf(c), result -> updateMapping(result, List.of(b), java.util.Map.of()));
    }

    /** __ror__ of the weak dictionaries: a new one updated with the other mapping, then with this one. */
    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        PyWeakContainer c = (PyWeakContainer) b;
        if (c.kind.equals("WeakSet") || op != TokenType.PIPE || !isMapping(a)) return null;
        return filled(allocate(c.kind), result -> {
            updateMapping(result, List.of(a), java.util.Map.of());
            updateMapping(result, List.of(c), java.util.Map.of());
        });
    }

    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        PyWeakContainer c = (PyWeakContainer) a;
        if (c.kind.equals("WeakSet")) return sets.inplace(op, c, b);
        if (op != TokenType.PIPE) return null;
        updateMapping(c, List.of(b), java.util.Map.of());
        return heap.newRef(c);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        PyWeakContainer c = (PyWeakContainer) a;
        return c.kind.equals("WeakSet") ? sets.order(op, c, b) : null;
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        PyWeakContainer c = (PyWeakContainer) a;
        return c.kind.equals("WeakSet") && sets.eq(c, b);
    }

    /** isinstance(other, collections.abc.Mapping) for the objects the lab makes. */
    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o instanceof PyWeakContainer w && !w.kind.equals("WeakSet");
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        requireKeyReference((PyWeakContainer) o, key);
        PyObject found = lookup((PyWeakContainer) o, key);
        if (found == null) throw missing((PyWeakContainer) o, key);
        return heap.newRef(found);
    }

    @Override
    void delItem(PyObject o, PyObject key) {
        PyWeakContainer c = (PyWeakContainer) o;
        requireKeyReference(c, key);
        PyObject[] e = c.weakValues() ? (c.data.get(key) == null ? null : new PyObject[] {key}) : findByReferent(c, key);
        if (e == null) throw missing(c, key);
        drop(c, e[0]);
    }

    /**
     * A missing key's KeyError. A WeakValueDictionary's carries the key itself (its data dict's, or
     * its own KeyError(key) for a dead value), so str(e) is the key's repr and e.args[0] the key. A
     * WeakKeyDictionary's carries ref(key) in CPython, whose str has addresses: the lab keeps the repr of the key.
     */
    private PyRaise missing(PyWeakContainer c, PyObject key) {
        return c.weakValues() ? PyRaise.withArg("KeyError", ops().repr(key), heap.newRef(key)) : new PyRaise("KeyError", ops().repr(key));
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

    /** The dictionaries' repr names the class; a WeakSet's is repr(self.data), a set of weak references. */
    @Override
    String repr(PyObject o) {
        PyWeakContainer c = (PyWeakContainer) o;
        if (!c.kind.equals("WeakSet")) return "<" + o.typeName() + " at " + Reprs.address(o) + ">";
        if (c.data.map.isEmpty()) return "set()";
        List<String> parts = new ArrayList<>();
        for (PyObject[] e : c.data.entries()) parts.add(ops().repr(e[0]));
        return "{" + String.join(", ", parts) + "}";
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
