package com.studyhall.simulation.runtime;

import com.studyhall.simulation.library.ComplexMath;
import com.studyhall.simulation.syntax.BytesLiteral;
import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Imaginary;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** What CPython's AST optimizer turns into a single constant (literals, -literal, literal op literal, tuples of those). */
final class ConstantFolder {
    private ConstantFolder() { }

    static Object fold(Expr e) {
        if (e instanceof Expr.Constant c) return c.value();
        if (e instanceof Expr.Unary u && u.op() == TokenType.MINUS) {
            Object v = fold(u.operand());
            if (v instanceof BigInteger i) return i.negate();
            if (v instanceof Double d) return -d;
            if (v instanceof Imaginary z) return new Imaginary(-z.real(), -z.imag());
            return null;
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
        if (e instanceof Expr.Binary b) {
            Object l = fold(b.left());
            if (l == null) return null;
            Object r = fold(b.right());
            if (r == null) return null;
            return binary(b.op(), l, r);
        }
        return null;
    }

    private static Object binary(TokenType op, Object l, Object r) {
        if (l instanceof Imaginary || r instanceof Imaginary) return complexBinary(op, l, r);
        if (l instanceof String a && r instanceof String c && op == TokenType.PLUS) {
            return a.length() + c.length() <= 4096 ? a + c : null;
        }
        if (l instanceof BytesLiteral a && r instanceof BytesLiteral c && op == TokenType.PLUS) {
            return a.value().length() + c.value().length() <= 4096 ? new BytesLiteral(a.value() + c.value()) : null;
        }
        if (l instanceof BigInteger a && r instanceof BigInteger c) {
            switch (op) {
                case PLUS: return a.add(c);
                case MINUS: return a.subtract(c);
                case STAR: return a.bitLength() + c.bitLength() <= 128 ? a.multiply(c) : null;
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
                default: return null;
            }
        }
        return null;
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
