package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** operator.itemgetter: calling one subscripts its argument with the key (or with each key, into a new tuple). */
final class ItemGetterType extends BuiltinType {
    ItemGetterType(Interpreter in) {
        super("operator.itemgetter", null, in);
    }

    /** itemgetter(item, *items): one key is held itself, several by the call's argument tuple (itemgetter_new). */
    PyObject construct(PyTuple args) {
        int n = args.items.length;
        if (n == 0) throw new PyRaise("TypeError", "itemgetter expected 1 argument, got 0");
        return heap.alloc(new PyItemGetter(n, heap.newRef(n == 1 ? args.items[0] : args)));
    }

    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "itemgetter() takes no keyword arguments");
        if (args.size() != 1) throw new PyRaise("TypeError", "itemgetter expected 1 argument, got " + args.size());
        // itemgetter_vectorcall: the argument is not packed into a tuple.
        return fetch((PyItemGetter) o, args.get(0));
    }

    private PyObject fetch(PyItemGetter g, PyObject target) {
        if (g.nitems == 1) return builtins().getItem(target, g.item);
        // itemgetter_call fills a new tuple key by key; a failing key frees what it got so far.
        List<PyObject> got = new ArrayList<>();
        try {
            for (PyObject key : ((PyTuple) g.item).items) got.add(builtins().getItem(target, key));
        } catch (RuntimeException e) {
            for (int i = got.size() - 1; i >= 0; i--) heap.decref(got.get(i));
            throw e;
        }
        return heap.alloc(new PyTuple(got.toArray(new PyObject[0])));
    }

    @Override
    String repr(PyObject o) {
        PyItemGetter g = (PyItemGetter) o;
        String items = ops().repr(g.item);
        return g.nitems == 1 ? name + "(" + items + ")" : name + items;
    }
}
