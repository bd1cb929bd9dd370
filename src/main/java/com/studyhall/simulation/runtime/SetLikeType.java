package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.List;

/**
 * What set and frozenset share: the table's slots (length, truth, membership, iteration), equality
 * and the subset order, the operators (whose result is of the left operand's kind: {@code frozenset
 * | set} is a frozenset) and the methods that only read.
 */
abstract class SetLikeType extends BuiltinType {
    SetLikeType(String name, Interpreter in) {
        super(name, null, in);
        ContainerMethods.installSetQueries(this);
    }

    /** An empty set of the same kind as s. */
    PySet emptyLike(PySet s) {
        return heap.alloc(s instanceof PyFrozenSet ? new PyFrozenSet() : new PySet());
    }

    @Override
    long len(PyObject o) {
        return ((PySet) PyInstance.bodyOf(o)).size();
    }

    @Override
    boolean truthy(PyObject o) {
        return ((PySet) PyInstance.bodyOf(o)).size() > 0;
    }

    @Override
    String recursionRepr(PyObject o) {
        return o.typeName() + "(...)";
    }

    @Override
    String repr(PyObject o) {
        PySet s = (PySet) PyInstance.bodyOf(o);
        // set_repr names the type unless it is an exact set: frozenset({1}), Tags({1}), Tags().
        String named = o instanceof PyInstance i ? i.cls.name : s instanceof PyFrozenSet ? "frozenset" : null;
        if (s.size() == 0) return named != null ? named + "()" : "set()";
        return reprThroughList(() -> membersRepr(s, named));
    }

    private String membersRepr(PySet s, String named) {
        StringBuilder b = new StringBuilder(named != null ? named + "({" : "{");
        boolean first = true;
        for (PyObject m : s.members()) {
            b.append(first ? "" : ", ").append(ops().repr(m));
            first = false;
        }
        return b.append(named != null ? "})" : "}").toString();
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        if (!(PyInstance.bodyOf(b) instanceof PySet y)) return false;
        PySet x = (PySet) PyInstance.bodyOf(a);
        if (x.size() != y.size()) return false;
        for (PyObject m : x.members()) if (!y.contains(m)) return false;
        return true;
    }

    /** set_richcompare: subset and superset, strict when the sizes differ (< and >). */
    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(PyInstance.bodyOf(b) instanceof PySet y)) return null;
        PySet x = (PySet) PyInstance.bodyOf(a);
        boolean subset = op.startsWith("<");
        PySet small = subset ? x : y;
        PySet big = subset ? y : x;
        if (small.size() > big.size()) return false;
        if (op.length() == 1 && small.size() == big.size()) return false;
        for (PyObject m : small.members()) if (!big.contains(m)) return false;
        return true;
    }

    /** set_symmetric_difference_update: each member of {@code other} leaves {@code s} if there, else joins it. */
    void toggle(PySet s, PySet other) {
        for (PyObject m : other.members()) {
            PyObject gone = s.discard(m);
            if (gone != null) heap.decref(gone);
            else s.add(heap.newRef(m), heap);
        }
    }

    /** set_symmetric_difference: a copy of the right operand, then the left's members toggled in it. */
    PySet symmetricDifference(PySet x, PySet y) {
        PySet out = emptyLike(x);
        out.copyTableIfSameSize(y, y.size());
        for (PyObject m : y.members()) out.add(heap.newRef(m), heap);
        toggle(out, x);
        return out;
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (!(PyInstance.bodyOf(b) instanceof PySet y)) return null;
        PySet x = (PySet) PyInstance.bodyOf(a);
        switch (op) {
            case MINUS: {
                PySet out = emptyLike(x);
                for (PyObject m : x.members()) if (!y.contains(m)) out.add(heap.newRef(m), heap);
                return out;
            }
            case PIPE: {
                // set_or: a copy of x (set_merge), then set_update with y (set_merge again).
                PySet out = emptyLike(x);
                out.copyTableIfSameSize(x, x.size());
                for (PyObject m : x.members()) out.add(heap.newRef(m), heap);
                out.reserveFor(y.size());
                for (PyObject m : y.members()) out.add(heap.newRef(m), heap);
                return out;
            }
            case AMPER: {
                PySet out = emptyLike(x);
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
        return ((PySet) PyInstance.bodyOf(o)).members();
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return ((PySet) PyInstance.bodyOf(container)).contains(item);
    }
}
