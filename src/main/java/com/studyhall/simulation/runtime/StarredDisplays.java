package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Displays with unpacking ({@code [*a, b]}, {@code (*a, *b)}, {@code {*a, 1}}, {@code {**d, 'k': 1}})
 * built as CPython 3.11's compiler emits them (starunpack_helper, compiler_dict): the items before
 * the first star go into BUILD_LIST/BUILD_SET, then LIST_EXTEND/SET_UPDATE per starred item and
 * LIST_APPEND/SET_ADD per plain one; a tuple is that list turned into a tuple (LIST_TO_TUPLE), so
 * the list's allocation follows list_extend's and list_append's growth. The sequence under
 * construction stays on the value stack while the later items are evaluated.
 */
final class StarredDisplays {
    /** STACK_USE_GUIDELINE: past it the compiler builds the sequence empty and adds every item. */
    private static final int STACK_USE_GUIDELINE = 30;

    private final Interpreter in;
    private final Heap heap;

    StarredDisplays(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    static boolean hasStar(List<Expr> elements) {
        for (int i = 0; i < elements.size(); i++) if (elements.get(i) instanceof Expr.Starred) return true;
        return false;
    }

    static boolean hasUnpacking(Expr.DictDisplay e) {
        for (int i = 0; i < e.keys().size(); i++) if (e.keys().get(i) == null) return true;
        return false;
    }

    /** BUILD_LIST of the items before the first star, then LIST_EXTEND / LIST_APPEND. */
    PyList list(List<Expr> elements) {
        int base = in.stack.size();
        try {
            int first = leadingItems(elements);
            ArrayList<PyObject> items = new ArrayList<>(in.stack.subList(base, in.stack.size()));
            in.stack.truncate(base);
            PyList l = heap.alloc(new PyList(items, items.size()));
            in.push(l);
            for (int i = first; i < elements.size(); i++) {
                if (elements.get(i) instanceof Expr.Starred st) {
                    PyObject src = in.eval(st.value());
                    in.push(src);
                    extend(l, src);
                    heap.decref(in.pop());
                } else {
                    in.builtinImpl.append(l, in.eval(elements.get(i)));
                }
            }
            return (PyList) in.pop();
        } finally {
            while (in.stack.size() > base) heap.decref(in.pop());
        }
    }

    /** The list above, then LIST_TO_TUPLE: the tuple takes new references and the list is freed. */
    PyObject tuple(List<Expr> elements) {
        PyList l = list(elements);
        try {
            if (l.items.isEmpty()) return heap.newRef(in.values.emptyTuple);
            PyObject[] items = l.items.toArray(new PyObject[0]);
            for (PyObject o : items) heap.incref(o);
            return heap.alloc(new PyTuple(items));
        } finally {
            heap.decref(l);
        }
    }

    /** BUILD_SET of the items before the first star, then SET_UPDATE / SET_ADD. */
    PySet set(List<Expr> elements) {
        int base = in.stack.size();
        try {
            int first = leadingItems(elements);
            List<PyObject> leading = new ArrayList<>(in.stack.subList(base, in.stack.size()));
            in.stack.truncate(base);
            PySet s = heap.alloc(new PySet());
            in.push(s);
            // BUILD_SET adds every item, then drops the stack's references (an unhashable one raises after).
            RuntimeException failed = null;
            for (PyObject o : leading) {
                try {
                    if (failed == null) s.add(heap.newRef(o), heap);
                } catch (RuntimeException ex) {
                    failed = ex;
                }
                heap.decref(o);
            }
            if (failed != null) throw failed;
            for (int i = first; i < elements.size(); i++) {
                if (elements.get(i) instanceof Expr.Starred st) {
                    PyObject src = in.eval(st.value());
                    in.push(src);
                    update(s, src);
                    heap.decref(in.pop());
                } else {
                    PyObject o = in.eval(elements.get(i));
                    in.push(o);
                    s.add(heap.newRef(o), heap);
                    heap.decref(in.pop());
                }
            }
            return (PySet) in.pop();
        } finally {
            while (in.stack.size() > base) heap.decref(in.pop());
        }
    }

    /** set_update_internal: a set or dict source presizes once (set_merge), other iterables add one by one. */
    private void update(PySet s, PyObject src) {
        Builtins b = in.builtinImpl;
        if (src instanceof PySet other) {
            if (s.size() == 0) s.copyTableIfSameSize(other, other.size());
            else s.reserveFor(other.size());
        } else if (src instanceof PyDict d) {
            s.reserveFor(d.map.size());
        }
        if (Builtins.lazySource(src)) b.takeEach(src, o -> s.add(o, heap));
        else for (PyObject o : b.iterate(src)) s.add(heap.newRef(o), heap);
    }

    /**
     * compiler_dict: runs of key: value pairs become dicts of their own (BUILD_MAP n) merged into
     * the result with DICT_UPDATE (the first run is the result itself), and each {@code **m} is
     * merged with DICT_UPDATE into the result (made empty first when no run precedes it).
     */
    PyDict dict(Expr.DictDisplay e) {
        int base = in.stack.size();
        try {
            PyDict result = null;
            int runStart = 0;
            int elements = 0;
            int n = e.keys().size();
            for (int i = 0; i < n; i++) {
                if (e.keys().get(i) == null) {
                    if (elements > 0) result = mergeRun(result, e, i - elements, i);
                    elements = 0;
                    if (result == null) {
                        result = heap.alloc(new PyDict());
                        in.push(result);
                    }
                    PyObject m = in.eval(e.values().get(i));
                    in.push(m);
                    merge(result, m);
                    heap.decref(in.pop());
                    runStart = i + 1;
                } else if (elements * 2 > STACK_USE_GUIDELINE) {
                    result = mergeRun(result, e, runStart, i + 1);
                    elements = 0;
                    runStart = i + 1;
                } else {
                    elements++;
                }
            }
            if (elements > 0) result = mergeRun(result, e, n - elements, n);
            if (result == null) result = heap.alloc(new PyDict());
            else in.pop();
            return result;
        } finally {
            while (in.stack.size() > base) heap.decref(in.pop());
        }
    }

    /** BUILD_MAP of pairs [from, to), which becomes the result or is merged into it. */
    private PyDict mergeRun(PyDict result, Expr.DictDisplay e, int from, int to) {
        PyDict run = (PyDict) in.visitDictDisplay(new Expr.DictDisplay(e.token(),
                e.keys().subList(from, to), e.values().subList(from, to)));
        if (result == null) {
            in.push(run);
            return run;
        }
        in.push(run);
        merge(result, run);
        heap.decref(in.pop());
        return result;
    }

    /** DICT_UPDATE: PyDict_Update, whose source must be a mapping. */
    private void merge(PyDict d, PyObject m) {
        if (PyInstance.bodyOf(m) instanceof PyDict || m instanceof PyChainMap) {
            in.builtinImpl.update(d, m);
            return;
        }
        // Any other object with keys() is a mapping to dict_merge: its keys listed, then m[key] for each.
        if (m instanceof PyInstance && in.builtinImpl.mergeByKeys(d, m)) return;
        throw new PyRaise("TypeError", "'" + m.typeName() + "' object is not a mapping");
    }

    /** Evaluates the items before the first star onto the value stack; answers the first star's index. */
    private int leadingItems(List<Expr> elements) {
        if (elements.size() > STACK_USE_GUIDELINE) return 0;
        int i = 0;
        for (; i < elements.size() && !(elements.get(i) instanceof Expr.Starred); i++) in.push(in.eval(elements.get(i)));
        return i;
    }

    /** LIST_EXTEND: a source that is not iterable at all is named in the display's own words. */
    private void extend(PyList l, PyObject src) {
        try {
            in.builtinImpl.extend(l, src);
        } catch (PyRaise ex) {
            if (!ex.type.equals("TypeError") || !("'" + src.typeName() + "' object is not iterable").equals(ex.pyMessage)) throw ex;
            in.exceptions.discard(ex);
            throw new PyRaise("TypeError", "Value after * must be an iterable, not " + src.typeName());
        }
    }
}
