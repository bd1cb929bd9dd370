package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;

/** dict_keys, dict_values and dict_items: live views of a dict. */
final class DictViewType extends BuiltinType {
    DictViewType(Interpreter in) {
        super("dict_view", null, in);
        method("isdisjoint", (self, args, kw) -> {
            if (((PyView) self).kind.equals("dict_values")) throw noAttribute(self, "isdisjoint");
            for (PyObject item : builtins().iterate(NativeModule.one("isdisjoint", args))) {
                if (contains(self, item)) return v.falseObj;
            }
            return v.trueObj;
        });
    }

    /** keys() & other, |, -, ^ (dictviews_and/or/sub/xor): a new set. dict_values has no such slots. */
    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        return setOperation(op, a, b);
    }

    /** The same functions with the view on the right ({'a'} | d.keys(), ['a'] - d.keys()). */
    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return setOperation(op, a, b);
    }

    private static boolean setLike(PyObject o) {
        return o instanceof PyView view && !view.kind.equals("dict_values");
    }

    private PyObject setOperation(TokenType op, PyObject left, PyObject right) {
        if (!setLike(left) && !setLike(right)) return null;
        return switch (op) {
            case AMPER -> intersect(left, right);
            case PIPE -> updated(left, "update", right);
            case MINUS -> updated(left, "difference_update", right);
            case CARET -> symmetricDifference(left, right);
            default -> null;
        };
    }

    /** dictviews_to_set(self) followed by the set method with other (set_update_internal and friends). */
    private PyObject updated(PyObject self, String method, PyObject other) {
        // dictviews_to_set: a keys view becomes set(dict) (presized from the dict), anything else set(x).
        PyObject source = self instanceof PyView view && view.kind.equals("dict_keys") ? view.dict : self;
        PyObject result = builtins().callBuiltinFunction("set", List.of(source));
        return filling(result, () -> heap.decref(builtins().callMethod(result, method, List.of(other), java.util.Map.of())));
    }

    /**
     * Runs fill on a new result set held as the C function's own reference (Python code may run
     * meanwhile: __hash__, __eq__, __iter__); an error frees the set and propagates.
     */
    private PyObject filling(PyObject result, Runnable fill) {
        builtins().hold(result);
        try {
            fill.run();
        } catch (PyRaise e) {
            builtins().unhold(result);
            heap.decref(result);
            throw e;
        }
        builtins().unhold(result);
        return result;
    }

    /**
     * dictviews_xor: dictviews_to_set(self), then set_symmetric_difference_update with other: a
     * set of other's items (set(other)) whose members are toggled in the result, in its order.
     */
    private PyObject symmetricDifference(PyObject self, PyObject other) {
        PySet result = (PySet) updated(self, "update", in.values.emptyTuple);
        return filling(result, () -> {
            PyObject others = builtins().callBuiltinFunction("set", List.of(other));
            try {
                for (PyObject m : ((PySet) others).members()) {
                    PyObject gone = result.discard(m);
                    if (gone != null) heap.decref(gone);
                    else result.add(heap.newRef(m), heap);
                }
            } finally {
                heap.decref(others);
            }
        });
    }

    private static boolean setOrView(PyObject o) {
        return PyInstance.bodyOf(o) instanceof PySet || setLike(o);
    }

    /** all_contained_in: every item of a is in b. */
    private boolean allContainedIn(PyObject a, PyObject b) {
        for (PyObject item : builtins().iterate(a)) if (!builtins().contains(b, item)) return false;
        return true;
    }

    /** dictview_richcompare ==: same length and every item of the view in the other set or view. */
    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!setLike(a) || !setOrView(b)) return false;
        return len(a) == builtins().len(b) && allContainedIn(a, b);
    }

    /** dictview_richcompare <, <=, >, >= against a set or a keys/items view. */
    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!setLike(a) || !setOrView(b)) return null;
        long la = len(a);
        long lb = builtins().len(b);
        return switch (op) {
            case "<" -> la < lb && allContainedIn(a, b);
            case "<=" -> la <= lb && allContainedIn(a, b);
            case ">" -> la > lb && allContainedIn(b, a);
            default -> la >= lb && allContainedIn(b, a);
        };
    }

    /** _PyDictView_Intersect: the smaller side is iterated, each item kept when the other view has it. */
    private PyObject intersect(PyObject self, PyObject other) {
        if (!setLike(self)) {
            PyObject t = self;
            self = other;
            other = t;
        }
        long lenSelf = len(self);
        if (other instanceof PySet && !(other instanceof PyFrozenSet) && lenSelf <= builtins().len(other)) {
            return builtins().callMethod(other, "intersection", List.of(self), java.util.Map.of());
        }
        if (setLike(other) && len(other) > lenSelf) {
            PyObject t = self;
            self = other;
            other = t;
        }
        PySet result = heap.alloc(new PySet());
        PyObject small = self;
        PyObject iterated = other;
        return filling(result, () -> {
            for (PyObject key : builtins().iterate(iterated)) {
                if (contains(small, key)) result.add(heap.newRef(key), heap);
            }
        });
    }

    @Override
    long len(PyObject o) {
        return ((PyView) o).dict.map.size();
    }

    @Override
    String recursionRepr(PyObject o) {
        return "...";
    }

    @Override
    String repr(PyObject o) {
        PyView view = (PyView) o;
        return reprThroughList(view.kind.equals("dict_items") ? view.dict.map.size() : 0, () -> itemsRepr(view));
    }

    private String itemsRepr(PyView view) {
        List<String> parts = new ArrayList<>();
        for (PyObject[] e : view.dict.map.values()) {
            parts.add(switch (view.kind) {
                case "dict_keys" -> ops().repr(e[0]);
                case "dict_values" -> ops().repr(e[1]);
                default -> "(" + ops().repr(e[0]) + ", " + ops().repr(e[1]) + ")";
            });
        }
        // odict_keys, odict_values, odict_items: OrderedDict's own view types, printed by the same repr.
        String name = view.dict instanceof PyOrderedDict ? "o" + view.kind : view.kind;
        return name + "([" + String.join(", ", parts) + "])";
    }

    @Override
    PyObject iter(PyObject o) {
        return iterator(o, false);
    }

    /**
     * reversed(view) (dict_reversekeyiterator and the others since 3.8; an OrderedDict's view gives
     * an odict_iterator going backwards): the view's items from the last.
     */
    PyObject reversed(PyObject o) {
        return iterator(o, true);
    }

    private PyObject iterator(PyObject o, boolean reverse) {
        PyView view = (PyView) o;
        // dictiter_new and odictiter_new hold the dict itself, not the view.
        PyIter it = heap.alloc(new PyIter(iteratorName(view, reverse), heap.newRef(view.holder())));
        it.pairs = view.kind.equals("dict_items");
        List<PyObject[]> entries = new ArrayList<>(view.dict.map.values());
        if (reverse) java.util.Collections.reverse(entries);
        if (view.kind.equals("dict_items")) {
            it.result = heap.alloc(new PyTuple(new PyObject[] {v.none, v.none}));
            it.snapshot = new ArrayList<>();
            for (PyObject[] e : entries) {
                it.snapshot.add(e[0]);
                it.snapshot.add(e[1]);
            }
        } else {
            it.snapshot = new ArrayList<>();
            for (PyObject[] e : entries) it.snapshot.add(view.kind.equals("dict_keys") ? e[0] : e[1]);
        }
        it.odictState = PyOrderedDict.stateOf(o);
        return it;
    }

    /** dict_keyiterator, dict_valueiterator, dict_itemiterator (dict_reverse... backwards); odict_iterator for an OrderedDict's views. */
    private static String iteratorName(PyView view, boolean reverse) {
        if (view.dict instanceof PyOrderedDict) return "odict_iterator";
        String what = view.kind.substring("dict_".length(), view.kind.length() - 1);
        return "dict_" + (reverse ? "reverse" : "") + what + "iterator";
    }

    @Override
    List<PyObject> items(PyObject o) {
        PyView view = (PyView) o;
        List<PyObject> out = new ArrayList<>();
        for (PyObject[] e : view.dict.map.values()) {
            if (view.kind.equals("dict_items")) {
                // Item tuples are new objects; until the statement ends they belong to the scratch list.
                PyTuple pair = heap.alloc(new PyTuple(new PyObject[] {heap.newRef(e[0]), heap.newRef(e[1])}));
                builtins().scratch.add(pair);
                out.add(pair);
            } else {
                out.add(view.kind.equals("dict_keys") ? e[0] : e[1]);
            }
        }
        return out;
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return ListType.containsByEquality(ops(), items(container), item);
    }
}
