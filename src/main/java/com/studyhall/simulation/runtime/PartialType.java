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
     * Without frozen keywords the arguments are passed straight through (partial_vectorcall). With
     * them, partial_call is reached through _PyObject_MakeTpCall (the call's positionals packed, its
     * keywords in a dict), copies the frozen keywords (PyDict_Copy), concatenates the frozen and given
     * positionals (a new tuple only when both have items; tupleconcat returns a lone non-empty one),
     * and PyObject_Call unpacks the keyword dict into a name tuple for the function's vectorcall.
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
        boolean frozenKeywords = !p.keywords.map.isEmpty();
        boolean concatenated = frozenKeywords && p.args.items.length > 0 && !args.isEmpty();
        PyTuple tuple = null;
        if (frozenKeywords) {
            if (concatenated) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, args.size());
            if (!kwargs.isEmpty()) heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
            heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
            if (!args.isEmpty()) {
                // args2: the packed arguments, or their concatenation with the frozen ones.
                all.forEach(heap::incref);
                tuple = heap.alloc(new PyTuple(all.toArray(new PyObject[0])));
                builtins().hold(tuple);
            }
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, kw.size());
        }
        try {
            // _PyStack_UnpackDict copies the positionals (each one referenced) into a new stack.
            return frozenKeywords ? builtins().holdingArguments(all, () -> builtins().callBorrowed(func, all, kw))
                    : builtins().callBorrowed(func, all, kw);
        } finally {
            if (frozenKeywords) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, kw.size());
            if (tuple != null) {
                builtins().unhold(tuple);
                heap.decref(tuple);
            }
            if (frozenKeywords) {
                heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
                if (!kwargs.isEmpty()) heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
                if (concatenated) heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, args.size());
            }
            builtins().unhold(func);
            heap.decref(func);
        }
    }

    /** The type's docstring, which {@code p.__doc__} answers unless the program set its own. */
    private static final String DOC = "partial(func, *args, **keywords) - new function with partial application\n"
            + "    of the given arguments and keywords.\n";

    /** The read-only members and the __dict__ getset, then the instance dict, then the type's __doc__. */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyPartial p = (PyPartial) o;
        switch (attr) {
            case "func": return heap.newRef(p.func);
            case "args": return heap.newRef(p.args);
            case "keywords": return heap.newRef(p.keywords);
            case "__dict__": return heap.newRef(dictOf(p));
            default: break;
        }
        PyObject own = p.dict == null ? null : p.dict.getStr(attr);
        if (own != null) return heap.newRef(own);
        return attr.equals("__doc__") ? v.str(DOC) : null;
    }

    /** func, args and keywords are read-only members; __dict__ takes a dict; any other name goes in the instance dict. */
    @Override
    boolean setAttribute(PyObject o, String attr, PyObject value) {
        PyPartial p = (PyPartial) o;
        if (attr.equals("func") || attr.equals("args") || attr.equals("keywords")) {
            heap.decref(value);
            throw new PyRaise("AttributeError", "readonly attribute");
        }
        if (attr.equals("__dict__")) {
            if (!(value instanceof PyDict d)) {
                String type = value.typeName();
                heap.decref(value);
                throw new PyRaise("TypeError", "__dict__ must be set to a dictionary, not a '" + type + "'");
            }
            if (p.dict != null) heap.decref(p.dict);
            p.dict = d;
            return true;
        }
        builtins().put(dictOf(p), v.intern(attr), value);
        return true;
    }

    /** del p.name of an attribute the program set; null when the dict has none by that name. */
    PyObject remove(PyPartial p, String attr) {
        return removeOwn(p.dict, attr);
    }

    /** The instance dict (borrowed), an empty dict until something is put in it. */
    private PyDict dictOf(PyPartial p) {
        if (p.dict == null) p.dict = heap.alloc(new PyDict());
        return p.dict;
    }

    @Override
    String repr(PyObject o) {
        PyPartial p = (PyPartial) o;
        return callRepr("functools.partial", p.func, p.args.items, p.keywords);
    }
}
