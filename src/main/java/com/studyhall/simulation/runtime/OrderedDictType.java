package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * collections.OrderedDict: a dict whose order a program can change (move_to_end, popitem from
 * either end) and whose == with another OrderedDict compares the order too.
 */
final class OrderedDictType extends DictType {
    OrderedDictType(DictType dict, Interpreter in) {
        super("OrderedDict", dict, in);
        method("popitem", (self, args, kw) -> {
            boolean last = flag(args, kw, "popitem", "last");
            PyDict d = (PyDict) PyInstance.bodyOf(self);
            List<PyObject[]> entries = d.entries();
            if (entries.isEmpty()) throw new PyRaise("KeyError", "'dictionary is empty'");
            PyObject[] e = d.remove(entries.get(last ? entries.size() - 1 : 0)[0]);
            return heap.alloc(new PyTuple(new PyObject[] {e[0], e[1]}));
        });
        method("move_to_end", (self, args, kw) -> {
            if (args.isEmpty()) throw new PyRaise("TypeError", "move_to_end() missing required argument 'key' (pos 1)");
            boolean last = flag(args.subList(1, args.size()), kw, "move_to_end", "last");
            moveToEnd((PyDict) PyInstance.bodyOf(self), args.get(0), last);
            return v.none;
        });
        // MutableMapping.update (mutablemapping_update): a subclass's own __setitem__ takes each pair.
        Method dictUpdate = method("update");
        method("update", (self, args, kw) -> {
            if (args.size() > 1) throw new PyRaise("TypeError", "update() takes at most 1 positional argument (" + args.size() + " given)");
            if (!(self instanceof PyInstance)) return dictUpdate.call(self, args, kw);
            if (kw.isEmpty()) {
                builtins().slotWrappers.odictUpdate(self, args.isEmpty() ? null : args.get(0), kw);
                return v.none;
            }
            // The keywords arrive as a dict of their own (as the call builds it).
            PyDict given = heap.alloc(new PyDict());
            given.presize(kw.size(), true);
            for (var e : kw.entrySet()) builtins().put(given, v.intern(e.getKey()), heap.newRef(e.getValue()));
            builtins().hold(given);
            try {
                builtins().slotWrappers.odictUpdate(self, args.isEmpty() ? null : args.get(0), kw);
            } finally {
                builtins().unhold(given);
                heap.decref(given);
            }
            return v.none;
        });
        // odict_setdefault on a subclass's instance: PySequence_Contains, then PyObject_GetItem or PyObject_SetItem.
        Method dictSetdefault = method("setdefault");
        method("setdefault", (self, args, kw) -> {
            if (!(self instanceof PyInstance)) return dictSetdefault.call(self, args, kw);
            PyObject key = Args.get(args, kw, 0, "key");
            PyObject given = Args.get(args, kw, 1, "default");
            PyObject dv = given != null ? given : v.none;
            if (builtins().contains(self, key)) return builtins().getItem(self, key);
            if (((PyInstance) self).cls.lookup("__setitem__") instanceof PyFunction) {
                // PyObject_SetItem passes the borrowed default on: the subclass's __setitem__ sees no reference of the call's own.
                heap.decref(builtins().types.instances().special(self, "__setitem__", key, dv));
            } else {
                builtins().slotWrappers.setItemHeld(self, key, heap.newRef(dv));
            }
            return heap.newRef(dv);
        });
        method("copy", (self, args, kw) -> {
            Args.count("copy", args, 0, 0);
            if (self instanceof PyInstance i) return subclassCopy(i);
            PyOrderedDict c = heap.alloc(new PyOrderedDict(heap));
            for (PyObject[] e : ((PyDict) PyInstance.bodyOf(self)).entries()) builtins().put(c, heap.newRef(e[0]), heap.newRef(e[1]));
            return c;
        });
    }

    /**
     * odict_copy on a subclass's instance: the class called with no arguments, then each key's value
     * read with PyObject_GetItem and stored with PyObject_SetItem (the subclass's own methods), walking
     * the nodes from the first: a node the read moved to the end ends the walk there.
     */
    private PyObject subclassCopy(PyInstance self) {
        PyObject copy = builtins().callBorrowed(self.cls, List.of(), Map.of());
        try {
            PyDict d = (PyDict) self.body;
            List<PyObject[]> order = d.entries();
            PyObject key = order.isEmpty() ? null : order.get(0)[0];
            while (key != null) {
                PyObject held = heap.newRef(key);
                try {
                    builtins().hold(held);
                    PyObject value;
                    try {
                        value = builtins().getItem(self, held);
                    } finally {
                        builtins().unhold(held);
                    }
                    builtins().slotWrappers.setItemHeld(copy, held, value);
                    key = nextKey(d, held);
                } finally {
                    heap.decref(held);
                }
            }
        } catch (RuntimeException e) {
            heap.decref(copy);
            throw e;
        }
        return copy;
    }

    /** The key whose node follows key's now, null at the end (or when key is gone). */
    private static PyObject nextKey(PyDict d, PyObject key) {
        boolean found = false;
        for (PyObject[] e : d.entries()) {
            if (found) return e[0];
            if (e[0] == key) found = true;
        }
        return null;
    }

    private boolean flag(List<PyObject> args, Map<String, PyObject> kw, String fname, String keyword) {
        if (args.size() > 1) throw new PyRaise("TypeError", fname + "() takes at most 1 argument (" + args.size() + " given)");
        for (String k : kw.keySet()) {
            if (!k.equals(keyword)) throw new PyRaise("TypeError", fname + "() got an unexpected keyword argument '" + k + "'");
        }
        PyObject o = Args.get(args, kw, 0, keyword);
        return o == null || ops().truthy(o);
    }

    /** The dict's own order is the one iteration shows, so moving a key rebuilds that order. */
    private void moveToEnd(PyDict d, PyObject key, boolean last) {
        Object k = Keys.of(key);
        PyObject[] entry = d.map.get(k);
        if (entry == null) throw PyRaise.withArg("KeyError", ops().repr(key), heap.newRef(key));
        if (d instanceof PyOrderedDict od) od.state++;
        if (last) {
            d.map.remove(k);
            d.map.put(k, entry);
            return;
        }
        LinkedHashMap<Object, PyObject[]> rest = new LinkedHashMap<>(d.map);
        rest.remove(k);
        d.map.clear();
        d.map.put(k, entry);
        d.map.putAll(rest);
    }

    /**
     * OrderedDict.fromkeys(iterable, value=None): odict_fromkeys calls the class with no arguments and sets
     * each key in turn (_PyDict_FromKeys on a dict that is not exactly a dict), so every key shares the value.
     */
    PyObject fromKeys(List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!k.equals("iterable") && !k.equals("value")) throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for fromkeys()");
        }
        if (args.size() > 2) throw new PyRaise("TypeError", "fromkeys() takes at most 2 arguments (" + args.size() + " given)");
        PyObject iterable = Args.get(args, kw, 0, "iterable");
        if (iterable == null) throw new PyRaise("TypeError", "fromkeys() missing required argument 'iterable' (pos 1)");
        PyObject given = Args.get(args, kw, 1, "value");
        PyObject value = given == null ? v.none : given;
        PyOrderedDict d = heap.alloc(new PyOrderedDict(heap));
        try {
            for (PyObject key : new ArrayList<>(builtins().iterate(iterable))) builtins().put(d, heap.newRef(key), heap.newRef(value));
        } catch (RuntimeException e) {
            heap.decref(d);
            throw e;
        }
        return d;
    }

    /**
     * OrderedDict(mapping or iterable, **kwargs): every pair is inserted one by one (mutablemapping_update),
     * an exact dict's and the keywords' pairs through PyDict_Items' list of new tuples, as a subclass's are.
     */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.size() > 1) throw new PyRaise("TypeError", "expected at most 1 arguments, got " + args.size());
        PyOrderedDict d = heap.alloc(new PyOrderedDict(heap));
        try {
            builtins().slotWrappers.odictUpdate(d, args.isEmpty() ? null : args.get(0), kwargs);
        } catch (RuntimeException e) {
            heap.decref(d);
            throw e;
        }
        return d;
    }

    /**
     * odict_or: {@code od | d} and {@code d | od} (the OrderedDict's reflected slot goes first, its
     * type deriving from dict's) call the OrderedDict operand's type with the left operand, then
     * update the result from the right one as MutableMapping does: a program's subclass is called
     * as its class (its __init__ runs) and its __setitem__ takes each pair.
     */
    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (op != TokenType.PIPE || !isOrderedDict(a) || !(PyInstance.bodyOf(b) instanceof PyDict)) return null;
        return union(a, a, b);
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        if (op != TokenType.PIPE || !isOrderedDict(b) || !(PyInstance.bodyOf(a) instanceof PyDict)) return null;
        return union(b, a, b);
    }

    /** odict_inplace_or: the OrderedDict updates itself from anything update accepts (through its own __setitem__). */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        if (op != TokenType.PIPE || !isOrderedDict(a)) return null;
        if (a instanceof PyInstance) builtins().slotWrappers.odictUpdate(a, b, Map.of());
        else heap.decref(builtins().callMethod(a, "update", List.of(b), Map.of()));
        return heap.newRef(a);
    }

    static boolean isOrderedDict(PyObject o) {
        return PyInstance.bodyOf(o) instanceof PyOrderedDict;
    }

    /** type(od)(left), then updated from right; od is the operand whose type makes the result. */
    private PyObject union(PyObject od, PyObject left, PyObject right) {
        // PyObject_CallOneArg(type, left): the type has no vectorcall, so the argument is packed.
        PyObject result = od instanceof PyInstance i ? builtins().callValue(i.cls, List.of(left))
                : builtins().withPackedArguments(List.of(left), Map.of(), () -> construct(List.of(left), Map.of()));
        // The new object is held while the subclass's __setitem__ runs for each pair.
        builtins().hold(result);
        try {
            builtins().slotWrappers.odictUpdate(result, right, Map.of()); // mutablemapping_update_arg
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        } finally {
            builtins().unhold(result);
        }
        return result;
    }

    @Override
    String recursionRepr(PyObject o) {
        return "...";
    }

    @Override
    boolean reprEnters(PyObject o) {
        return !((PyDict) PyInstance.bodyOf(o)).map.isEmpty();
    }

    @Override
    String repr(PyObject o) {
        PyDict d = (PyDict) PyInstance.bodyOf(o);
        // _PyType_Name: a subclass's instance shows its class's name.
        String name = o instanceof PyInstance i ? i.cls.name : "OrderedDict";
        if (d.map.isEmpty()) return name + "()";
        // odict_repr formats a list of (key, value) tuples it builds ("pieces") with %R.
        return reprThroughList(d.map.size(), () -> piecesRepr(name, d));
    }

    private String piecesRepr(String name, PyDict d) {
        StringBuilder b = new StringBuilder(name).append("([");
        boolean first = true;
        for (PyObject[] e : new ArrayList<>(d.map.values())) {
            b.append(first ? "" : ", ").append('(').append(ops().repr(e[0])).append(", ").append(ops().repr(e[1])).append(')');
            first = false;
        }
        return b.append("])").toString();
    }

    /** Two OrderedDicts are equal only with their keys in the same order; with a plain dict, as dicts. */
    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!super.eq(a, b)) return false;
        if (!(PyInstance.bodyOf(b) instanceof PyOrderedDict y)) return true;
        List<PyObject[]> xs = ((PyDict) PyInstance.bodyOf(a)).entries();
        List<PyObject[]> ys = y.entries();
        for (int i = 0; i < xs.size(); i++) {
            if (!ops().sameOrEqual(xs.get(i)[0], ys.get(i)[0])) return false;
        }
        return true;
    }
}
