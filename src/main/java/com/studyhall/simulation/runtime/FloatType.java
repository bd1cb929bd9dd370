package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.ComplexMath;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigDecimal;

/** float: IEEE arithmetic with CPython's floor division and modulo, exact int/float comparisons. */
final class FloatType extends BuiltinType {
    FloatType(Interpreter in) {
        super("float", null, in);
        // float_float: the float itself.
        method("conjugate", (self, args, kw) -> heap.newRef(self));
        method("is_integer", (self, args, kw) -> {
            double d = ((PyFloat) self).value;
            return v.bool(!Double.isInfinite(d) && d == Math.floor(d));
        });
        method("as_integer_ratio", (self, args, kw) -> ratio(((PyFloat) self).value));
        method("hex", (self, args, kw) -> v.str(hex(((PyFloat) self).value)));
        classMethod("fromhex", (type, args, kw) -> {
            if (!kw.isEmpty()) throw new PyRaise("TypeError", "float.fromhex() takes no keyword arguments");
            if (args.size() != 1) throw new PyRaise("TypeError", "float.fromhex() takes exactly one argument (" + args.size() + " given)");
            if (!(args.get(0) instanceof PyStr text)) throw new PyRaise("TypeError", "bad argument type for built-in operation");
            return v.floating(fromHex(text.value));
        });
    }

    /**
     * float_fromhex: optional spaces and sign, inf/infinity/nan, or hex digits with an optional point,
     * "0x" and binary exponent (Java's parser, correctly rounded, wants the prefix and the exponent).
     */
    static double fromHex(String text) {
        String s = text.strip();
        String sign = s.startsWith("-") || s.startsWith("+") ? s.substring(0, 1) : "";
        String body = s.substring(sign.length()).toLowerCase(java.util.Locale.ROOT);
        double magnitude;
        if (body.equals("inf") || body.equals("infinity")) magnitude = Double.POSITIVE_INFINITY;
        else if (body.equals("nan")) magnitude = Double.NaN;
        else {
            if (body.startsWith("0x")) body = body.substring(2);
            if (!body.matches("([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[+-]?[0-9]+)?")) {
                throw new PyRaise("ValueError", "invalid hexadecimal floating-point string");
            }
            if (!body.contains("p")) body += "p0";
            magnitude = Double.parseDouble("0x" + body);
            if (Double.isInfinite(magnitude)) throw new PyRaise("OverflowError", "hexadecimal value too large to represent as a float");
        }
        return sign.equals("-") ? -magnitude : magnitude;
    }

    /** float.as_integer_ratio: the exact fraction in lowest terms (its denominator a power of two). */
    private PyObject ratio(double d) {
        if (Double.isInfinite(d)) throw new PyRaise("OverflowError", "cannot convert Infinity to integer ratio");
        if (Double.isNaN(d)) throw new PyRaise("ValueError", "cannot convert NaN to integer ratio");
        java.math.BigDecimal exact = new java.math.BigDecimal(d);
        java.math.BigInteger num = exact.unscaledValue();
        java.math.BigInteger den = java.math.BigInteger.ONE;
        if (exact.scale() > 0) den = java.math.BigInteger.TEN.pow(exact.scale());
        else num = num.multiply(java.math.BigInteger.TEN.pow(-exact.scale()));
        java.math.BigInteger g = num.gcd(den);
        if (g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        return heap.alloc(new PyTuple(new PyObject[] {v.integer(num), v.integer(den)}));
    }

    /** float_hex: "0x1." and thirteen hex digits, "p" and a signed exponent; subnormals as 0x0.; inf and nan by name. */
    static String hex(double d) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-" : "") + "0x0.0p+0";
        String java = Double.toHexString(d); // e.g. -0x1.4p1, 0x0.0000000000001p-1022
        int dot = java.indexOf('.');
        int p = java.indexOf('p');
        String digits = (java.substring(dot + 1, p) + "0000000000000").substring(0, 13);
        String exponent = java.substring(p + 1);
        return java.substring(0, dot + 1) + digits + "p" + (exponent.startsWith("-") ? exponent : "+" + exponent);
    }

    /** float.real is the float itself (float_float), float.imag a new 0.0. */
    @Override
    PyObject attribute(PyObject o, String attr) {
        return switch (attr) {
            case "real" -> heap.newRef(o);
            case "imag" -> v.floating(0.0);
            default -> null;
        };
    }

    @Override
    boolean truthy(PyObject o) {
        return ((PyFloat) o).value != 0;
    }

    @Override
    String repr(PyObject o) {
        return Reprs.floatRepr(((PyFloat) o).value);
    }

    @Override
    boolean eq(PyObject a, PyObject b) {
        return numbersEqual(a, b);
    }

    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        return orderNumbers(op, a, b);
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (!isNumber(b)) return null;
        return floatOp(v, op, toDouble(a), toDouble(b), a, b);
    }

    @Override
    PyObject unary(TokenType op, PyObject o) {
        return switch (op) {
            case MINUS -> v.floating(-((PyFloat) o).value);
            case PLUS -> heap.newRef(o);
            default -> null;
        };
    }

    static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    private static boolean isNaN(PyObject o) {
        return o instanceof PyFloat f && Double.isNaN(f.value);
    }

    static boolean numbersEqual(PyObject a, PyObject b) {
        return isNumber(b) && compareNumbers(a, b) == 0 && !isNaN(a) && !isNaN(b);
    }

    static Boolean orderNumbers(String op, PyObject a, PyObject b) {
        if (!isNumber(b)) return null;
        if (isNaN(a) || isNaN(b)) return false;
        return compare(op, compareNumbers(a, b));
    }

    static int compareNumbers(PyObject a, PyObject b) {
        if (a instanceof PyInt x && b instanceof PyInt y) return PyInt.compare(x, y);
        double da = toDouble(a);
        double db = toDouble(b);
        if (Double.isInfinite(da) || Double.isInfinite(db) || Double.isNaN(da) || Double.isNaN(db)) {
            return Double.compare(da, db);
        }
        return toDecimal(a).compareTo(toDecimal(b));
    }

    private static BigDecimal toDecimal(PyObject o) {
        return o instanceof PyInt i ? new BigDecimal(i.value()) : new BigDecimal(((PyFloat) o).value);
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyInt i) {
            if (i.fitsLong()) return i.longValue(); // rounds to nearest, as BigInteger.doubleValue does
            double d = i.value().doubleValue();
            if (Double.isInfinite(d)) throw new PyRaise("OverflowError", "int too large to convert to float");
            return d;
        }
        return ((PyFloat) o).value;
    }

    static PyObject floatOp(Values v, TokenType op, double a, double b, PyObject oa, PyObject ob) {
        switch (op) {
            case PLUS: return v.floating(a + b);
            case MINUS: return v.floating(a - b);
            case STAR: return v.floating(a * b);
            case SLASH:
                if (b == 0) throw new PyRaise("ZeroDivisionError", "float division by zero");
                return v.floating(a / b);
            case DOUBLE_SLASH: {
                if (b == 0) throw new PyRaise("ZeroDivisionError", "float floor division by zero");
                return v.floating(floatDivmod(a, b)[0]);
            }
            case PERCENT: {
                if (b == 0) throw new PyRaise("ZeroDivisionError", "float modulo");
                return v.floating(floatDivmod(a, b)[1]);
            }
            case DOUBLE_STAR:
                if (a == 0 && b < 0) throw new PyRaise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
                // float_pow: a negative number to a fractional power is complex's power.
                if (a < 0 && b != Math.floor(b)) return ComplexType.power(v, new ComplexMath.C(a, 0.0), new ComplexMath.C(b, 0.0));
                double r = Math.pow(a, b);
                // float_pow: an infinite result of finite operands sets errno to ERANGE, which PyErr_SetFromErrno reports.
                if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) throw rangeError(v);
                return v.floating(r);
            default:
                return null;
        }
    }

    /** OverflowError(34, 'Numerical result out of range'), as PyErr_SetFromErrno(ERANGE) makes it. */
    private static PyRaise rangeError(Values v) {
        String text = "Numerical result out of range";
        PyObject args = v.heap.alloc(new PyTuple(new PyObject[] {v.integer(34), v.str(text)}));
        return PyRaise.withArgs("OverflowError", "(34, '" + text + "')", args);
    }

    /** float_divmod from floatobject.c. */
    static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }
}
