package com.studyhall.simulation.syntax;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What holds each constant value of a program before its first line runs. CPython's compiler puts a
 * literal's value in the co_consts of every code object (module, function, class body, comprehension)
 * that uses it on its own, and in every constant tuple or frozenset that has it as an item, all made
 * with the code; the lab makes a holder when its code first runs, and counts one co_consts for all code
 * objects. So sys.getrefcount of a value another code object holds, or a container the code has not
 * reached yet, can be lower in the lab (a function not yet called, a second code object): the checker
 * refuses it where it sees the argument (a literal, or a name bound to one).
 */
final class ConstantHolders {
    /** One holder of a value: a code object's co_consts, or a constant container inside that code object. */
    private record Holder(Object code, Expr container) { }

    private final Map<Object, List<Holder>> holders = new HashMap<>();
    private final Deque<Object> code = new ArrayDeque<>();
    /** The literals that are items of a constant tuple or set display: held by that container. */
    private final Map<Expr, Expr> containerItems = new IdentityHashMap<>();
    /** The code object each sys.getrefcount call sits in. */
    private final Map<Expr.Call, Object> calls = new IdentityHashMap<>();

    ConstantHolders() {
        code.push(new Object()); // the module
    }

    /** A new code object's body starts; its identity, to come back to (a comprehension's first iterable is the enclosing code's). */
    Object enterCode() {
        Object id = new Object();
        code.push(id);
        return id;
    }

    void reenterCode(Object id) {
        code.push(id);
    }

    void exitCode() {
        code.pop();
    }

    /**
     * A tuple or set display whose items are all literals is one constant holding them (a list display
     * of three or more literals too: its LIST_EXTEND tuple).
     */
    void display(Expr display, List<Expr> items) {
        if (items.isEmpty() || !items.stream().allMatch(e -> e instanceof Expr.Constant)) return;
        for (Expr item : items) containerItems.put(item, display);
    }

    void constant(Expr.Constant c) {
        Object key = key(c.value());
        if (key != null) holders.computeIfAbsent(key, k -> new ArrayList<>()).add(new Holder(code.peek(), containerItems.get(c)));
    }

    void getrefcount(Expr.Call call) {
        calls.put(call, code.peek());
    }

    /**
     * Whether the lab's count of the value's constant may be lower than CPython's at the call: another
     * code object holds it (its own co_consts, or a container in it, perhaps not made yet), or a
     * container after the call in the call's own code does (not made yet when the call runs first).
     */
    boolean heldBeyond(Object value, Expr.Call call) {
        Object key = key(value);
        Object own = calls.get(call);
        if (key == null || own == null) return false;
        for (Holder h : holders.getOrDefault(key, List.of())) {
            if (h.code() != own) return true;
            if (h.container() != null && after(h.container().token(), call.token())) return true;
        }
        return false;
    }

    private static boolean after(Token a, Token b) {
        return a.line() > b.line() || a.line() == b.line() && a.column() > b.column();
    }

    /**
     * The value as the compiler's constant cache tells values apart (by type, a float by its bits); null
     * for the objects CPython shares from start-up or interns (InternedRefcounts refuses those).
     */
    static Object key(Object value) {
        if (value instanceof BigInteger n) return n.bitLength() < 10 && n.intValue() >= -5 && n.intValue() <= 256 ? null : List.of("int", n);
        if (value instanceof Double d) return List.of("float", Double.doubleToRawLongBits(d));
        if (value instanceof String s) return s.length() <= 1 || InternedRefcounts.nameLike(s) ? null : List.of("str", s);
        if (value instanceof BytesLiteral b) return b.value().length() <= 1 ? null : List.of("bytes", b.value());
        if (value instanceof Imaginary z) return List.of("complex", Double.doubleToRawLongBits(z.real()), Double.doubleToRawLongBits(z.imag()));
        return null;
    }
}
