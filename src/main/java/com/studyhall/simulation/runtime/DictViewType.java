package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
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
        return view.kind + "([" + String.join(", ", parts) + "])";
    }

    @Override
    PyObject iter(PyObject o) {
        PyView view = (PyView) o;
        heap.incref(o);
        PyIter it = heap.alloc(new PyIter(view.kind + "iterator", o));
        if (view.kind.equals("dict_items")) {
            it.result = heap.alloc(new PyTuple(new PyObject[] {v.none, v.none}));
            it.snapshot = new ArrayList<>();
            for (PyObject[] e : view.dict.map.values()) {
                it.snapshot.add(e[0]);
                it.snapshot.add(e[1]);
            }
        } else {
            it.snapshot = items(o);
        }
        return it;
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
