package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * KeysView, ValuesView and ItemsView of a ChainMap (Lib/_collections_abc.py): they ask the
 * ChainMap for its length, keys and values each time, so they follow later changes.
 */
final class ChainMapViewType extends BuiltinType {
    private final ChainMapType chainMaps;

    ChainMapViewType(ChainMapType chainMaps, Interpreter in) {
        super("KeysView", null, in);
        this.chainMaps = chainMaps;
    }

    @Override
    long len(PyObject o) {
        return chainMaps.len(((PyChainMapView) o).mapping);
    }

    @Override
    boolean truthy(PyObject o) {
        return len(o) > 0;
    }

    /** The view's items, new objects the scratch list owns until the statement ends. */
    @Override
    List<PyObject> items(PyObject o) {
        PyChainMapView view = (PyChainMapView) o;
        List<PyObject> keys = chainMaps.ownedKeys(view.mapping);
        builtins().scratch.addAll(keys);
        if (view.kind.equals("KeysView")) return keys;
        List<PyObject> out = new ArrayList<>();
        for (PyObject k : keys) {
            PyObject value = chainMaps.getItem(view.mapping, k);
            PyObject item = view.kind.equals("ValuesView") ? value
                    : heap.alloc(new PyTuple(new PyObject[] {heap.newRef(k), value}));
            builtins().scratch.add(item);
            out.add(item);
        }
        return out;
    }

    /** A list iterator over the items (CPython's views iterate through generators). */
    @Override
    PyObject iter(PyObject o) {
        List<PyObject> items = items(o);
        ArrayList<PyObject> owned = new ArrayList<>();
        for (PyObject item : items) owned.add(heap.newRef(item));
        PyList list = heap.alloc(new PyList(owned, owned.size()));
        try {
            return builtins().getIter(list);
        } finally {
            heap.decref(list);
        }
    }

    /** KeysView: key in mapping; ItemsView: the key is there and its value is the same or equal; ValuesView: any value. */
    @Override
    boolean contains(PyObject container, PyObject item) {
        PyChainMapView view = (PyChainMapView) container;
        if (view.kind.equals("KeysView")) return chainMaps.contains(view.mapping, item);
        if (view.kind.equals("ValuesView")) return iterSearch(container, item);
        if (!(item instanceof PyTuple t) || t.items.length != 2 || !chainMaps.contains(view.mapping, t.items[0])) return false;
        PyObject value = chainMaps.getItem(view.mapping, t.items[0]);
        try {
            return ops().sameOrEqual(value, t.items[1]);
        } finally {
            heap.decref(value);
        }
    }

    /**
     * Set.__eq__ for KeysView and ItemsView against any set or set-like view: the same length and
     * every item of this view in the other. A ValuesView compares by identity (already checked).
     */
    @Override
    boolean eq(PyObject a, PyObject b) {
        if (((PyChainMapView) a).kind.equals("ValuesView") || !isSetLike(b)) return false;
        if (len(a) != builtins().len(b)) return false;
        for (PyObject item : items(a)) if (!builtins().contains(b, item)) return false;
        return true;
    }

    private static boolean isSetLike(PyObject o) {
        return o instanceof PySet || o instanceof PyFrozenSet
                || o instanceof PyView v && !v.kind.equals("dict_values")
                || o instanceof PyChainMapView w && !w.kind.equals("ValuesView");
    }

    /** MappingView.__repr__: the class name around the mapping's repr. */
    @Override
    String repr(PyObject o) {
        PyChainMapView view = (PyChainMapView) o;
        return view.kind + "(" + ops().repr(view.mapping) + ")";
    }
}
