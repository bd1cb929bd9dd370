package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.math.BigInteger;

/**
 * The C item types of array.array and of a memoryview's format: converting an object to an item's
 * bits (with the errors of arraymodule.c's setters, or memoryview's), an item back to an object,
 * and the little-endian bytes of an item (tobytes, frombytes).
 */
final class ArrayItems {
    static final String TYPECODES = "bBhHiIlLqQfd";
    private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private ArrayItems() { }

    static int itemsize(char tc) {
        return switch (tc) {
            case 'b', 'B' -> 1;
            case 'h', 'H' -> 2;
            case 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    static boolean isFloat(char tc) {
        return tc == 'f' || tc == 'd';
    }

    /** An array item's bits from o, as the typecode's setter converts it (b_setitem, II_setitem ...). */
    static long arrayBits(char tc, PyObject o) {
        if (isFloat(tc)) {
            PyObject x = BuiltinBases.receiver(o);
            if (!(x instanceof PyInt) && !(x instanceof PyFloat)) {
                throw new PyRaise("TypeError", "must be real number, not " + o.typeName());
            }
            return floatBits(tc, FloatType.toDouble(x));
        }
        if (!(BuiltinBases.receiver(o) instanceof PyInt i)) {
            throw new PyRaise("TypeError", "'" + o.typeName() + "' object cannot be interpreted as an integer");
        }
        BigInteger n = i.value();
        return switch (tc) {
            case 'I' -> unsigned(n, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long", 32, "unsigned int is greater than maximum");
            case 'L' -> unsigned(n, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long", 64, null);
            case 'Q' -> unsigned(n, "can't convert negative int to unsigned", "int too big to convert", 64, null);
            case 'q' -> {
                if (n.bitLength() > 63) throw new PyRaise("OverflowError", "int too big to convert");
                yield n.longValue();
            }
            default -> signed(tc, n);
        };
    }

    /** The small types go through PyArg_Parse's formats: a C long first, then each format's own range. */
    private static long signed(char tc, BigInteger n) {
        if (n.bitLength() > 63) throw new PyRaise("OverflowError", "Python int too large to convert to C long");
        long x = n.longValue();
        switch (tc) {
            case 'b':
                range(x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                range(x, -128, 127, "signed char");
                break;
            case 'B':
                range(x, 0, 255, "unsigned byte integer");
                break;
            case 'h':
                range(x, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer");
                break;
            case 'H':
                range(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                range(x, 0, 65535, "unsigned short");
                break;
            case 'i':
                range(x, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer");
                break;
            default:
                break;
        }
        return x;
    }

    private static void range(long x, long min, long max, String what) {
        if (x < min) throw new PyRaise("OverflowError", what + " is less than minimum");
        if (x > max) throw new PyRaise("OverflowError", what + " is greater than maximum");
    }

    private static long unsigned(BigInteger n, String negative, String tooLarge, int bits, String aboveType) {
        if (n.signum() < 0) throw new PyRaise("OverflowError", negative);
        if (n.compareTo(ULONG_MAX) > 0) throw new PyRaise("OverflowError", tooLarge);
        if (bits < 64 && n.bitLength() > bits) throw new PyRaise("OverflowError", aboveType);
        return n.longValue();
    }

    private static long floatBits(char tc, double d) {
        return Double.doubleToRawLongBits(tc == 'f' ? (double) (float) d : d);
    }

    /** A memoryview item's bits from o (struct packing): memoryview's TypeError and ValueError. */
    static long viewBits(char format, PyObject o) {
        PyObject x = BuiltinBases.receiver(o);
        if (isFloat(format)) {
            if (!(x instanceof PyInt) && !(x instanceof PyFloat)) throw invalid("type", format);
            return floatBits(format, FloatType.toDouble(x));
        }
        if (!(x instanceof PyInt i)) throw invalid("type", format);
        BigInteger n = i.value();
        boolean unsigned = Character.isUpperCase(format);
        int bits = 8 * itemsize(format);
        BigInteger min = unsigned ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
        BigInteger max = unsigned ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE) : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
        if (n.compareTo(min) < 0 || n.compareTo(max) > 0) throw invalid("value", format);
        return n.longValue();
    }

    private static PyRaise invalid(String what, char format) {
        return new PyRaise(what.equals("type") ? "TypeError" : "ValueError", "memoryview: invalid " + what + " for format '" + format + "'");
    }

    /** The object an item's bits stand for: a new int or float. */
    static PyObject object(Values v, char tc, long bits) {
        if (isFloat(tc)) return v.floating(Double.longBitsToDouble(bits));
        if ((tc == 'L' || tc == 'Q') && bits < 0) return v.integer(new BigInteger(Long.toUnsignedString(bits)));
        return v.integer(bits);
    }

    /** The item's bytes, little-endian, one char (0-255) each. */
    static void encode(char tc, long bits, StringBuilder out) {
        long raw = tc == 'f' ? Float.floatToRawIntBits((float) Double.longBitsToDouble(bits)) : bits;
        for (int k = 0; k < itemsize(tc); k++) out.append((char) ((raw >>> (8 * k)) & 0xFF));
    }

    /** The bits of the item whose bytes start at s[at]. */
    static long decode(char tc, String s, int at) {
        int size = itemsize(tc);
        long raw = 0;
        for (int k = 0; k < size; k++) raw |= ((long) s.charAt(at + k) & 0xFF) << (8 * k);
        if (tc == 'f') return Double.doubleToRawLongBits(Float.intBitsToFloat((int) raw));
        if (isFloat(tc) || size == 8 || Character.isUpperCase(tc)) return raw;
        int shift = 64 - 8 * size;
        return (raw << shift) >> shift;
    }
}
