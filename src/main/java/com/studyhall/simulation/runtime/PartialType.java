package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** functools.partial objects: calling one prepends the frozen arguments; func, args, keywords; repr. */
final class PartialType extends BuiltinType {
    PartialType(Interpreter in) {
        super("functools.partial", null, in);
    }

    /** partial(func, *args, **keywords); a partial of an exact partial is flattened, as partial_new does. */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "type 'partial' takes at least one argument");
        PyObject func = args.get(0);
        List<PyObject> frozen = new ArrayList<>();
        Map<String, PyObject> keywords = new LinkedHashMap<>();
        if (func instanceof PyPartial inner) {
            frozen.addAll(List.of(inner.args.items));
            for (PyObject[] e : inner.keywords.entries()) keywords.put(((PyStr) e[0]).value, e[1]);
            func = inner.func;
        } else if (!ObjectBuiltins.isCallable(func)) {
            throw new PyRaise("TypeError", "the first argument must be callable");
        }
        frozen.addAll(args.subList(1, args.size()));
        keywords.putAll(kwargs);
        frozen.forEach(heap::incref);
        PyTuple tuple = frozen.isEmpty() ? (PyTuple) heap.newRef(v.emptyTuple) : heap.alloc(new PyTuple(frozen.toArray(new PyObject[0])));
        PyDict kw = heap.alloc(new PyDict());
        keywords.forEach((k, val) -> builtins().put(kw, v.intern(k), heap.newRef(val)));
        return heap.alloc(new PyPartial(heap.newRef(func), tuple, kw));
    }

    /**
     * Without frozen keywords the arguments are passed straight through (partial_vectorcall);
     * with them, partial_call builds the argument tuple, which holds each argument during the call.
     */
    @Override
    PyObject call(PyObject o, List<PyObject> args, Map<String, PyObject> kwargs) {
        PyPartial p = (PyPartial) o;
        List<PyObject> all = new ArrayList<>(List.of(p.args.items));
        all.addAll(args);
        Map<String, PyObject> kw = keywordMap(p.keywords);
        kw.putAll(kwargs);
        PyObject func = heap.newRef(p.func);
        builtins().hold(func);
        PyTuple tuple = null;
        if (!p.keywords.map.isEmpty() && !all.isEmpty()) {
            all.forEach(heap::incref);
            tuple = heap.alloc(new PyTuple(all.toArray(new PyObject[0])));
            builtins().hold(tuple);
        }
        try {
            return builtins().callBorrowed(func, all, kw);
        } finally {
            if (tuple != null) {
                builtins().unhold(tuple);
                heap.decref(tuple);
            }
            builtins().unhold(func);
            heap.decref(func);
        }
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyPartial p = (PyPartial) o;
        return switch (attr) {
            case "func" -> heap.newRef(p.func);
            case "args" -> heap.newRef(p.args);
            case "keywords" -> heap.newRef(p.keywords);
            default -> null;
        };
    }

    @Override
    String repr(PyObject o) {
        PyPartial p = (PyPartial) o;
        return callRepr("functools.partial", p.func, p.args.items, p.keywords);
    }
}
