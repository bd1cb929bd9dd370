package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * collections.ChainMap (Lib/collections/__init__.py): several mappings searched in turn. Lookups
 * go through the maps front to back; writes and deletions touch the first map only; iteration
 * follows the keys of a dict built from the maps taken last to first, as CPython's __iter__ does.
 */
final class ChainMapType extends BuiltinType {
    ChainMapType(Interpreter in) {
        super("ChainMap", null, in);
        method("get", (self, args, kw) -> {
            keywords("ChainMap.get", kw, "key", "default");
            positional("ChainMap.get", args, 1, 2);
            PyObject key = required(Args.get(args, kw, 0, "key"), "ChainMap.get", "key");
            PyObject fallback = Args.get(args, kw, 1, "default");
            // ChainMap.get: `self[key] if key in self else default`, so a defaultdict map is not filled.
            if (contains(self, key)) return getItem(self, key);
            return fallback != null ? heap.newRef(fallback) : v.none;
        });
        method("keys", (self, args, kw) -> view("KeysView", self, args, kw));
        method("values", (self, args, kw) -> view("ValuesView", self, args, kw));
        method("items", (self, args, kw) -> view("ItemsView", self, args, kw));
        method("new_child", (self, args, kw) -> newChild((PyChainMap) self, args, kw));
        method("copy", (self, args, kw) -> copy((PyChainMap) self, args, kw));
        method("__copy__", (self, args, kw) -> copy((PyChainMap) self, args, kw));
        method("pop", (self, args, kw) -> {
            keywords("ChainMap.pop", kw);
            required(args.isEmpty() ? null : args.get(0), "ChainMap.pop", "key");
            try {
                return builtins().callMethod(first((PyChainMap) self), "pop", args, Map.of());
            } catch (PyRaise e) {
                throw notInFirst(e, args.get(0));
            }
        });
        method("popitem", (self, args, kw) -> {
            keywords("ChainMap.popitem", kw);
            positional("ChainMap.popitem", args, 0, 0);
            try {
                return builtins().callMethod(first((PyChainMap) self), "popitem", args, Map.of());
            } catch (PyRaise e) {
                if (!e.type.equals("KeyError")) throw e;
                in.exceptions.discard(e);
                throw keyError("No keys found in the first mapping.");
            }
        });
        // MutableMapping.setdefault: `try: return self[key] except KeyError: self[key] = default`.
        method("setdefault", (self, args, kw) -> {
            keywords("MutableMapping.setdefault", kw, "key", "default");
            positional("MutableMapping.setdefault", args, 1, 2);
            PyObject key = required(Args.get(args, kw, 0, "key"), "MutableMapping.setdefault", "key");
            PyObject fallback = Args.get(args, kw, 1, "default");
            if (fallback == null) fallback = v.none;
            try {
                return getItem(self, key);
            } catch (PyRaise e) {
                if (!e.type.equals("KeyError")) throw e;
                in.exceptions.discard(e);
            }
            setItem(self, key, heap.newRef(fallback));
            return heap.newRef(fallback);
        });
        // MutableMapping.update(other=(), /, **kwds): each pair stored through self[key] = value (the first map).
        method("update", (self, args, kw) -> {
            positional("MutableMapping.update", args, 0, 1);
            PyObject target = first((PyChainMap) self);
            if (!args.isEmpty()) update(target, args.get(0));
            for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                PyObject key = v.str(e.getKey());
                try {
                    builtins().setItem(target, key, heap.newRef(e.getValue()));
                } finally {
                    heap.decref(key);
                }
            }
            return v.none;
        });
        method("clear", (self, args, kw) -> {
            keywords("ChainMap.clear", kw);
            positional("ChainMap.clear", args, 0, 0);
            return builtins().callMethod(first((PyChainMap) self), "clear", args, Map.of());
        });
    }

    /** The TypeError a Python function raises for a keyword it has no parameter for. */
    static void keywords(String qualname, Map<String, PyObject> kw, String... parameters) {
        for (String k : kw.keySet()) {
            if (!List.of(parameters).contains(k)) throw new PyRaise("TypeError", qualname + "() got an unexpected keyword argument '" + k + "'");
        }
    }

    /** A Python method's TypeError for too many positional arguments (self counted, as CPython counts it). */
    static void positional(String qualname, List<PyObject> args, int least, int most) {
        int given = args.size() + 1, max = most + 1;
        if (given <= max) return;
        String takes = max == 1 ? "1 positional argument" : least == most ? max + " positional arguments"
                : "from " + (least + 1) + " to " + max + " positional arguments";
        throw new PyRaise("TypeError", qualname + "() takes " + takes + " but " + given + " were given");
    }

    static PyObject required(PyObject arg, String qualname, String parameter) {
        if (arg == null) throw new PyRaise("TypeError", qualname + "() missing 1 required positional argument: '" + parameter + "'");
        return arg;
    }

    /** ChainMap(*maps): `self.maps = list(maps) or [{}]`. */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) {
            throw new PyRaise("TypeError", "ChainMap.__init__() got an unexpected keyword argument '" + kwargs.keySet().iterator().next() + "'");
        }
        ArrayList<PyObject> maps = new ArrayList<>();
        for (PyObject m : args) maps.add(heap.newRef(m));
        if (maps.isEmpty()) {
            // `list(maps) or [{}]`: the empty list(maps) is made and dropped before the default list.
            heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
            maps.add(heap.alloc(new PyDict()));
        }
        return heap.alloc(new PyChainMap(heap.alloc(new PyList(maps, maps.size()))));
    }

    private PyObject view(String kind, PyObject self, List<PyObject> args, Map<String, PyObject> kw) {
        String method = kind.equals("KeysView") ? "keys" : kind.equals("ValuesView") ? "values" : "items";
        keywords("Mapping." + method, kw);
        positional("Mapping." + method, args, 0, 0);
        heap.incref(self);
        return heap.alloc(new PyChainMapView(kind, (PyChainMap) self));
    }

    /** new_child(m=None, **kwargs): m (or the keywords as a dict) in front of the current maps. */
    private PyObject newChild(PyChainMap self, List<PyObject> args, Map<String, PyObject> kw) {
        positional("ChainMap.new_child", args, 0, 1);
        PyObject m = args.isEmpty() ? kw.get("m") : args.get(0);
        ArrayList<PyObject> front = new ArrayList<>();
        if (m == null || m instanceof PyNone) {
            PyDict d = heap.alloc(new PyDict());
            kw.forEach((k, value) -> {
                if (!k.equals("m")) builtins().put(d, v.str(k), heap.newRef(value));
            });
            front.add(d);
        } else {
            for (Map.Entry<String, PyObject> e : kw.entrySet()) {
                if (e.getKey().equals("m")) continue;
                PyObject key = v.str(e.getKey());
                try {
                    builtins().setItem(m, key, heap.newRef(e.getValue()));
                } finally {
                    heap.decref(key);
                }
            }
            front.add(heap.newRef(m));
        }
        return chainOf(front, self.maps.items);
    }

    /** copy(): `self.__class__(self.maps[0].copy(), *self.maps[1:])`. */
    private PyObject copy(PyChainMap self, List<PyObject> args, Map<String, PyObject> kw) {
        keywords("ChainMap.copy", kw);
        positional("ChainMap.copy", args, 0, 0);
        List<PyObject> maps = self.maps.items;
        PyObject head = builtins().callMethod(first(self), "copy", List.of(), Map.of());
        return chainOf(new ArrayList<>(List.of(head)), maps.subList(1, maps.size()));
    }

    /** A new ChainMap of the owned front maps followed by the borrowed rest (the list sized exactly). */
    private PyChainMap chainOf(ArrayList<PyObject> ownedFront, List<PyObject> rest) {
        for (PyObject m : List.copyOf(rest)) ownedFront.add(heap.newRef(m));
        if (ownedFront.isEmpty()) ownedFront.add(heap.alloc(new PyDict()));
        return heap.alloc(new PyChainMap(heap.alloc(new PyList(ownedFront, ownedFront.size()))));
    }

    /** self.maps[0], as the methods that write reach it (IndexError when a program emptied maps). */
    private PyObject first(PyChainMap self) {
        if (self.maps.items.isEmpty()) throw new PyRaise("IndexError", "list index out of range");
        return self.maps.items.get(0);
    }

    private PyRaise keyError(String message) {
        PyObject s = v.str(message);
        return PyRaise.withArg("KeyError", ops().repr(s), s);
    }

    /** A KeyError from the first map becomes ChainMap's own message; other errors pass through. */
    private PyRaise notInFirst(PyRaise e, PyObject key) {
        if (!e.type.equals("KeyError")) return e;
        in.exceptions.discard(e);
        return keyError("Key not found in the first mapping: " + ops().repr(key));
    }

    /**
     * The dict __iter__ builds: for each map from last to first, `d.update(dict.fromkeys(mapping))`.
     * A new dict the caller owns; its keys are the ChainMap's keys in iteration order.
     */
    PyDict keyDict(PyChainMap self) {
        PyDict d = heap.alloc(new PyDict());
        return filled(d, () -> {
            List<PyObject> maps = List.copyOf(self.maps.items);
            for (int i = maps.size() - 1; i >= 0; i--) {
                PyObject m = maps.get(i);
                List<PyObject> keys = m instanceof PyChainMap inner ? ownedKeys(inner) : null;
                try {
                    for (PyObject k : keys != null ? keys : builtins().iterate(m)) {
                        if (d.get(k) == null) builtins().put(d, heap.newRef(k), v.none);
                    }
                } finally {
                    if (keys != null) keys.forEach(heap::decref);
                }
            }
        });
    }

    /** The keys of a ChainMap in iteration order, each an owned reference. */
    List<PyObject> ownedKeys(PyChainMap self) {
        PyDict d = keyDict(self);
        List<PyObject> keys = new ArrayList<>();
        for (PyObject[] e : d.entries()) keys.add(heap.newRef(e[0]));
        heap.decref(d);
        return keys;
    }

    /** dict(cm), dict.update(cm): each key in iteration order, then cm[key]. */
    void copyInto(PyDict target, PyChainMap self) {
        for (PyObject k : ownedKeys(self)) {
            try {
                builtins().put(target, heap.newRef(k), getItem(self, k));
            } finally {
                heap.decref(k);
            }
        }
    }

    @Override
    long len(PyObject o) {
        PyDict d = keyDict((PyChainMap) o);
        long n = d.map.size();
        heap.decref(d);
        return n;
    }

    /** __bool__: `any(self.maps)`. */
    @Override
    boolean truthy(PyObject o) {
        for (PyObject m : List.copyOf(((PyChainMap) o).maps.items)) if (ops().truthy(m)) return true;
        return false;
    }

    /** __getitem__: the first map that has the key answers; __missing__ raises KeyError(key). */
    @Override
    PyObject getItem(PyObject o, PyObject key) {
        for (PyObject m : List.copyOf(((PyChainMap) o).maps.items)) {
            try {
                return builtins().getItem(m, key);
            } catch (PyRaise e) {
                if (!e.type.equals("KeyError")) throw e;
                in.exceptions.discard(e);
            }
        }
        throw PyRaise.withArg("KeyError", ops().repr(key), heap.newRef(key));
    }

    @Override
    PyObject slice(PyObject o, SliceValue slice) {
        throw new PyRaise("TypeError", "unhashable type: 'slice'");
    }

    @Override
    void setItem(PyObject o, PyObject key, PyObject value) {
        PyObject first;
        try {
            first = first((PyChainMap) o);
        } catch (PyRaise e) {
            heap.decref(value);
            throw e;
        }
        builtins().setItem(first, key, value);
    }

    @Override
    void delItem(PyObject o, PyObject key) {
        try {
            builtins().delItem(first((PyChainMap) o), key);
        } catch (PyRaise e) {
            throw notInFirst(e, key);
        }
    }

    /** __iter__: `iter(d)` over the dict of keys, which the iterator then keeps alive. */
    @Override
    PyObject iter(PyObject o) {
        PyDict d = keyDict((PyChainMap) o);
        try {
            return builtins().getIter(d);
        } finally {
            heap.decref(d);
        }
    }

    @Override
    List<PyObject> items(PyObject o) {
        // The keys are new references; until the statement ends they belong to the scratch list.
        List<PyObject> keys = ownedKeys((PyChainMap) o);
        builtins().scratch.addAll(keys);
        return keys;
    }

    /** __contains__: `any(key in m for m in self.maps)`. */
    @Override
    boolean contains(PyObject container, PyObject item) {
        for (PyObject m : List.copyOf(((PyChainMap) container).maps.items)) if (builtins().contains(m, item)) return true;
        return false;
    }

    @Override
    String recursionRepr(PyObject o) {
        return "...";
    }

    /** __repr__ (under reprlib.recursive_repr): the maps' reprs, comma separated. */
    @Override
    String repr(PyObject o) {
        StringBuilder sb = new StringBuilder("ChainMap(");
        List<PyObject> maps = List.copyOf(((PyChainMap) o).maps.items);
        for (int i = 0; i < maps.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(ops().repr(maps.get(i)));
        }
        return sb.append(')').toString();
    }

    /** Mapping.__eq__: `dict(self.items()) == dict(other.items())` against any mapping. */
    @Override
    boolean eq(PyObject a, PyObject b) {
        PyDict other = b instanceof PyChainMap c ? asDict(c) : PyInstance.bodyOf(b) instanceof PyDict d ? d : null;
        if (other == null) return false;
        PyDict mine = asDict((PyChainMap) a);
        try {
            return ops().eq(mine, other);
        } finally {
            heap.decref(mine);
            if (b instanceof PyChainMap) heap.decref(other);
        }
    }

    /** dict(c) as a new dict the caller owns. */
    PyDict asDict(PyChainMap c) {
        PyDict d = heap.alloc(new PyDict());
        return filled(d, () -> copyInto(d, c));
    }

    /** A new object the caller will own, once fill has run; released if fill raises. */
    private <T extends PyObject> T filled(T owned, Runnable fill) {
        try {
            fill.run();
        } catch (RuntimeException e) {
            heap.decref(owned);
            throw e;
        }
        return owned;
    }

    /** __or__: a copy whose first map is updated with the other mapping. */
    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (op != TokenType.PIPE || !isMapping(b)) return null;
        PyChainMap m = (PyChainMap) copy((PyChainMap) a, List.of(), Map.of());
        return filled(m, () -> update(m.maps.items.get(0), b));
    }

    /** __ror__: `m = dict(other)`, updated with each map from last to first, in a new ChainMap. */
    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        if (op != TokenType.PIPE || !isMapping(a)) return null;
        PyDict m = heap.alloc(new PyDict());
        filled(m, () -> {
            update(m, a);
            List<PyObject> maps = List.copyOf(((PyChainMap) b).maps.items);
            for (int i = maps.size() - 1; i >= 0; i--) update(m, maps.get(i));
        });
        return chainOf(new ArrayList<>(List.of(m)), List.of());
    }

    /** __ior__: the first map is updated in place. */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        if (op != TokenType.PIPE) return null;
        update(first((PyChainMap) a), b);
        return heap.newRef(a);
    }

    /** target.update(source) through the target's own update method. */
    private void update(PyObject target, PyObject source) {
        heap.decref(builtins().callMethod(target, "update", List.of(source), Map.of()));
    }

    /** isinstance(x, collections.abc.Mapping) for the mappings the engine has. */
    private static boolean isMapping(PyObject o) {
        return PyInstance.bodyOf(o) instanceof PyDict || o instanceof PyChainMap || o instanceof PyMappingProxy;
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyChainMap c = (PyChainMap) o;
        if (attr.equals("maps")) return heap.newRef(c.maps);
        // parents: `self.__class__(*self.maps[1:])`.
        if (attr.equals("parents")) return chainOf(new ArrayList<>(), c.maps.items.subList(Math.min(1, c.maps.items.size()), c.maps.items.size()));
        return null;
    }
}
