package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The iterators of the builtin containers and enumerate (listiterator, tupleiterator,
 * rangeiterator, dict and set iterators, enumerate): one Java object kind, told apart by
 * {@link PyIter#kind}; tp_iternext is {@link #next}.
 */
final class IterType extends IteratorType {
    IterType(Interpreter in) {
        super("iterator", in);
    }

    @Override
    String repr(PyObject o) {
        return "<" + ((PyIter) o).kind + " object at " + Reprs.address(o) + ">";
    }

    /** The remaining items of an iterator, owned by the scratch list until the statement ends. */
    static List<PyObject> drainToScratch(Builtins protocols, PyObject iterator) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = protocols.next(iterator); x != null; x = protocols.next(iterator)) {
            out.add(x);
            protocols.scratch.add(x);
        }
        return out;
    }

    /** Every item of an iterator the caller hands over: held while it runs, released after; scratch owns the items. */
    static List<PyObject> drainAndRelease(Builtins protocols, Heap heap, PyObject iterator) {
        protocols.hold(iterator);
        try {
            return drainToScratch(protocols, iterator);
        } finally {
            protocols.unhold(iterator);
            heap.decref(iterator);
        }
    }

    /** The items of a str or range, made one by one through a temporary iterator. */
    static List<PyObject> drain(Builtins protocols, Heap heap, PyObject o) {
        PyObject it = protocols.getIter(o);
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = protocols.next(it); x != null; x = protocols.next(it)) {
            out.add(x);
            heap.decref(x);
        }
        heap.decref(it);
        return out;
    }

    /** A result pair (new reference), reusing the iterator's last tuple when only the iterator holds it. */
    private PyObject pair(PyIter it, PyObject first, PyObject second) {
        PyTuple r = it.result;
        if (r != null && r.refcnt == 1) {
            heap.incref(r);
            PyObject oldFirst = r.items[0];
            PyObject oldSecond = r.items[1];
            r.items[0] = first;
            r.items[1] = second;
            heap.decref(oldFirst);
            heap.decref(oldSecond);
            // A collection may have untracked it while it held only atoms.
            if (!r.isTracked()) heap.track(r);
            return r;
        }
        return heap.alloc(new PyTuple(new PyObject[] {first, second}));
    }

    /** The next item as a new reference, or null when exhausted. */
    PyObject next(PyObject iterator) {
        in.checkDeadline();
        PyIter it = (PyIter) iterator;
        PyObject src = it.source;
        if (src == null) return null;
        if (it.kind.equals("enumerate")) {
            PyObject item = builtins().next(src);
            if (item == null) return null;
            PyObject index = v.integer(it.index++);
            return pair(it, index, item);
        }
        long i = it.index++;
        // An iterator over a list subclass's instance reads its list part (listiter_next never calls __getitem__).
        PyObject seq = PyInstance.bodyOf(src);
        if (seq instanceof PyList l) {
            if (i < l.items.size()) return heap.newRef(l.items.get((int) i));
        } else if (seq instanceof PyTuple t) {
            if (i < t.items.length) return heap.newRef(t.items[(int) i]);
        } else if (src instanceof PyDeque d) {
            if (d.state != it.dequeState) throw new PyRaise("RuntimeError", "deque mutated during iteration");
            List<PyObject> items = it.snapshot != null ? it.snapshot : d.items; // reversed() walks a reversed copy
            if (i < items.size()) return heap.newRef(items.get((int) i));
        } else if (src instanceof PyRange r) {
            if (i < r.length()) return r.itemsFitLong() ? v.integer(r.getLong(i)) : v.integer(r.get(i));
        } else if (seq instanceof PyStr s) {
            if (i < s.value.length()) return v.str(String.valueOf(s.value.charAt((int) i)));
        } else if (src instanceof PyBytes b) {
            if (i < b.value.length()) return v.integer(b.value.charAt((int) i));
        } else if (src instanceof PyBytearray b) {
            if (i < b.data.length()) return v.integer(b.data.charAt((int) i));
        } else if (src instanceof PyArray a) {
            if (i < a.size()) return ArrayItems.object(v, a.typecode, a.getBits((int) i));
        } else if (src instanceof PyMemoryView m) {
            PyObject item = ((MemoryViewType) builtins().types.of(m)).next(m, i);
            if (item != null) return item;
        } else if (src instanceof PyInstance && seq == src) {
            // The sequence protocol (a class with __getitem__ and no __iter__): items 0, 1, ... until IndexError.
            PyObject index = v.integer(i);
            try {
                return builtins().getItem(src, index);
            } catch (PyRaise e) {
                if (!in.exceptions.is(e, "IndexError") && !in.exceptions.is(e, "StopIteration")) throw e;
                in.exceptions.discard(e);
            } finally {
                heap.decref(index);
            }
        } else if (it.snapshot != null && it.odictState >= 0) {
            // odictiter_nextkey: checked only while a key is left to give (di_current is not NULL).
            boolean items = it.pairs;
            int size = items ? it.snapshot.size() / 2 : it.snapshot.size();
            if (i < size) {
                PyOrderedDict od = (PyOrderedDict) seq;
                if (od.state != it.odictState) throw new PyRaise("RuntimeError", "OrderedDict mutated during iteration");
                if (od.map.size() != size) throw new PyRaise("RuntimeError", "OrderedDict changed size during iteration");
                if (items) return pair(it, heap.newRef(it.snapshot.get(2 * (int) i)), heap.newRef(it.snapshot.get(2 * (int) i + 1)));
                return heap.newRef(it.snapshot.get((int) i));
            }
        } else if (it.snapshot != null) {
            if (seq instanceof PyDict d && d.map.size() != (it.pairs ? it.snapshot.size() / 2 : it.snapshot.size())) {
                throw new PyRaise("RuntimeError", "dictionary changed size during iteration");
            }
            if (it.pairs) {
                if (2 * i < it.snapshot.size()) {
                    PyObject k = heap.newRef(it.snapshot.get((int) (2 * i)));
                    PyObject val = heap.newRef(it.snapshot.get((int) (2 * i + 1)));
                    return pair(it, k, val);
                }
            } else if (i < it.snapshot.size()) {
                return heap.newRef(it.snapshot.get((int) i));
            }
        }
        // Exhausted: list and tuple iterators drop their sequence at once; a deque's keeps it (its counter stays 0).
        if (src instanceof PyDeque) {
            it.index = i;
            return null;
        }
        it.source = null;
        if (!(src instanceof PyRange)) heap.decref(src);
        return null;
    }
}
