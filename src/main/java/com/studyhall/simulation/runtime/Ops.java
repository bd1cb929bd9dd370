package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.util.IdentityHashMap;

/**
 * The operators, truth, equality, str() and repr() as the interpreter asks for them: each asks
 * the operand's type ({@link BuiltinType}) and turns a missing slot into CPython's TypeError.
 */
final class Ops {
    private final IdentityHashMap<PyObject, Boolean> reprActive = new IdentityHashMap<>();
    Types types;

    static PyRaise typeError(String msg) {
        return new PyRaise("TypeError", msg);
    }

    boolean truthy(PyObject o) {
        return types.of(o).truthy(o);
    }

    // ---- equality and ordering ----

    boolean eq(PyObject a, PyObject b) {
        if (a == b) return !(a instanceof PyFloat f && Double.isNaN(f.value));
        return types.of(a).eq(a, b);
    }

    /** <, <=, >, >=; raises TypeError like CPython for unorderable types. */
    boolean order(String op, PyObject a, PyObject b) {
        Boolean r = types.of(a).order(op, a, b);
        if (r == null) {
            throw typeError("'" + op + "' not supported between instances of '" + a.typeName() + "' and '"
                    + b.typeName() + "'");
        }
        return r;
    }

    // ---- arithmetic (results are new references) ----

    /** binary_op1: the left operand's slot, then the right operand's reflected slot when its type differs. */
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        BuiltinType ta = types.of(a);
        PyObject r = ta.binary(op, a, b);
        if (r == null) {
            BuiltinType tb = types.of(b);
            if (tb != ta) r = tb.reflected(op, a, b);
        }
        if (r == null) {
            throw typeError("unsupported operand type(s) for " + symbol(op) + ": '" + a.typeName() + "' and '"
                    + b.typeName() + "'");
        }
        return r;
    }

    /** -x, +x and ~x. */
    PyObject unary(TokenType op, PyObject o) {
        PyObject r = types.of(o).unary(op, o);
        if (r == null) throw typeError("bad operand type for unary " + symbol(op) + ": '" + o.typeName() + "'");
        return r;
    }

    static String symbol(TokenType op) {
        return switch (op) {
            case PLUS -> "+";
            case MINUS -> "-";
            case STAR -> "*";
            case SLASH -> "/";
            case DOUBLE_SLASH -> "//";
            case PERCENT -> "%";
            case DOUBLE_STAR -> "** or pow()";
            case AMPER -> "&";
            case PIPE -> "|";
            case CARET -> "^";
            case SHIFT_LEFT -> "<<";
            case SHIFT_RIGHT -> ">>";
            case TILDE -> "~";
            default -> op.name();
        };
    }

    // ---- str and repr ----

    String str(PyObject o) {
        return types.of(o).str(o);
    }

    /** repr(); a container met again inside its own repr prints as [...] (Py_ReprEnter). */
    String repr(PyObject o) {
        BuiltinType t = types.of(o);
        String recursion = t.recursionRepr(o);
        if (recursion == null) return t.repr(o);
        if (reprActive.containsKey(o)) return recursion;
        reprActive.put(o, true);
        try {
            return t.repr(o);
        } finally {
            reprActive.remove(o);
        }
    }

    static String qualifiedType(PyObject o) {
        if (o instanceof PyInstance i) return i.cls.name;
        return o.typeName();
    }
}
