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
    /** Set with {@link #types}; counts what the first Py_ReprEnter makes. */
    Heap heap;
    /** Set with {@link #types}; repr, str and comparisons spend a level of it while they run. */
    RecursionCounter recursion;
    /** Whether Py_ReprEnter has made the thread state's dict and the recursion guard's list in it. */
    private boolean reprGuardMade;

    static PyRaise typeError(String msg) {
        return new PyRaise("TypeError", msg);
    }

    boolean truthy(PyObject o) {
        return types.of(o).truthy(o);
    }

    // ---- equality and ordering ----

    boolean eq(PyObject a, PyObject b) {
        if (a == b) return !(a instanceof PyFloat f && Double.isNaN(f.value));
        recursion.enter(RecursionCounter.COMPARISON);
        try {
            return differentEq(a, b);
        } finally {
            recursion.leave();
        }
    }

    /** PyObject_RichCompare(a, b, Py_EQ) of two different objects, inside its recursion check. */
    private boolean differentEq(PyObject a, PyObject b) {
        if (b instanceof PyInstance && !(a instanceof PyInstance)) return types.instances().eq(a, b);
        // A ChainMap's KeysView or ItemsView is a collections.abc.Set: Set.__eq__ answers on either side.
        PyObject setView = a instanceof PyChainMapView ? a : b instanceof PyChainMapView ? b : null;
        if (setView != null) return types.of(setView).eq(setView, setView == a ? b : a);
        // set == d.keys(): set_richcompare declines a view, the view's richcompare answers.
        if (b instanceof PyView && !(a instanceof PyView)) return types.of(b).eq(b, a);
        // An int or a float against a Fraction: their __eq__ is NotImplemented, Fraction.__eq__ answers.
        if (b instanceof PyFraction && !(a instanceof PyFraction)) return types.of(b).eq(b, a);
        // dict == ChainMap: dict_richcompare declines, Mapping.__eq__ answers.
        if (b instanceof PyChainMap && !(a instanceof PyChainMap)) return types.of(b).eq(b, a);
        // The same for an int or a float against a complex.
        if (b instanceof PyComplex && (a instanceof PyInt || a instanceof PyFloat)) return types.of(b).eq(b, a);
        return types.of(a).eq(a, b);
    }

    /**
     * PyObject_RichCompareBool: the same object is equal to itself without asking its type, so a
     * container finds, counts and compares a nan it holds ({@code [x] == [x]} is True).
     */
    boolean sameOrEqual(PyObject a, PyObject b) {
        return a == b || eq(a, b);
    }

    /**
     * The == and != operators: unlike containment tests, they call a user __eq__/__ne__ even on
     * the same object; without one, != inverts ==.
     */
    boolean operatorEquals(PyObject a, PyObject b, boolean negate) {
        // proxy_richcompare: both sides are unwrapped before comparing.
        if (a instanceof PyProxy p) a = ProxyType.live(p);
        if (b instanceof PyProxy p) b = ProxyType.live(p);
        if (a instanceof PyInstance || b instanceof PyInstance) {
            recursion.enter(RecursionCounter.COMPARISON);
            try {
                return instancesOperator(a, b, negate);
            } finally {
                recursion.leave();
            }
        }
        if (negate && a != b) {
            Boolean ne = types.of(a).notEqual(a, b);
            if (ne != null) return ne;
        }
        return negate != eq(a, b);
    }

    /** == (or !=) where a program's class may answer: its __eq__/__ne__, else identity. */
    private boolean instancesOperator(PyObject a, PyObject b, boolean negate) {
        InstanceType t = types.instances();
        if (negate) {
            Boolean ne = t.richCompare(a, b, "__ne__", "__ne__");
            if (ne != null) return ne;
        }
        Boolean r = negate ? t.equalThroughObjectNe(a, b) : t.richCompare(a, b, "__eq__", "__eq__");
        boolean eq = r != null ? r : a == b;
        return negate != eq;
    }

    /** <, <=, >, >=; raises TypeError like CPython for unorderable types. */
    boolean order(String op, PyObject a, PyObject b) {
        recursion.enter(RecursionCounter.COMPARISON);
        try {
            return checkedOrder(op, a, b);
        } finally {
            recursion.leave();
        }
    }

    private boolean checkedOrder(String op, PyObject a, PyObject b) {
        Boolean r = types.of(a).order(op, a, b);
        if (r == null && b instanceof PyInstance && !(a instanceof PyInstance)) r = types.instances().order(op, a, b);
        return otherOrders(op, a, b, r);
    }

    /**
     * ==, !=, <, <=, >, >= where an operand is a program's instance: the rich comparison's own
     * result, a new reference (PyObject_RichCompare passes a method's object through unchanged;
     * only a truth test, a chain's middle or a container's comparison takes its truth).
     */
    PyObject richCompare(String op, PyObject a, PyObject b) {
        if (!passesObjectThrough(a, b)) return types.instances().answer(op.equals("==") || op.equals("!=")
                ? operatorEquals(a, b, op.equals("!=")) : order(op, a, b));
        InstanceType t = types.instances();
        recursion.enter(RecursionCounter.COMPARISON);
        try {
            switch (op) {
                case "==": {
                    PyObject r = t.richCompareObject(a, b, "__eq__", "__eq__");
                    return r != null ? r : t.answer(a == b);
                }
                case "!=": {
                    PyObject r = t.richCompareObject(a, b, "__ne__", "__ne__");
                    if (r != null) return r;
                    // object.__ne__ inverts __eq__'s truth: a bool, never __eq__'s object.
                    Boolean eq = t.equalThroughObjectNe(a, b);
                    return t.answer(!(eq != null ? eq : a == b));
                }
                default: {
                    PyObject r = t.orderObject(op, a, b);
                    return r != null ? r : t.answer(otherOrders(op, a, b, null));
                }
            }
        } finally {
            recursion.leave();
        }
    }

    /**
     * Whether {@link #richCompare} hands back a method's own object: an operand is a program's
     * instance and neither is a weakref.proxy (whose comparisons the lab answers with a bool; the
     * checker refuses a weakref program's non-bool __eq__/__ne__).
     */
    static boolean passesObjectThrough(PyObject a, PyObject b) {
        return (a instanceof PyInstance || b instanceof PyInstance) && !(a instanceof PyProxy) && !(b instanceof PyProxy);
    }

    /** The orderings of views, fractions and proxies against another type, else CPython's TypeError. */
    private boolean otherOrders(String op, PyObject a, PyObject b, Boolean r) {
        if (r == null && b instanceof PyView && !(a instanceof PyView)) r = types.of(b).order(reflectedOrder(op), b, a);
        if (r == null && b instanceof PyFraction && !(a instanceof PyFraction)) r = types.of(b).order(reflectedOrder(op), b, a);
        if (r == null && b instanceof PyProxy && !(a instanceof PyProxy)) r = types.of(b).order(reflectedOrder(op), b, a);
        if (r == null) {
            throw typeError("'" + op + "' not supported between instances of '" + a.typeName() + "' and '"
                    + b.typeName() + "'");
        }
        return r;
    }

    /** The comparison with its operands swapped (a < b is b > a). */
    static String reflectedOrder(String op) {
        return switch (op) {
            case "<" -> ">";
            case ">" -> "<";
            case "<=" -> ">=";
            default -> "<=";
        };
    }

    // ---- arithmetic (results are new references) ----

    /** binary_op1: the left operand's slot, then the right operand's reflected slot when its type differs. */
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        return binary(op, a, b, symbol(op));
    }

    /**
     * An augmented assignment (PyNumber_InPlace*): the left operand's in-place slot when its type
     * has one (a list extends itself, a set or dict updates itself, an instance's __iadd__...), else
     * the binary operation, whose error then names the augmented operator ("for +=").
     */
    PyObject inplace(TokenType op, PyObject a, PyObject b) {
        SizeLimit.check(op, a, b);
        PyObject r = types.of(a).inplace(op, a, b);
        return r != null ? r : binary(op, a, b, (op == TokenType.DOUBLE_STAR ? "**" : symbol(op)) + "=");
    }

    private PyObject binary(TokenType op, PyObject a, PyObject b, String shown) {
        SizeLimit.check(op, a, b);
        BuiltinType ta = types.of(a);
        InstanceType instances = types.instances();
        boolean rightFirst = instances.reflectsFirst(op, a, b);
        PyObject r = rightFirst ? instances.reflectedFirst(op, a, b) : null;
        if (r == null && b instanceof PyInstance && !(a instanceof PyInstance)) r = instances.withValueOperand(op, ta, a, b);
        if (r == null) r = ta.binary(op, a, b);
        // The subclass's reflected method declined first: it is not asked again (do_other = 0, slotw = NULL).
        if (r == null && !rightFirst) {
            BuiltinType tb = types.of(b);
            // Instances of two different classes share InstanceType but still reflect (binary_op1).
            if (tb != ta || (a instanceof PyInstance x && b instanceof PyInstance y && x.cls != y.cls)) r = tb.reflected(op, a, b);
        }
        // PyNumber_Multiply's last resort, sequence_repeat: the sequence's sq_repeat takes an __index__ count.
        if (r == null && op == TokenType.STAR && ListType.isRepeatable(a) && b instanceof PyInstance
                && types.instances().defines(b, "__index__")) {
            r = ta.reflected(op, b, a);
        }
        if (r == null) {
            PyRaise sequence = ListType.sequenceError(op, a, b);
            if (sequence != null) throw sequence;
            throw typeError("unsupported operand type(s) for " + shown + ": '" + a.typeName() + "' and '"
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
            case AT -> "@";
            default -> op.name();
        };
    }

    // ---- str and repr ----

    /** PyObject_Str's text: an exact str is itself; any other object's type answers inside the recursion check. */
    String str(PyObject o) {
        if (o.getClass() == PyStr.class) return ((PyStr) o).value;
        recursion.enter(RecursionCounter.STR);
        try {
            return types.of(o).str(o);
        } finally {
            recursion.leave();
        }
    }

    /** repr(); a container met again inside its own repr prints as [...] (Py_ReprEnter). */
    String repr(PyObject o) {
        recursion.enter(RecursionCounter.REPR);
        try {
            return repr(types.of(o), o);
        } finally {
            recursion.leave();
        }
    }

    /** Type t's repr of o, guarded as t's own repr guards itself (list.__repr__ called on a subclass's instance too). */
    String repr(BuiltinType t, PyObject o) {
        String recursion = t.recursionRepr(o);
        if (recursion == null) return t.repr(o);
        if (!reprGuardMade && t.reprEnters(o)) {
            // The first Py_ReprEnter of the run makes the thread state's dict (PyThreadState_GetDict)
            // and the list under its "Py_Repr" key; both live as long as the thread.
            reprGuardMade = true;
            heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
            heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        }
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
