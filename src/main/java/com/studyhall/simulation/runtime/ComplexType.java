package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.ComplexMath;
import com.studyhall.simulation.library.ComplexMath.C;
import com.studyhall.simulation.syntax.TokenType;

/**
 * complex (Objects/complexobject.c of 3.11): +, -, *, / and ** with ints, floats and complex on
 * either side (an int or float operand becomes {@code (x, 0.0)}), ==/!= with them, no ordering,
 * {@code //} and {@code %} unsupported; abs, hash, truth, real/imag, conjugate(), repr and str.
 * The doubles come from library.ComplexMath, which follows CPython's formulas step by step.
 */
final class ComplexType extends BuiltinType {
    ComplexType(Interpreter in) {
        super("complex", null, in);
        method("conjugate", (self, args, kw) -> {
            Args.noKeywords("complex.conjugate", kw);
            if (!args.isEmpty()) throw new PyRaise("TypeError", "complex.conjugate() takes no arguments (" + args.size() + " given)");
            PyComplex z = (PyComplex) self;
            return make(new C(z.real, -z.imag));
        });
    }

    PyObject make(C z) {
        return heap.alloc(new PyComplex(z.re(), z.im()));
    }

    static C of(PyComplex z) {
        return new C(z.real, z.imag);
    }

    /** to_complex: an int (OverflowError past a double) or a float as (x, 0.0); null for other types. */
    static C operand(PyObject o) {
        if (o instanceof PyComplex z) return of(z);
        if (o instanceof PyInt || o instanceof PyFloat) return new C(FloatType.toDouble(o), 0.0);
        return null;
    }

    /** complex.real and complex.imag: new floats (member descriptors of doubles). */
    @Override
    PyObject attribute(PyObject o, String attr) {
        PyComplex z = (PyComplex) o;
        return switch (attr) {
            case "real" -> v.floating(z.real);
            case "imag" -> v.floating(z.imag);
            default -> null;
        };
    }

    @Override
    boolean truthy(PyObject o) {
        PyComplex z = (PyComplex) o;
        return z.real != 0 || z.imag != 0;
    }

    @Override
    String repr(PyObject o) {
        return ComplexMath.repr(of((PyComplex) o));
    }

    /** complex_richcompare: with an int the real part is compared exactly (and the imaginary part must be 0). */
    @Override
    boolean eq(PyObject a, PyObject b) {
        PyComplex z = (PyComplex) a;
        // A bare PyFloat (not on the heap) carries the real part into float's exact int comparison.
        if (b instanceof PyInt) return z.imag == 0 && FloatType.numbersEqual(new PyFloat(z.real), b);
        if (b instanceof PyFloat f) return z.real == f.value && z.imag == 0;
        return b instanceof PyComplex w && z.real == w.real && z.imag == w.imag;
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        C y = operand(b);
        return y == null ? null : arithmetic(op, of((PyComplex) a), y);
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        C x = operand(a);
        return x == null ? null : arithmetic(op, x, of((PyComplex) b));
    }

    private PyObject arithmetic(TokenType op, C x, C y) {
        try {
            return switch (op) {
                case PLUS -> make(ComplexMath.sum(x, y));
                case MINUS -> make(ComplexMath.diff(x, y));
                case STAR -> make(ComplexMath.prod(x, y));
                case SLASH -> make(ComplexMath.quot(x, y));
                case DOUBLE_STAR -> power(v, x, y);
                default -> null;
            };
        } catch (ComplexMath.Domain e) {
            throw new PyRaise("ZeroDivisionError", "complex division by zero");
        }
    }

    /** complex_pow (also float_pow's answer for a negative number to a fractional power). */
    static PyObject power(Values v, C x, C y) {
        try {
            C p = ComplexMath.pow(x, y);
            return v.heap.alloc(new PyComplex(p.re(), p.im()));
        } catch (ComplexMath.Domain e) {
            throw new PyRaise("ZeroDivisionError", "0.0 to a negative or complex power");
        } catch (ComplexMath.Range e) {
            throw new PyRaise("OverflowError", "complex exponentiation");
        }
    }

    @Override
    PyObject unary(TokenType op, PyObject o) {
        PyComplex z = (PyComplex) o;
        return switch (op) {
            case MINUS -> make(new C(-z.real, -z.imag));
            case PLUS -> heap.newRef(o);
            default -> null;
        };
    }

    /** abs(z): a float, or OverflowError "absolute value too large". */
    PyObject abs(PyComplex z) {
        try {
            return v.floating(ComplexMath.abs(of(z)));
        } catch (ComplexMath.Range e) {
            throw new PyRaise("OverflowError", "absolute value too large");
        }
    }
}
