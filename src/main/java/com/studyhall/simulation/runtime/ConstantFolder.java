package com.studyhall.simulation.runtime;

import com.studyhall.simulation.library.ComplexMath;
import com.studyhall.simulation.syntax.BytesLiteral;
import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Imaginary;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * What CPython's AST optimizer (Python/ast_opt.c of 3.11) turns into a single constant: literals,
 * -literal, ~literal, literal op literal, tuples of those. Its limits keep a folded
 * constant small: ints of at most 128 bits from * and << (MAX_INT_SIZE), strings and bytes of at
 * most 4096 items from * (MAX_STR_SIZE), tuples of at most 256 items from * (MAX_COLLECTION_SIZE);
 * + has no limit. A folded tuple is the list "tuple", items... (a float item as "float", bits).
 */
final class ConstantFolder {
    private ConstantFolder() { }

    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final int MAX_TOTAL_ITEMS = 1024;

    static Object fold(Expr e) {
        if (e instanceof Expr.Constant c) return c.value();
        if (e instanceof Expr.Unary u && u.op() == TokenType.MINUS) {
            Object v = fold(u.operand());
            if (v instanceof BigInteger i) return i.negate();
            if (v instanceof Double d) return -d;
            if (v instanceof Imaginary z) return new Imaginary(-z.real(), -z.imag());
            return null;
        }
        if (e instanceof Expr.Unary u && u.op() == TokenType.TILDE) {
            return fold(u.operand()) instanceof BigInteger i ? i.not() : null;
        }
        if (e instanceof Expr.TupleDisplay t && !t.elements().isEmpty()) {
            List<Object> parts = new ArrayList<>();
            parts.add("tuple");
            for (Expr x : t.elements()) {
                Object v = fold(x);
                if (v == null) return null;
                parts.add(v instanceof Double d ? List.of("float", Double.doubleToRawLongBits(d)) : v);
            }
            return parts;
        }
        if (e instanceof Expr.Subscript s && !(s.index() instanceof Expr.Slice)) {
            Object seq = fold(s.object());
            Object index = seq == null ? null : fold(s.index());
            return index instanceof BigInteger i ? item(seq, i) : null;
        }
        if (e instanceof Expr.Binary b) {
            Object l = fold(b.left());
            if (l == null) return null;
            Object r = fold(b.right());
            if (r == null) return null;
            return binary(b.op(), l, r);
        }
        return null;
    }

    /**
     * fold_subscr: literal[int] is PyObject_GetItem's answer, made a constant (a str's character, a
     * bytes' int, a tuple's item); an index out of range is left to raise at run time. A str with
     * characters outside the BMP is left unfolded (its Java indexes are not its code points').
     */
    private static Object item(Object seq, BigInteger index) {
        int n = seq instanceof String s ? s.length() : seq instanceof BytesLiteral b ? b.value().length()
                : seq instanceof List<?> parts ? parts.size() - 1 : -1;
        if (n < 0 || index.bitLength() > 31) return null;
        int i = index.intValue() < 0 ? index.intValue() + n : index.intValue();
        if (i < 0 || i >= n) return null;
        if (seq instanceof String s) {
            return s.codePointCount(0, s.length()) == s.length() ? String.valueOf(s.charAt(i)) : null;
        }
        if (seq instanceof BytesLiteral b) return BigInteger.valueOf(b.value().charAt(i));
        Object item = ((List<?>) seq).get(i + 1);
        return item instanceof List<?> f && "float".equals(f.get(0)) ? Double.longBitsToDouble((Long) f.get(1)) : item;
    }

    private static Object binary(TokenType op, Object l, Object r) {
        if (l instanceof Imaginary || r instanceof Imaginary) return complexBinary(op, l, r);
        if (l instanceof String a && r instanceof String c && op == TokenType.PLUS) return a + c;
        if (l instanceof BytesLiteral a && r instanceof BytesLiteral c && op == TokenType.PLUS) {
            return new BytesLiteral(a.value() + c.value());
        }
        if (op == TokenType.STAR && r instanceof BigInteger n && !(l instanceof BigInteger) && !(l instanceof Double)) return repeat(l, n);
        if (op == TokenType.STAR && l instanceof BigInteger n && !(r instanceof BigInteger) && !(r instanceof Double)) return repeat(r, n);
        if (l instanceof BigInteger a && r instanceof BigInteger c) {
            switch (op) {
                case SHIFT_LEFT:
                    if (c.signum() < 0) return null; // ValueError at run time
                    if (a.signum() != 0 && (c.bitLength() > 31 || c.intValue() > MAX_INT_SIZE
                            || a.bitLength() > MAX_INT_SIZE - c.intValue())) return null;
                    return a.signum() == 0 ? a : a.shiftLeft(c.intValue());
                case SHIFT_RIGHT:
                    if (c.signum() < 0) return null;
                    return c.bitLength() > 31 ? BigInteger.valueOf(a.signum() < 0 ? -1 : 0) : a.shiftRight(c.intValue());
                case AMPER: return a.and(c);
                case PIPE: return a.or(c);
                case CARET: return a.xor(c);
                case PLUS: return a.add(c);
                case MINUS: return a.subtract(c);
                case STAR: return a.bitLength() + c.bitLength() <= 128 ? a.multiply(c) : null;
                // True division: a double quotient is correctly rounded while both fit in 53 bits.
                case SLASH: return c.signum() == 0 || a.bitLength() > 53 || c.bitLength() > 53 ? null : a.doubleValue() / c.doubleValue();
                case DOUBLE_SLASH: return c.signum() == 0 ? null : IntType.floorDiv(a, c);
                case PERCENT: return c.signum() == 0 ? null : a.subtract(IntType.floorDiv(a, c).multiply(c));
                case DOUBLE_STAR:
                    if (c.signum() < 0 || c.bitLength() > 16 || (long) a.bitLength() * c.longValue() > 128) return null;
                    return a.pow(c.intValue());
                default: return null;
            }
        }
        if ((l instanceof BigInteger || l instanceof Double) && (r instanceof BigInteger || r instanceof Double)
                && !(l instanceof Boolean) && !(r instanceof Boolean)) {
            double a = l instanceof BigInteger i ? i.doubleValue() : (Double) l;
            double c = r instanceof BigInteger i ? i.doubleValue() : (Double) r;
            // An int too large for a double is CPython's OverflowError at run time, not a folded inf.
            if (Double.isInfinite(a) && l instanceof BigInteger || Double.isInfinite(c) && r instanceof BigInteger) return null;
            switch (op) {
                case PLUS: return a + c;
                case MINUS: return a - c;
                case STAR: return a * c;
                case SLASH: return c == 0 ? null : a / c;
                case DOUBLE_SLASH: return c == 0 ? null : FloatType.floatDivmod(a, c)[0];
                case PERCENT: return c == 0 ? null : FloatType.floatDivmod(a, c)[1];
                // float_pow: a negative base to a fractional power is complex, 0.0 ** -1 an error.
                case DOUBLE_STAR: {
                    if (a == 0 && c < 0 || a < 0 && c != Math.rint(c)) return null;
                    double p = Math.pow(a, c);
                    return Double.isInfinite(p) && !Double.isInfinite(a) ? null : p; // OverflowError at run time
                }
                default: return null;
            }
        }
        return null;
    }

    /** safe_multiply for a sequence times an int: str and bytes up to 4096 items, tuples up to 256 (and 1024 nested). */
    private static Object repeat(Object seq, BigInteger count) {
        int size;
        if (seq instanceof String s) size = s.codePointCount(0, s.length());
        else if (seq instanceof BytesLiteral b) size = b.value().length();
        else if (seq instanceof List<?> t && "tuple".equals(t.get(0))) size = t.size() - 1;
        else return null;
        int limit = seq instanceof List ? MAX_COLLECTION_SIZE : MAX_STR_SIZE;
        if (size > 0 && (count.signum() < 0 || count.compareTo(BigInteger.valueOf(limit / size)) > 0)) return null;
        int n = size == 0 ? 0 : count.intValue();
        if (seq instanceof List<?> t && n > 0 && complexity(t, MAX_TOTAL_ITEMS / n) < 0) return null;
        if (seq instanceof String s) return n <= 0 ? "" : s.repeat(n);
        if (seq instanceof BytesLiteral b) return new BytesLiteral(n <= 0 ? "" : b.value().repeat(n));
        List<?> t = (List<?>) seq;
        if (n <= 0) return null; // the empty tuple: CPython's shared one, as the display () gives
        List<Object> parts = new ArrayList<>();
        parts.add("tuple");
        for (int i = 0; i < n; i++) parts.addAll(t.subList(1, t.size()));
        return parts;
    }

    /** check_complexity: the limit left after counting a tuple's items, nested tuples included. */
    private static int complexity(Object o, int limit) {
        if (o instanceof List<?> t && "tuple".equals(t.get(0))) {
            limit -= t.size() - 1;
            for (int i = 1; limit >= 0 && i < t.size(); i++) limit = complexity(t.get(i), limit);
        }
        return limit;
    }

    /** 1+2j, 3*1j...: complex arithmetic on constants is folded (an error leaves it to run time). */
    private static Object complexBinary(TokenType op, Object l, Object r) {
        ComplexMath.C a = complexOf(l), b = complexOf(r);
        if (a == null || b == null) return null;
        try {
            ComplexMath.C z = switch (op) {
                case PLUS -> ComplexMath.sum(a, b);
                case MINUS -> ComplexMath.diff(a, b);
                case STAR -> ComplexMath.prod(a, b);
                case SLASH -> ComplexMath.quot(a, b);
                case DOUBLE_STAR -> ComplexMath.pow(a, b);
                default -> null;
            };
            return z == null ? null : new Imaginary(z.re(), z.im());
        } catch (ComplexMath.Domain | ComplexMath.Range e) {
            return null;
        }
    }

    private static ComplexMath.C complexOf(Object o) {
        if (o instanceof Imaginary z) return new ComplexMath.C(z.real(), z.imag());
        if (o instanceof Double d) return new ComplexMath.C(d, 0.0);
        if (o instanceof BigInteger i) {
            double d = i.doubleValue();
            return Double.isInfinite(d) ? null : new ComplexMath.C(d, 0.0);
        }
        return null;
    }
}
