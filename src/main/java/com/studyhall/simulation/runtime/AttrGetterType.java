package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** operator.attrgetter: calling one reads its argument's attribute (a dotted name walks the chain). */
final class AttrGetterType extends BuiltinType {
    AttrGetterType(Interpreter in) {
        super("operator.attrgetter", null, in);
    }

    /** attrgetter(attr, *attrs): each name interned, a dotted one split into a tuple of its parts (attrgetter_new). */
    PyObject construct(PyTuple argTuple) {
        List<PyObject> args = List.of(argTuple.items);
        if (args.isEmpty()) throw new PyRaise("TypeError", "attrgetter expected 1 argument, got 0");
        for (PyObject a : args) {
            if (!(a instanceof PyStr)) throw new PyRaise("TypeError", "attribute name must be a string");
        }
        PyObject[] entries = new PyObject[args.size()];
        for (int i = 0; i < entries.length; i++) {
            String name = ((PyStr) args.get(i)).value;
            if (name.indexOf('.') < 0) {
                entries[i] = v.intern(name);
                continue;
            }
            String[] parts = name.split("\\.", -1);
            PyObject[] chain = new PyObject[parts.length];
            for (int j = 0; j < parts.length; j++) chain[j] = v.intern(parts[j]);
            entries[i] = heap.alloc(new PyTuple(chain));
        }
        return heap.alloc(new PyAttrGetter(heap.alloc(new PyTuple(entries))));
    }

    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "attrgetter() takes no keyword arguments");
        if (args.size() != 1) throw new PyRaise("TypeError", "attrgetter expected 1 argument, got " + args.size());
        // attrgetter_vectorcall: the argument is not packed into a tuple.
        return fetch(((PyAttrGetter) o).attrs.items, args.get(0));
    }

    private PyObject fetch(PyObject[] entries, PyObject target) {
        if (entries.length == 1) return dottedGetattr(target, entries[0]);
        List<PyObject> got = new ArrayList<>();
        try {
            for (PyObject entry : entries) got.add(dottedGetattr(target, entry));
        } catch (RuntimeException e) {
            for (int i = got.size() - 1; i >= 0; i--) heap.decref(got.get(i));
            throw e;
        }
        return heap.alloc(new PyTuple(got.toArray(new PyObject[0])));
    }

    /** dotted_getattr: each step's object is released once the next attribute is read from it. */
    private PyObject dottedGetattr(PyObject target, PyObject entry) {
        if (entry instanceof PyStr s) return in.getAttrOf(target, s.value);
        PyObject current = heap.newRef(target);
        for (PyObject part : ((PyTuple) entry).items) {
            try {
                PyObject next = in.getAttrOf(current, ((PyStr) part).value);
                heap.decref(current);
                current = next;
            } catch (RuntimeException e) {
                heap.decref(current);
                throw e;
            }
        }
        return current;
    }

    /** attrgetter_repr: the names as given, dotted ones joined again. */
    @Override
    String repr(PyObject o) {
        PyObject[] entries = ((PyAttrGetter) o).attrs.items;
        List<String> names = new ArrayList<>();
        for (PyObject entry : entries) names.add(Reprs.strRepr(dotted(entry)));
        if (names.size() == 1) return name + "(" + names.get(0) + ")";
        return name + "(" + String.join(", ", names) + ")";
    }

    private static String dotted(PyObject entry) {
        if (entry instanceof PyStr s) return s.value;
        List<String> parts = new ArrayList<>();
        for (PyObject p : ((PyTuple) entry).items) parts.add(((PyStr) p).value);
        return String.join(".", parts);
    }
}
