package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;

/** set: a hash table of members, the set operators and the methods that change it. */
final class SetType extends BuiltinType {
    SetType(Interpreter in) {
        super("set", null, in);
        ContainerMethods.installSet(this);
        method("add", (self, args, kw) -> {
            ((PySet) self).add(heap.newRef(args.get(0)), heap);
            return v.none;
        });
        method("remove", (self, args, kw) -> {
            PyObject o = ((PySet) self).discard(args.get(0));
            if (o == null) throw PyRaise.withArg("KeyError", ops().repr(args.get(0)), heap.newRef(args.get(0)));
            heap.decref(o);
            return v.none;
        });
        method("discard", (self, args, kw) -> {
            PyObject o = ((PySet) self).discard(args.get(0));
            if (o != null) heap.decref(o);
            return v.none;
        });
        method("clear", (self, args, kw) -> {
            self.releaseContents(heap);
            return v.none;
        });
    }

    @Override
    long len(PyObject o) {
        return ((PySet) o).size();
    }

    @Override
    boolean truthy(PyObject o) {
        return ((PySet) o).size() > 0;
    }

    @Override
    String recursionRepr(PyObject o) {
        return o.typeName() + "(...)";
    }

    @Override
    String repr(PyObject o) {
        PySet s = (PySet) o;
        if (s.size() == 0) return "set()";
        StringBuilder b = new StringBuilder("{");
        boolean first = true;
        for (PyObject m : s.members()) {
            b.append(first ? "" : ", ").append(ops().repr(m));
            first = false;
        }
        return b.append('}').toString();
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!(b instanceof PySet y)) return false;
        PySet x = (PySet) a;
        if (x.size() != y.size()) return false;
        for (PyObject m : x.members()) if (!y.contains(m)) return false;
        return true;
    }

    /** set_richcompare: subset and superset, strict when the sizes differ (< and >). */
    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(b instanceof PySet y)) return null;
        PySet x = (PySet) a;
        boolean subset = op.startsWith("<");
        PySet small = subset ? x : y;
        PySet big = subset ? y : x;
        if (small.size() > big.size()) return false;
        if (op.length() == 1 && small.size() == big.size()) return false;
        for (PyObject m : small.members()) if (!big.contains(m)) return false;
        return true;
    }

    /**
     * set_ior, set_iand, set_isub and set_ixor: the set changes itself. &= builds the intersection
     * and swaps tables with it (set_swap_bodies), so the set gets the new, smaller table.
     */
    @Override
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        if (!(b instanceof PySet y)) return null;
        PySet x = (PySet) a;
        switch (op) {
            case PIPE -> merge(x, y);
            case AMPER -> {
                PySet both = (PySet) binary(TokenType.AMPER, x, y);
                x.swapBodies(both);
                heap.decref(both);
            }
            case MINUS -> {
                if (x == y) x.releaseContents(heap);
                else for (PyObject m : y.members()) {
                    PyObject gone = x.discard(m);
                    if (gone != null) heap.decref(gone);
                }
            }
            case CARET -> {
                if (x == y) x.releaseContents(heap);
                else toggle(x, y);
            }
            default -> {
                return null;
            }
        }
        return heap.newRef(x);
    }

    /** set_merge: presize for the other's members, then add each. */
    private void merge(PySet into, PySet from) {
        into.reserveFor(from.size());
        for (PyObject m : from.members()) into.add(heap.newRef(m), heap);
    }

    /** set_symmetric_difference_update: each member of {@code other} leaves {@code s} if there, else joins it. */
    private void toggle(PySet s, PySet other) {
        for (PyObject m : other.members()) {
            PyObject gone = s.discard(m);
            if (gone != null) heap.decref(gone);
            else s.add(heap.newRef(m), heap);
        }
    }

    /** set_symmetric_difference: a copy of the right operand, then the left's members toggled in it. */
    PySet symmetricDifference(PySet x, PySet y) {
        PySet out = heap.alloc(new PySet());
        out.copyTableIfSameSize(y, y.size());
        for (PyObject m : y.members()) out.add(heap.newRef(m), heap);
        toggle(out, x);
        return out;
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (!(b instanceof PySet y)) return null;
        PySet x = (PySet) a;
        switch (op) {
            case MINUS: {
                PySet out = heap.alloc(new PySet());
                for (PyObject m : x.members()) if (!y.contains(m)) out.add(heap.newRef(m), heap);
                return out;
            }
            case PIPE: {
                // set_or: a copy of x (set_merge), then set_update with y (set_merge again).
                PySet out = heap.alloc(new PySet());
                out.copyTableIfSameSize(x, x.size());
                for (PyObject m : x.members()) out.add(heap.newRef(m), heap);
                out.reserveFor(y.size());
                for (PyObject m : y.members()) out.add(heap.newRef(m), heap);
                return out;
            }
            case AMPER: {
                PySet out = heap.alloc(new PySet());
                for (PyObject m : x.members()) if (y.contains(m)) out.add(heap.newRef(m), heap);
                return out;
            }
            case CARET:
                return symmetricDifference(x, y);
            default:
                return null;
        }
    }

    @Override
    PyObject iter(PyObject o) {
        heap.incref(o);
        PyIter it = heap.alloc(new PyIter("set_iterator", o));
        it.snapshot = items(o);
        return it;
    }

    @Override
    List<PyObject> items(PyObject o) {
        return ((PySet) o).members();
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return ((PySet) container).contains(item);
    }
}
