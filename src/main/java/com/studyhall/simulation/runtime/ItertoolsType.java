package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;
import java.util.Map;

/** The itertools iterators: tp_iternext of each, as Modules/itertoolsmodule.c of 3.11 runs it. */
final class ItertoolsType extends IteratorType {
    ItertoolsType(Interpreter in) {
        super("itertools", in);
    }

    @Override
    String repr(PyObject o) {
        PyItertool it = (PyItertool) o;
        if (it.kind.equals("count")) {
            if (it.refs[0] == null) return "count(" + it.state[0] + ")";
            boolean unitStep = it.refs[1] instanceof PyInt s && s.value().intValue() == 1 && s.value().bitLength() < 2;
            return "count(" + ops().repr(it.refs[0]) + (unitStep ? "" : ", " + ops().repr(it.refs[1])) + ")";
        }
        if (it.kind.equals("repeat")) {
            return "repeat(" + ops().repr(it.refs[0]) + (it.state[0] < 0 ? "" : ", " + it.state[0]) + ")";
        }
        return "<itertools." + it.kind + " object at " + Reprs.address(o) + ">";
    }

    /** The next item as a new reference, or null when exhausted. */
    PyObject next(PyObject o) {
        in.checkDeadline();
        PyItertool it = (PyItertool) o;
        return switch (it.kind) {
            case "count" -> countNext(it);
            case "repeat" -> repeatNext(it);
            case "islice" -> isliceNext(it);
            case "chain" -> chainNext(it);
            case "cycle" -> cycleNext(it);
            case "accumulate" -> accumulateNext(it);
            case "zip_longest" -> zipLongestNext(it);
            case "groupby" -> groupbyNext(it);
            case "_grouper" -> grouperNext(it);
            case "_tee" -> teeNext(it);
            case "takewhile", "dropwhile", "filterfalse", "starmap", "compress", "pairwise" -> FilteringIterators.next(this, it);
            default -> Combinatorics.next(this, it);
        };
    }

    /**
     * tee_next: past the last cell of its data object the tee moves to the next link (made on first
     * need, with the same iterator); a value already read is shared, else the leading tee reads it.
     * A data object's refs: the iterator, the 57 values, the next link (teedataobject_traverse's order).
     */
    private PyObject teeNext(PyItertool tee) {
        int cells = ItertoolsModule.LINKCELLS;
        PyItertool data = (PyItertool) tee.refs[0];
        if (tee.state[0] >= cells) {
            if (data.refs[cells + 1] == null) {
                PyItertool link = heap.alloc(new PyItertool("_tee_dataobject", 512, new PyObject[cells + 2]));
                link.state = new long[4];
                link.refs[0] = heap.newRef(data.refs[0]);
                data.refs[cells + 1] = link;
            }
            tee.set(0, heap.newRef(data.refs[cells + 1]), heap);
            tee.state[0] = 0;
            data = (PyItertool) tee.refs[0];
        }
        int index = (int) tee.state[0];
        if (index < data.state[0]) {
            tee.state[0]++;
            return heap.newRef(data.refs[1 + index]);
        }
        if (data.state[1] != 0) throw new PyRaise("RuntimeError", "cannot re-enter the tee iterator");
        data.state[1] = 1;
        PyObject value;
        try {
            value = builtins().next(data.refs[0]);
        } finally {
            data.state[1] = 0;
        }
        if (value == null) return null;
        data.refs[1 + index] = value;
        data.state[0]++;
        tee.state[0]++;
        return heap.newRef(value);
    }

    private PyObject countNext(PyItertool it) {
        if (it.refs[0] == null) return v.integer(it.state[0]++);
        PyObject current = heap.newRef(it.refs[0]);
        it.set(0, ops().binary(TokenType.PLUS, current, it.refs[1]), heap);
        return current;
    }

    private PyObject repeatNext(PyItertool it) {
        if (it.state[0] == 0) return null;
        if (it.state[0] > 0) it.state[0]--;
        return heap.newRef(it.refs[0]);
    }

    /** islice_next: skips to the next wanted index (each skipped item released at once); exhausted, it drops its iterator. */
    private PyObject isliceNext(PyItertool it) {
        PyObject source = it.refs[0];
        if (source == null) return null;
        long stop = it.state[1];
        while (it.state[3] < it.state[0]) {
            PyObject skipped = builtins().next(source);
            if (skipped == null) return empty(it);
            heap.decref(skipped);
            it.state[3]++;
        }
        if (stop != -1 && it.state[3] >= stop) return empty(it);
        PyObject item = builtins().next(source);
        if (item == null) return empty(it);
        it.state[3]++;
        long old = it.state[0];
        it.state[0] += it.state[2];
        if (it.state[0] < old || (stop != -1 && it.state[0] > stop)) it.state[0] = stop;
        return item;
    }

    private PyObject empty(PyItertool it) {
        it.set(0, null, heap);
        return null;
    }

    /** chain_next: takes the next iterable from the source when the active iterator runs dry. */
    private PyObject chainNext(PyItertool it) {
        while (it.refs[0] != null) {
            if (it.refs[1] == null) {
                PyObject iterable = builtins().next(it.refs[0]);
                if (iterable == null) {
                    it.set(0, null, heap);
                    return null;
                }
                try {
                    it.set(1, builtins().getIter(iterable), heap);
                } finally {
                    heap.decref(iterable);
                }
            }
            PyObject item = builtins().next(it.refs[1]);
            if (item != null) return item;
            it.set(1, null, heap);
        }
        return null;
    }

    /** cycle_next: the first pass saves each item in a list (appended, so it grows as lists do), then replays it. */
    private PyObject cycleNext(PyItertool it) {
        if (it.refs[0] != null) {
            PyObject item = builtins().next(it.refs[0]);
            if (item != null) {
                // state[1]: firstpass, set by a copy made after the first pass (its iterator replays the saved list).
                if (it.state[1] == 0) heap.decref(builtins().callMethod(it.refs[1], "append", List.of(item), Map.of()));
                return item;
            }
            it.set(0, null, heap);
        }
        PyList saved = (PyList) it.refs[1];
        if (saved.items.isEmpty()) return null;
        PyObject item = saved.items.get((int) it.state[0]);
        it.state[0] = (it.state[0] + 1) % saved.items.size();
        return heap.newRef(item);
    }

    /** accumulate_next: refs are binop, it, total, initial; the iterator keeps the running total. */
    private PyObject accumulateNext(PyItertool it) {
        if (it.refs[3] != null) {
            PyObject initial = it.refs[3];
            it.refs[3] = null;
            it.set(2, initial, heap);
            return heap.newRef(initial);
        }
        PyObject val = builtins().next(it.refs[1]);
        if (val == null) return null;
        if (it.refs[2] == null) {
            it.set(2, val, heap);
            return heap.newRef(val);
        }
        PyObject total;
        builtins().hold(val);
        try {
            total = it.refs[0] == null ? ops().binary(TokenType.PLUS, it.refs[2], val)
                    : builtins().callValue(it.refs[0], List.of(it.refs[2], val));
        } finally {
            builtins().unhold(val);
            heap.decref(val);
        }
        it.set(2, total, heap);
        return heap.newRef(total);
    }

    // groupby's refs: it, keyfunc, tgtkey, currkey, currvalue (groupby_traverse's order).

    /** groupby_next: skips the rest of the current group, then returns (key, a new _grouper over the group). */
    private PyObject groupbyNext(PyItertool g) {
        g.currentGrouper = null;
        while (true) {
            if (g.refs[3] != null && (g.refs[2] == null || !ops().sameOrEqual(g.refs[2], g.refs[3]))) break;
            if (!groupbyStep(g)) return null;
        }
        g.set(2, heap.newRef(g.refs[3]), heap);
        heap.incref(g);
        PyItertool grouper = heap.alloc(new PyItertool("_grouper", 48, g, heap.newRef(g.refs[2])));
        g.currentGrouper = grouper;
        return heap.alloc(new PyTuple(new PyObject[] {heap.newRef(g.refs[3]), grouper}));
    }

    /** groupby_step: the next value and its key become current (false when the source is exhausted). */
    private boolean groupbyStep(PyItertool g) {
        PyObject value = builtins().next(g.refs[0]);
        if (value == null) return false;
        PyObject key;
        if (g.refs[1] == null) {
            key = heap.newRef(value);
        } else {
            builtins().hold(value);
            try {
                key = builtins().callValue(g.refs[1], List.of(value));
            } catch (RuntimeException e) {
                heap.decref(value);
                throw e;
            } finally {
                builtins().unhold(value);
            }
        }
        g.set(4, value, heap);
        g.set(3, key, heap);
        return true;
    }

    /** _grouper_next: only the parent's current grouper yields, while the current key equals its own. */
    private PyObject grouperNext(PyItertool grouper) {
        PyItertool g = (PyItertool) grouper.refs[0];
        if (g.currentGrouper != grouper) return null;
        if (g.refs[4] == null && !groupbyStep(g)) return null;
        if (!ops().sameOrEqual(grouper.refs[1], g.refs[3])) return null;
        PyObject value = g.refs[4];
        g.refs[4] = null;
        g.set(3, null, heap);
        return value;
    }

    /** zip_longest_next: refs are the iterator tuple, the reusable result, fillvalue; exhausted iterators are dropped. */
    private PyObject zipLongestNext(PyItertool it) {
        PyTuple iters = (PyTuple) it.refs[0];
        int n = iters.items.length;
        if (n == 0 || it.state[0] == 0) return null;
        PyTuple result = (PyTuple) it.refs[1];
        boolean reuse = result.refcnt == 1;
        PyObject[] fresh = reuse ? null : new PyObject[n];
        if (reuse) heap.incref(result);
        for (int i = 0; i < n; i++) {
            PyObject item = null;
            if (iters.items[i] != null) {
                item = builtins().next(iters.items[i]);
                if (item == null) {
                    it.state[0]--;
                    if (it.state[0] == 0) {
                        if (reuse) heap.decref(result);
                        else for (int k = 0; k < i; k++) heap.decref(fresh[k]);
                        return null;
                    }
                    PyObject exhausted = iters.items[i];
                    iters.items[i] = null;
                    heap.decref(exhausted);
                }
            }
            if (item == null) item = heap.newRef(it.refs[2]);
            if (reuse) {
                PyObject old = result.items[i];
                result.items[i] = item;
                heap.decref(old);
            } else {
                fresh[i] = item;
            }
        }
        if (reuse) {
            if (!result.isTracked()) heap.track(result);
            return result;
        }
        return heap.alloc(new PyTuple(fresh));
    }
}
