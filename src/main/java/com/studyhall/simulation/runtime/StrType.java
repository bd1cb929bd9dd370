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
                if (b instanceof PyStr y) return concat(a, y);
                if (b instanceof PyInstance) return null; // its __radd__ goes first (sq_concat comes last)
                throw ListType.cannotConcatenate(a, b);
            case STAR:
                if (b instanceof PyInstance) return null;
                return repeat(a, ListType.repeatCount(a, b));
            case PERCENT:
                return new PercentFormat(in, value(a), b).result(a.getClass() == PyStr.class ? a : null);
            default:
                return null;
        }
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        return op == TokenType.STAR ? repeat(b, ListType.repeatCount(b, a)) : null;
    }

    /** PyUnicode_Concat: an empty side gives the other side itself (PyUnicode_FromObject of an exact str). */
    private PyObject concat(PyObject a, PyStr b) {
        if (b.value.isEmpty() && a.getClass() == PyStr.class) return heap.newRef(a);
        if (value(a).isEmpty() && b.getClass() == PyStr.class) return heap.newRef(b);
        return v.str(value(a) + b.value);
    }

    private PyObject repeat(PyObject o, int times) {
        String s = value(o);
        // unicode_repeat: one copy is the exact str itself (unicode_result_unchanged).
        if (times == 1 && o.getClass() == PyStr.class) return heap.newRef(o);
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
        // unicode_subscript: the whole string with step 1 is the exact str itself (unicode_result_unchanged).
        boolean stepOne = slice.step instanceof PyNone || slice.step instanceof PyInt n && n.value().equals(java.math.BigInteger.ONE);
        if (b.length() == s.length() && stepOne && o.getClass() == PyStr.class) return heap.newRef(o);
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
