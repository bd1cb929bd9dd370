package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.ArrayList;
import java.util.List;

/** tuple: an immutable sequence; the empty tuple is shared and whole-tuple results reuse the tuple. */
class TupleType extends BuiltinType {
    TupleType(Interpreter in) {
        this("tuple", null, in);
    }

    /** For namedtuple classes: their instances are tuples. */
    TupleType(String name, BuiltinType base, Interpreter in) {
        super(name, base, in);
        ContainerMethods.installTuple(this);
    }

    private static List<PyObject> items(PyTuple t) {
        return List.of(t.items);
    }

    @Override
    long len(PyObject o) {
        return ((PyTuple) o).items.length;
    }

    @Override
    boolean truthy(PyObject o) {
        return ((PyTuple) o).items.length > 0;
    }

    @Override
    String recursionRepr(PyObject o) {
        return "(...)";
    }

    @Override
    boolean reprEnters(PyObject o) {
        return ((PyTuple) o).items.length > 0;
    }

    @Override
    String repr(PyObject o) {
        PyObject[] items = ((PyTuple) o).items;
        StringBuilder b = new StringBuilder("(");
        for (int i = 0; i < items.length; i++) b.append(i > 0 ? ", " : "").append(ops().repr(items[i]));
        if (items.length == 1) b.append(',');
        return b.append(')').toString();
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyTuple y && ListType.sequencesEqual(ops(), items((PyTuple) a), items(y));
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(b instanceof PyTuple y)) return null;
        return ListType.orderSequences(ops(), op, items((PyTuple) a), items(y));
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        switch (op) {
            case PLUS: {
                if (b instanceof PyInstance) return null; // its __radd__ goes first (sq_concat comes last)
                if (!(b instanceof PyTuple y)) throw ListType.cannotConcatenate(a, b);
                PyTuple x = (PyTuple) a;
                PyObject[] items = new PyObject[x.items.length + y.items.length];
                System.arraycopy(x.items, 0, items, 0, x.items.length);
                System.arraycopy(y.items, 0, items, x.items.length, y.items.length);
                if (items.length == 0) return v.emptyTuple;
                for (PyObject o : items) heap.incref(o);
                return heap.alloc(new PyTuple(items));
            }
            case STAR:
                if (b instanceof PyInstance) return null;
                return repeat((PyTuple) a, ListType.repeatCount(a, b));
            default:
                return null;
        }
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return op == TokenType.STAR ? repeat((PyTuple) b, ListType.repeatCount(b, a)) : null;
    }

    private PyObject repeat(PyTuple t, int times) {
        if (times == 1 && t.getClass() == PyTuple.class) return heap.newRef(t);
        List<PyObject> items = new ArrayList<>();
        for (int i = 0; i < times; i++) items.addAll(List.of(t.items));
        if (items.isEmpty()) return v.emptyTuple;
        items.forEach(heap::incref);
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        PyTuple t = (PyTuple) o;
        return heap.newRef(t.items[(int) index(key, t.items.length, "tuple")]);
    }

    @Override
    PyObject slice(PyObject o, SliceValue s) {
        PyTuple t = (PyTuple) o;
        List<Integer> idx = s.indexes(t.items.length);
        if (idx.size() == t.items.length && (s.step instanceof PyNone) && t.getClass() == PyTuple.class) return heap.newRef(t);
        if (idx.isEmpty()) return v.emptyTuple;
        PyObject[] items = new PyObject[idx.size()];
        for (int k = 0; k < items.length; k++) items[k] = heap.newRef(t.items[idx.get(k)]);
        return heap.alloc(new PyTuple(items));
    }

    @Override
    PyObject iter(PyObject o) {
        heap.incref(o);
        return heap.alloc(new PyIter("tuple_iterator", o));
    }

    @Override
    List<PyObject> items(PyObject o) {
        return items((PyTuple) o);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        return ListType.containsByEquality(ops(), items(container), item);
    }
}
