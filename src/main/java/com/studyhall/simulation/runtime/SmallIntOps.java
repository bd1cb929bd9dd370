package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.syntax.TokenType;

/**
 * The int operators on two values that fit a long, without a BigInteger: what CPython's
 * longobject.c does for one-digit ints. Each answer is null when the long result would overflow
 * or the operator has an edge (division by zero, a negative shift, true division, powers): the
 * caller then takes the BigInteger path, which holds every error message and edge case.
 */
final class SmallIntOps {
    private SmallIntOps() { }

    static PyObject binary(Values v, TokenType op, long a, long b) {
        try {
            return switch (op) {
                case PLUS -> v.integer(Math.addExact(a, b));
                case MINUS -> v.integer(Math.subtractExact(a, b));
                case STAR -> v.integer(Math.multiplyExact(a, b));
                // floorDiv of Long.MIN_VALUE by -1 overflows silently, so that one goes the long way.
                case DOUBLE_SLASH -> b == 0 || (a == Long.MIN_VALUE && b == -1) ? null : v.integer(Math.floorDiv(a, b));
                case PERCENT -> b == 0 ? null : v.integer(Math.floorMod(a, b));
                case AMPER -> v.integer(a & b);
                case PIPE -> v.integer(a | b);
                case CARET -> v.integer(a ^ b);
                case SHIFT_RIGHT -> b < 0 ? null : v.integer(a >> Math.min(b, 63));
                case SHIFT_LEFT -> b < 0 || b > 62 || (a << b) >> b != a ? null : v.integer(a << b);
                default -> null;
            };
        } catch (ArithmeticException overflow) {
            return null;
        }
    }
}
