package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fractions.Fraction as Lib/fractions.py (3.11) computes it: construction from ints, Fractions,
 * floats (exactly, by as_integer_ratio) and strings (_RATIONAL_FORMAT); the arithmetic of
 * _operator_fallbacks (a Fraction or an int gives a Fraction, a float gives a float); ==, <...
 * against ints, Fractions and floats (exactly); hash equal to the equal int's or float's; repr,
 * str, numerator, denominator, limit_denominator, as_integer_ratio, float(), int(), round(),
 * math.floor/ceil/trunc and divmod. Its Python code allocates: the checker refuses fractions in
 * a program that imports gc.
 */
final class FractionType extends BuiltinType {
    private static final Pattern RATIONAL = Pattern.compile("\\A\\s*(?<sign>[-+]?)(?=\\d|\\.\\d)(?<num>\\d*|\\d+(_\\d+)*)"
            + "(?:(?:/(?<denom>\\d+(_\\d+)*))?|(?:\\.(?<decimal>d*|\\d+(_\\d+)*))?(?:E(?<exp>[-+]?\\d+(_\\d+)*))?)\\s*\\z",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    FractionType(Interpreter in) {
        super("Fraction", null, in);
        method("limit_denominator", (self, args, kw) -> limitDenominator((PyFraction) self, args, kw));
        method("as_integer_ratio", (self, args, kw) -> {
            PyFraction f = (PyFraction) self;
            return heap.alloc(new PyTuple(new PyObject[] {heap.newRef(f.numerator), heap.newRef(f.denominator)}));
        });
    }

    /** Fraction(numerator=0, denominator=None). */
    PyObject construct(List<PyObject> args, Map<String, PyObject> kwargs) {
        if (args.size() > 2) throw new PyRaise("TypeError", "Fraction.__new__() takes from 1 to 3 positional arguments but " + (args.size() + 1) + " were given");
        PyObject n = Args.get(args, kwargs, 0, "numerator");
        PyObject d = Args.get(args, kwargs, 1, "denominator");
        for (String k : kwargs.keySet()) {
            if (!k.equals("numerator") && !k.equals("denominator")) throw new PyRaise("TypeError", "Fraction.__new__() got an unexpected keyword argument '" + k + "'");
        }
        if (n == null) return make(BigInteger.ZERO, BigInteger.ONE);
        if (d == null || d instanceof PyNone) {
            if (n.getClass() == PyInt.class || n.getClass() == PyBigInt.class) {
                return heap.alloc(new PyFraction(heap.newRef(n), v.integer(1)));
            }
            if (n instanceof PyInt b) return make(b.value(), BigInteger.ONE);
            if (n instanceof PyFraction f) return heap.alloc(new PyFraction(heap.newRef(f.numerator), heap.newRef(f.denominator)));
            if (n instanceof PyFloat f) return fromFloat(f.value);
            if (n instanceof PyStr s) return parse(s.value);
            throw new PyRaise("TypeError", "argument should be a string or a Rational instance");
        }
        BigInteger[] a = rational(n);
        BigInteger[] b = rational(d);
        if (a == null || b == null) throw new PyRaise("TypeError", "both arguments should be Rational instances");
        return normalized(a[0].multiply(b[1]), b[0].multiply(a[1]));
    }

    /** An int or a Fraction as (numerator, denominator); null for anything else. */
    private static BigInteger[] rational(PyObject o) {
        if (o instanceof PyInt i) return new BigInteger[] {i.value(), BigInteger.ONE};
        if (o instanceof PyFraction f) return new BigInteger[] {f.num(), f.den()};
        return null;
    }

    private PyObject fromFloat(double d) {
        if (Double.isNaN(d)) throw new PyRaise("ValueError", "cannot convert NaN to integer ratio");
        if (Double.isInfinite(d)) throw new PyRaise("OverflowError", "cannot convert Infinity to integer ratio");
        BigDecimal exact = new BigDecimal(d);
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (exact.scale() > 0) den = BigInteger.TEN.pow(exact.scale());
        else num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        return normalized(num, den);
    }

    /** The str path of Fraction.__new__: _RATIONAL_FORMAT, then the numerator and denominator it spells. */
    private PyObject parse(String text) {
        Matcher m = RATIONAL.matcher(text);
        if (!m.matches()) throw new PyRaise("ValueError", "Invalid literal for Fraction: " + Reprs.strRepr(text));
        BigInteger num = new BigInteger(m.group("num").isEmpty() ? "0" : m.group("num").replace("_", ""));
        BigInteger den = BigInteger.ONE;
        if (m.group("denom") != null && !m.group("denom").isEmpty()) {
            den = new BigInteger(m.group("denom").replace("_", ""));
        } else {
            String decimal = m.group("decimal");
            if (decimal != null && !decimal.isEmpty()) {
                decimal = decimal.replace("_", "");
                BigInteger scale = BigInteger.TEN.pow(decimal.length());
                num = num.multiply(scale).add(new BigInteger(decimal));
                den = den.multiply(scale);
            }
            String exp = m.group("exp");
            if (exp != null && !exp.isEmpty()) {
                int e = Integer.parseInt(exp.replace("_", ""));
                if (e >= 0) num = num.multiply(BigInteger.TEN.pow(e));
                else den = den.multiply(BigInteger.TEN.pow(-e));
            }
        }
        if ("-".equals(m.group("sign"))) num = num.negate();
        return normalized(num, den);
    }

    /** The normalizing path of __new__: ZeroDivisionError for a zero denominator, else lowest terms with a positive denominator. */
    private PyObject normalized(BigInteger num, BigInteger den) {
        if (den.signum() == 0) throw zero(num);
        BigInteger g = num.gcd(den);
        if (den.signum() < 0) g = g.negate();
        return make(num.divide(g), den.divide(g));
    }

    private static PyRaise zero(BigInteger num) {
        return new PyRaise("ZeroDivisionError", "Fraction(" + num + ", 0)");
    }

    private PyFraction make(BigInteger num, BigInteger den) {
        return heap.alloc(new PyFraction(v.integer(num), v.integer(den)));
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        PyFraction f = (PyFraction) o;
        return switch (attr) {
            case "numerator" -> heap.newRef(f.numerator);
            case "denominator" -> heap.newRef(f.denominator);
            default -> null;
        };
    }

    @Override
    String repr(PyObject o) {
        PyFraction f = (PyFraction) o;
        return "Fraction(" + f.num() + ", " + f.den() + ")";
    }

    @Override
    String str(PyObject o) {
        PyFraction f = (PyFraction) o;
        return f.den().equals(BigInteger.ONE) ? f.num().toString() : f.num() + "/" + f.den();
    }

    @Override
    boolean truthy(PyObject o) {
        return ((PyFraction) o).num().signum() != 0;
    }

    /** Fraction.__eq__: exact against ints and Fractions; against a float, nan and infinities compare as 0.0 does. */
    @Override
    boolean eq(PyObject a, PyObject b) {
        PyFraction f = (PyFraction) a;
        BigInteger[] r = rational(b);
        if (r != null) return f.num().equals(r[0]) && f.den().equals(r[1]);
        if (b instanceof PyFloat x) {
            if (Double.isNaN(x.value) || Double.isInfinite(x.value)) return false;
            return compareExact(f, x.value) == 0;
        }
        return false;
    }

    /** _richcmp: cross-multiplied against a rational, exact against a finite float, as 0.0 against nan and infinities. */
    @Override
    Boolean order(String op, PyObject a, PyObject b) {
        PyFraction f = (PyFraction) a;
        BigInteger[] r = rational(b);
        if (r != null) return compare(op, f.num().multiply(r[1]).compareTo(f.den().multiply(r[0])));
        if (b instanceof PyFloat x) {
            if (Double.isNaN(x.value)) return false;
            if (Double.isInfinite(x.value)) return compare(op, x.value > 0 ? -1 : 1);
            return compare(op, compareExact(f, x.value));
        }
        return null;
    }

    /** The reflected comparison (an int or a float on the left). */
    Boolean reflectedOrder(String op, PyObject a, PyObject f) {
        return order(Ops.reflectedOrder(op), f, a);
    }

    private static int compareExact(PyFraction f, double x) {
        BigDecimal exact = new BigDecimal(x);
        return new BigDecimal(f.num()).compareTo(exact.multiply(new BigDecimal(f.den())));
    }

    @Override
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        PyFraction f = (PyFraction) a;
        if (op == TokenType.DOUBLE_STAR) return power(f, b);
        BigInteger[] r = rational(b);
        if (r != null) return arithmetic(op, f.num(), f.den(), r[0], r[1]);
        if (b instanceof PyFloat) return floatFallback(op, f, b, false);
        return null;
    }

    @Override
    PyObject reflected(TokenType op, PyObject a, PyObject b) {
        PyFraction f = (PyFraction) b;
        if (op == TokenType.DOUBLE_STAR) return reflectedPower(a, f);
        BigInteger[] r = rational(a);
        if (r != null) return arithmetic(op, r[0], r[1], f.num(), f.den());
        if (a instanceof PyFloat) return floatFallback(op, f, a, true);
        return null;
    }

    /** fallback_operator(float(a), b): the Fraction as a float, on its side of the operator. */
    private PyObject floatFallback(TokenType op, PyFraction f, PyObject other, boolean fractionOnRight) {
        PyObject x = v.floating(toDouble(f));
        try {
            return fractionOnRight ? ops().binary(op, other, x) : ops().binary(op, x, other);
        } finally {
            heap.decref(x);
        }
    }

    /** _add, _sub, _mul, _div, _floordiv (an int) and _mod on two rationals na/da and nb/db. */
    private PyObject arithmetic(TokenType op, BigInteger na, BigInteger da, BigInteger nb, BigInteger db) {
        switch (op) {
            case PLUS: return normalized(na.multiply(db).add(nb.multiply(da)), da.multiply(db));
            case MINUS: return normalized(na.multiply(db).subtract(nb.multiply(da)), da.multiply(db));
            case STAR: return normalized(na.multiply(nb), da.multiply(db));
            case SLASH: {
                if (nb.signum() == 0) {
                    // _div's message: the numerator it built, na / gcd(na, 0) times db / gcd(db, da).
                    BigInteger g1 = na.gcd(nb);
                    BigInteger n = g1.compareTo(BigInteger.ONE) > 0 ? na.divide(g1) : na;
                    BigInteger g2 = db.gcd(da);
                    BigInteger d = g2.compareTo(BigInteger.ONE) > 0 ? db.divide(g2) : db;
                    throw zero(n.multiply(d));
                }
                return normalized(na.multiply(db), nb.multiply(da));
            }
            case DOUBLE_SLASH: {
                BigInteger d = da.multiply(nb);
                if (d.signum() == 0) throw new PyRaise("ZeroDivisionError", "integer division or modulo by zero");
                return v.integer(IntType.floorDiv(na.multiply(db), d));
            }
            case PERCENT: {
                BigInteger d = nb.multiply(da);
                if (d.signum() == 0) throw new PyRaise("ZeroDivisionError", "integer modulo by zero");
                BigInteger n = na.multiply(db);
                return normalized(n.subtract(IntType.floorDiv(n, d).multiply(d)), da.multiply(db));
            }
            default: return null;
        }
    }

    /** divmod(a, b) with a Fraction: (a // b, a % b) as _divmod computes them. */
    PyObject divmod(PyObject a, PyObject b) {
        PyObject q = ops().binary(TokenType.DOUBLE_SLASH, a, b);
        PyObject r;
        try {
            r = ops().binary(TokenType.PERCENT, a, b);
        } catch (RuntimeException e) {
            heap.decref(q);
            throw e;
        }
        return heap.alloc(new PyTuple(new PyObject[] {q, r}));
    }

    /** __pow__: an integral rational exponent gives a Fraction, any other exponent a float power. */
    private PyObject power(PyFraction a, PyObject b) {
        BigInteger[] r = rational(b);
        if (r != null && r[1].equals(BigInteger.ONE)) {
            int p = r[0].intValueExact();
            BigInteger n = a.num();
            BigInteger d = a.den();
            if (p >= 0) return make(n.pow(p), d.pow(p));
            if (n.signum() == 0) throw zero(d.pow(-p));
            BigInteger num = n.signum() > 0 ? d.pow(-p) : d.negate().pow(-p);
            BigInteger den = n.signum() > 0 ? n.pow(-p) : n.negate().pow(-p);
            return make(num, den);
        }
        PyObject base = v.floating(toDouble(a));
        PyObject exp = r != null ? v.floating(IntType.trueDivide(r[0], r[1])) : heap.newRef(b);
        try {
            return r != null || b instanceof PyFloat ? ops().binary(TokenType.DOUBLE_STAR, base, exp) : null;
        } finally {
            heap.decref(base);
            heap.decref(exp);
        }
    }

    /** __rpow__: a number raised to a Fraction. */
    private PyObject reflectedPower(PyObject a, PyFraction b) {
        if (b.den().equals(BigInteger.ONE) && b.num().signum() >= 0 && a instanceof PyInt) return ops().binary(TokenType.DOUBLE_STAR, a, b.numerator);
        if (a instanceof PyInt i) {
            // Fraction(a) ** b: the int made a Fraction for the power, then let go.
            PyFraction base = make(i.value(), BigInteger.ONE);
            try {
                return power(base, b);
            } finally {
                heap.decref(base);
            }
        }
        if (!(a instanceof PyFloat)) return null;
        if (b.den().equals(BigInteger.ONE)) return ops().binary(TokenType.DOUBLE_STAR, a, b.numerator);
        PyObject exp = v.floating(toDouble(b));
        try {
            return ops().binary(TokenType.DOUBLE_STAR, a, exp);
        } finally {
            heap.decref(exp);
        }
    }

    @Override
    PyObject unary(TokenType op, PyObject o) {
        PyFraction f = (PyFraction) o;
        if (op == TokenType.MINUS) return make(f.num().negate(), f.den());
        if (op == TokenType.PLUS) return make(f.num(), f.den());
        return null;
    }

    /** __abs__. */
    PyObject abs(PyFraction f) {
        return make(f.num().abs(), f.den());
    }

    /** __float__: the numerator divided by the denominator, correctly rounded. */
    static double toDouble(PyFraction f) {
        return IntType.trueDivide(f.num(), f.den());
    }

    /** __trunc__ (int()), __floor__ and __ceil__. */
    static BigInteger whole(PyFraction f, String how) {
        BigInteger floor = IntType.floorDiv(f.num(), f.den());
        boolean exact = floor.multiply(f.den()).equals(f.num());
        return switch (how) {
            case "floor" -> floor;
            case "ceil" -> exact ? floor : floor.add(BigInteger.ONE);
            default -> f.num().signum() < 0 && !exact ? floor.add(BigInteger.ONE) : floor;
        };
    }

    /** __round__: half to even without ndigits; with them, a Fraction rounded to that many decimal places. */
    PyObject round(PyFraction f, PyObject ndigits) {
        if (ndigits == null || ndigits instanceof PyNone) return v.integer(roundHalfEven(f.num(), f.den()));
        long n = Args.integer(ndigits);
        BigInteger shift = BigInteger.TEN.pow((int) Math.abs(n));
        if (n > 0) return normalized(roundHalfEven(f.num().multiply(shift), f.den()), shift);
        return normalized(roundHalfEven(f.num(), f.den().multiply(shift)).multiply(shift), BigInteger.ONE);
    }

    private static BigInteger roundHalfEven(BigInteger num, BigInteger den) {
        BigInteger floor = IntType.floorDiv(num, den);
        BigInteger twice = num.subtract(floor.multiply(den)).shiftLeft(1);
        int c = twice.compareTo(den);
        if (c < 0) return floor;
        if (c > 0) return floor.add(BigInteger.ONE);
        return floor.testBit(0) ? floor.add(BigInteger.ONE) : floor;
    }

    /** limit_denominator(max_denominator=1000000): the closest fraction with a bounded denominator. */
    private PyObject limitDenominator(PyFraction f, List<PyObject> args, Map<String, PyObject> kw) {
        PyObject maxArg = Args.get(args, kw, 0, "max_denominator");
        BigInteger max = maxArg == null ? BigInteger.valueOf(1000000) : ((PyInt) maxArg).value();
        if (max.compareTo(BigInteger.ONE) < 0) throw new PyRaise("ValueError", "max_denominator should be at least 1");
        if (f.den().compareTo(max) <= 0) return heap.alloc(new PyFraction(heap.newRef(f.numerator), heap.newRef(f.denominator)));
        BigInteger p0 = BigInteger.ZERO, q0 = BigInteger.ONE, p1 = BigInteger.ONE, q1 = BigInteger.ZERO;
        BigInteger n = f.num(), d = f.den();
        while (true) {
            BigInteger a = IntType.floorDiv(n, d);
            BigInteger q2 = q0.add(a.multiply(q1));
            if (q2.compareTo(max) > 0) break;
            BigInteger np1 = p0.add(a.multiply(p1));
            p0 = p1;
            q0 = q1;
            p1 = np1;
            q1 = q2;
            BigInteger nd = n.subtract(a.multiply(d));
            n = d;
            d = nd;
        }
        BigInteger k = IntType.floorDiv(max.subtract(q0), q1);
        BigInteger bn1 = p0.add(k.multiply(p1)), bd1 = q0.add(k.multiply(q1));
        // |bound2 - self| <= |bound1 - self|, compared exactly.
        BigInteger sn = f.num(), sd = f.den();
        BigInteger dist2 = p1.multiply(sd).subtract(sn.multiply(q1)).abs().multiply(bd1);
        BigInteger dist1 = bn1.multiply(sd).subtract(sn.multiply(bd1)).abs().multiply(q1);
        return dist2.compareTo(dist1) <= 0 ? normalized(p1, q1) : normalized(bn1, bd1);
    }
}
