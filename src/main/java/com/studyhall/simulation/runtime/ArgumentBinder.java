package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyTuple;
import com.studyhall.simulation.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Moves a call's arguments into the new frame's locals as CPython 3.11's initialize_locals does:
 * the **kwargs dict first, then positional arguments, the *args tuple, keywords, and the defaults,
 * with its TypeError messages. Arguments are owned; on an error every one is released (through
 * the frame, which the caller clears).
 */
final class ArgumentBinder {
    private final Values values;
    private final Heap heap;

    ArgumentBinder(Values values) {
        this.values = values;
        this.heap = values.heap;
    }

    void bind(PyFunction fn, PyObject[] locals, List<PyObject> args, Map<String, PyObject> kwargs) {
        Stmt.FunctionDef def = fn.def;
        int argcount = def.params().size();
        int kwonlyCount = def.kwonly().size();
        int next = argcount + kwonlyCount;
        PyDict kwdict = null;
        int varargsSlot = -1;
        if (def.varargs() != null) varargsSlot = next++;
        if (def.varkw() != null) {
            kwdict = heap.alloc(new PyDict());
            locals[next] = kwdict;
        }
        int n = Math.min(args.size(), argcount);
        for (int i = 0; i < n; i++) locals[i] = args.get(i);
        if (varargsSlot >= 0) {
            if (args.size() > argcount) {
                locals[varargsSlot] = heap.alloc(new PyTuple(args.subList(argcount, args.size()).toArray(new PyObject[0])));
            } else {
                locals[varargsSlot] = heap.newRef(values.emptyTuple);
            }
        }
        List<PyObject> extra = varargsSlot < 0 && args.size() > argcount ? args.subList(argcount, args.size()) : List.of();
        try {
            keywords(fn, locals, kwargs, kwdict);
            if (!extra.isEmpty()) throw tooManyPositional(fn, locals, args.size());
        } finally {
            for (PyObject o : extra) heap.decref(o);
        }
        defaults(fn, locals, args.size());
    }

    private void keywords(PyFunction fn, PyObject[] locals, Map<String, PyObject> kwargs, PyDict kwdict) {
        if (kwargs.isEmpty()) return; // the common call: nothing to match, no names list to build
        Stmt.FunctionDef def = fn.def;
        List<String> names = def.parameterNames();
        int named = def.params().size() + def.kwonly().size();
        RuntimeException error = null;
        List<String> positionalOnly = new java.util.ArrayList<>();
        for (Map.Entry<String, PyObject> kw : kwargs.entrySet()) {
            PyObject value = kw.getValue();
            if (error != null) {
                heap.decref(value);
                continue;
            }
            int slot = names.subList(0, named).indexOf(kw.getKey());
            if (slot >= 0 && slot < def.posonly()) {
                // A positional-only parameter's name passed as a keyword goes to **kwargs, or is an error.
                if (kwdict == null) positionalOnly.add(kw.getKey());
                slot = -1;
            }
            if (slot < 0 && positionalOnly.contains(kw.getKey())) {
                heap.decref(value);
                continue;
            }
            if (slot < 0) {
                if (kwdict == null) {
                    heap.decref(value);
                    error = new PyRaise("TypeError", fn.qualname + "() got an unexpected keyword argument '" + kw.getKey() + "'");
                    continue;
                }
                PyObject old = kwdict.put(values.str(kw.getKey()), value, heap);
                if (old != null) heap.decref(old);
                if (!kwdict.isTracked() && com.studyhall.simulation.gc.Collector.mayBeTrackedItem(value)) heap.track(kwdict);
                continue;
            }
            if (locals[slot] != null) {
                heap.decref(value);
                error = new PyRaise("TypeError", fn.qualname + "() got multiple values for argument '" + kw.getKey() + "'");
                continue;
            }
            locals[slot] = value;
        }
        if (error == null && !positionalOnly.isEmpty()) {
            error = new PyRaise("TypeError", fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", positionalOnly) + "'");
        }
        if (error != null) throw error;
    }

    private RuntimeException tooManyPositional(PyFunction fn, PyObject[] locals, int given) {
        Stmt.FunctionDef def = fn.def;
        int argcount = def.params().size();
        int kwonlyGiven = 0;
        for (int i = argcount; i < argcount + def.kwonly().size(); i++) if (locals[i] != null) kwonlyGiven++;
        int defcount = fn.defaults == null ? 0 : fn.defaults.items.length;
        String sig;
        boolean plural;
        if (defcount > 0) {
            plural = true;
            sig = "from " + (argcount - defcount) + " to " + argcount;
        } else {
            plural = argcount != 1;
            sig = String.valueOf(argcount);
        }
        String kwonlySig = kwonlyGiven == 0 ? "" : " positional argument" + (given != 1 ? "s" : "") + " (and "
                + kwonlyGiven + " keyword-only argument" + (kwonlyGiven != 1 ? "s" : "") + ")";
        return new PyRaise("TypeError", fn.qualname + "() takes " + sig + " positional argument" + (plural ? "s" : "")
                + " but " + given + kwonlySig + " " + (given == 1 && kwonlyGiven == 0 ? "was" : "were") + " given");
    }

    private void defaults(PyFunction fn, PyObject[] locals, int given) {
        Stmt.FunctionDef def = fn.def;
        int argcount = def.params().size();
        int defcount = fn.defaults == null ? 0 : fn.defaults.items.length;
        int firstDefault = argcount - defcount;
        if (given < argcount) {
            List<String> missing = new ArrayList<>();
            for (int i = given; i < firstDefault; i++) if (locals[i] == null) missing.add(def.params().get(i).name());
            if (!missing.isEmpty()) throw missing(fn, missing, "positional");
            for (int i = Math.max(given, firstDefault); i < argcount; i++) {
                if (locals[i] == null) locals[i] = heap.newRef(fn.defaults.items[i - firstDefault]);
            }
        }
        if (def.kwonly().isEmpty()) return;
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < def.kwonly().size(); i++) {
            int slot = argcount + i;
            if (locals[slot] != null) continue;
            String name = def.kwonly().get(i).name();
            PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(name);
            if (d != null) locals[slot] = heap.newRef(d);
            else missing.add(name);
        }
        if (!missing.isEmpty()) throw missing(fn, missing, "keyword-only");
    }

    private static PyRaise missing(PyFunction fn, List<String> names, String kind) {
        List<String> quoted = names.stream().map(n -> "'" + n + "'").toList();
        String list = quoted.size() == 1 ? quoted.get(0) : quoted.size() == 2 ? quoted.get(0) + " and " + quoted.get(1)
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + ", and " + quoted.get(quoted.size() - 1);
        return new PyRaise("TypeError", fn.qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + list);
    }
}
