package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;

/** int: arbitrary precision arithmetic (longobject.c) and mixed int/float comparisons. */
class IntType extends BuiltinType {
    IntType(Interpreter in) {
        this("int", null, in);
    }

    IntType(String name, BuiltinType base, Interpreter in) {
        super(name, base, in);
        method("bit_length", (self, args, kw) -> {
            noArguments("int.bit_length", args);
            return v.integer(((PyInt) self).value().abs().bitLength());
        });
        method("bit_count", (self, args, kw) -> {
            noArguments("int.bit_count", args);
            return v.integer(((PyInt) self).value().abs().bitCount());
        });
        // int_int: the int itself (a bool gives the plain int).
        method("conjugate", (self, args, kw) -> {
            noArguments("int.conjugate", args);
            return self instanceof PyBool ? v.integer(((PyInt) self).value()) : heap.newRef(self);
        });
        IntBytes.install(this);
    }

    /**
     * The number protocol's data attributes: real and numerator are the int itself (int_int: a bool
     * gives the plain int), imag 0, denominator 1.
     */
    @Override
    PyObject attribute(PyObject o, String attr) {
        return switch (attr) {
            case "real", "numerator" -> o instanceof PyBool ? v.integer(((PyInt) o).value()) : heap.newRef(o);
            case "imag" -> v.integer(0);
            case "denominator" -> v.integer(1);
            default -> null;
        };
    }

    static void noArguments(String name, java.util.List<PyObject> args) {
        if (!args.isEmpty()) throw new PyRaise("TypeError", name + "() takes no arguments (" + args.size() + " given)");
    }

    @Override
    boolean truthy(PyObject o) {
        return ((PyInt) o).signum() != 0;
    }

    @Override
    String repr(PyObject o) {
        return ((PyInt) o).decimal();
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return FloatType.numbersEqual(a, b);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        return FloatType.orderNumbers(op, a, b);
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (b instanceof PyInt y) {
            PyInt x = (PyInt) a;
            PyObject r = x.fitsLong() && y.fitsLong() ? SmallIntOps.binary(v, op, x.longValue(), y.longValue()) : null;
            return r != null ? r : intOp(op, x.value(), y.value());
        }
        if (b instanceof PyFloat) return FloatType.floatOp(v, op, FloatType.toDouble(a), FloatType.toDouble(b), a, b);
        return null;
    }

    @Override
    PyObject unary(TokenType op, PyObject o) {
        PyInt x = (PyInt) o;
        if (x.fitsLong() && x.longValue() != Long.MIN_VALUE) {
            long i = x.longValue();
            return switch (op) {
                case MINUS -> v.integer(-i);
                case PLUS -> v.integer(i);
                case TILDE -> v.integer(~i);
                default -> null;
            };
        }
        BigInteger i = x.value();
        return switch (op) {
            case MINUS -> v.integer(i.negate());
            case PLUS -> v.integer(i);
            case TILDE -> v.integer(i.not());
            default -> null;
        };
    }

    PyObject intOp(TokenType op, BigInteger a, BigInteger b) {
        switch (op) {
            case PLUS: return v.integer(a.add(b));
            case MINUS: return v.integer(a.subtract(b));
            case STAR: return v.integer(a.multiply(b));
            case SLASH:
                if (b.signum() == 0) throw new PyRaise("ZeroDivisionError", "division by zero");
                // A zero quotient keeps the divisor's sign, as C's division of doubles does: 0 / -1 is -0.0.
                if (a.signum() == 0) return v.floating(b.signum() < 0 ? -0.0 : 0.0);
                return v.floating(trueDivide(a, b));
            case DOUBLE_SLASH:
                if (b.signum() == 0) throw new PyRaise("ZeroDivisionError", "integer division or modulo by zero");
                return v.integer(floorDiv(a, b));
            case PERCENT:
                if (b.signum() == 0) throw new PyRaise("ZeroDivisionError", "integer modulo by zero");
                return v.integer(a.subtract(floorDiv(a, b).multiply(b)));
            case DOUBLE_STAR:
                if (b.signum() < 0) {
                    if (a.signum() == 0) throw new PyRaise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                    return v.floating(Math.pow(a.doubleValue(), b.doubleValue()));
                }
                if ((long) a.bitLength() * b.longValue() > 1_000_000) throw new PyRaise("MemoryError", "");
                return v.integer(a.pow(b.intValueExact()));
            case AMPER: return v.integer(a.and(b));
            case PIPE: return v.integer(a.or(b));
            case CARET: return v.integer(a.xor(b));
            case SHIFT_LEFT:
                if (b.signum() < 0) throw new PyRaise("ValueError", "negative shift count");
                return v.integer(a.shiftLeft(b.intValue()));
            case SHIFT_RIGHT:
                if (b.signum() < 0) throw new PyRaise("ValueError", "negative shift count");
                return v.integer(a.shiftRight(b.min(BigInteger.valueOf(100000)).intValue()));
            default: return null;
        }
    }

    /**
     * {@code a / b} rounded once to the nearest double, as CPython's long_true_divide does: the
     * quotient is taken to at least 56 bits with a sticky bit for any remainder, so converting it
     * rounds as the exact quotient would. Java's double division is already exact for operands
     * a double holds exactly. A result beyond the largest double is CPython's OverflowError.
     */
    static double trueDivide(BigInteger a, BigInteger b) {
        if (a.bitLength() <= 53 && b.bitLength() <= 53) return a.doubleValue() / b.doubleValue();
        int shift = Math.max(0, 56 - (a.bitLength() - b.bitLength()));
        BigInteger[] qr = a.abs().shiftLeft(shift).divideAndRemainder(b.abs());
        BigInteger sticky = qr[1].signum() == 0 ? qr[0] : qr[0].setBit(0);
        double quotient = Math.scalb(sticky.doubleValue(), -shift);
        if (Double.isInfinite(quotient)) throw new PyRaise("OverflowError", "integer division result too large for a float");
        if (quotient <= Double.MIN_NORMAL) quotient = subnormalQuotient(a.abs(), b.abs());
        return a.signum() * b.signum() < 0 ? -quotient : quotient;
    }

    /** A quotient at or below the smallest normal double: counted in steps of 2**-1074, rounded half to even. */
    private static double subnormalQuotient(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.shiftLeft(1074).divideAndRemainder(b);
        int half = qr[1].shiftLeft(1).compareTo(b);
        long steps = qr[0].longValueExact() + (half > 0 || half == 0 && qr[0].testBit(0) ? 1 : 0);
        return Math.scalb((double) steps, -1074);
    }

    static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && (qr[1].signum() != b.signum())) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }
}
