package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** str: an immutable sequence of characters, its operators, printf-style % and its methods. */
final class StrType extends BuiltinType {
    StrType(Interpreter in) {
        super("str", null, in);
        StrMethods.install(this);
        TranslateMethods.install(this);
    }

    private static String value(PyObject o) {
        return ((PyStr) o).value;
    }

    @Override
    long len(PyObject o) {
        String s = value(o);
        return s.codePointCount(0, s.length());
    }

    @Override
    boolean truthy(PyObject o) {
        return !value(o).isEmpty();
    }

    @Override
    String repr(PyObject o) {
        return Reprs.strRepr(value(o));
    }

    @Override
    String str(PyObject o) {
        return value(o);
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return b instanceof PyStr y && value(a).equals(y.value);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        if (!(b instanceof PyStr y)) return null;
        return compare(op, value(a).compareTo(y.value));
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        switch (op) {
            case PLUS:
                if (b instanceof PyStr y) return v.str(value(a) + y.value);
                if (b instanceof PyInstance) return null; // its __radd__ goes first (sq_concat comes last)
                throw ListType.cannotConcatenate(a, b);
            case STAR:
                if (b instanceof PyInstance) return null;
                return repeat(a, ListType.repeatCount(a, b));
            case PERCENT: {
                // "%s" % s: the writer of PyUnicode_Format stops overallocating before its last piece,
                // and a lone exact str written into an empty writer is kept, not copied.
                PyObject only = b instanceof PyTuple t && t.items.length == 1 ? t.items[0] : b;
                if (value(a).equals("%s") && only.getClass() == PyStr.class) return heap.newRef(only);
                return v.str(new PercentFormat(in, value(a), b).format());
            }
            default:
                return null;
        }
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return op == TokenType.STAR ? repeat(b, ListType.repeatCount(b, a)) : null;
    }

    private PyObject repeat(PyObject o, int times) {
        String s = value(o);
        if ((long) s.length() * times > 10_000_000) throw new PyRaise("MemoryError", "");
        return v.str(s.repeat(times));
    }

    @Override
    PyObject getItem(PyObject o, PyObject key) {
        String s = value(o);
        return v.str(String.valueOf(s.charAt((int) index(key, s.length(), "string"))));
    }

    @Override
    PyObject slice(PyObject o, SliceValue slice) {
        String s = value(o);
        StringBuilder b = new StringBuilder();
        for (int i : slice.indexes(s.length())) b.append(s.charAt(i));
        if (b.length() == s.length() && slice.step instanceof PyNone) return heap.newRef(o);
        return v.str(b.toString());
    }

    @Override
    PyObject iter(PyObject o) {
        heap.incref(o);
        return heap.alloc(new PyIter("str_ascii_iterator", o));
    }

    @Override
    List<PyObject> items(PyObject o) {
        return IterType.drain(builtins(), heap, o);
    }

    @Override
    boolean contains(PyObject container, PyObject item) {
        if (!(item instanceof PyStr sub)) {
            throw new PyRaise("TypeError", "'in <string>' requires string as left operand, not " + item.typeName());
        }
        return value(container).contains(sub.value);
    }
}
