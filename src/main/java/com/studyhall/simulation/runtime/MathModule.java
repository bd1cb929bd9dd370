package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * math: constants and the common functions. Float results come from {@link Math} (the JIT's
 * intrinsics, within one unit in the last place of glibc's results); integer functions are exact.
 */
final class MathModule extends NativeModule {
    private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "e", Math.E, "tau", 2 * Math.PI,
            "inf", Double.POSITIVE_INFINITY, "nan", Double.NaN);

    MathModule(Interpreter in) {
        super("math", in);
        real("sqrt", x -> x < 0 ? domain() : Math.sqrt(x));
        real("exp", x -> range(Math.exp(x), x));
        real("expm1", x -> range(Math.expm1(x), x));
        real("log2", x -> x <= 0 ? domain() : log2(x));
        real("log10", x -> x <= 0 ? domain() : Math.log10(x));
        real("log1p", x -> x <= -1 ? domain() : Math.log1p(x));
        real("sin", x -> Double.isInfinite(x) ? domain() : Math.sin(x));
        real("cos", x -> Double.isInfinite(x) ? domain() : Math.cos(x));
        real("tan", x -> Double.isInfinite(x) ? domain() : Math.tan(x));
        real("asin", x -> Math.abs(x) > 1 ? domain() : Math.asin(x));
        real("acos", x -> Math.abs(x) > 1 ? domain() : Math.acos(x));
        real("atan", Math::atan);
        real("sinh", Math::sinh);
        real("cosh", Math::cosh);
        real("tanh", Math::tanh);
        real("fabs", Math::abs);
        real("degrees", x -> x * (180.0 / Math.PI));
        real("radians", x -> x * (Math.PI / 180.0));
        function("log", (args, kw) -> log(args));
        function("pow", (args, kw) -> {
            Args.count("pow", args, 2, 2);
            double x = real(args.get(0));
            double y = real(args.get(1));
            if (x == 0 && y < 0) throw domainError();
            if (x < 0 && y != Math.rint(y) && !Double.isInfinite(y)) throw domainError();
            double r = Math.pow(x, y);
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) throw new PyRaise("OverflowError", "math range error");
            return v.floating(r);
        });
        function("atan2", (args, kw) -> {
            Args.count("atan2", args, 2, 2);
            return v.floating(Math.atan2(real(args.get(0)), real(args.get(1))));
        });
        function("hypot", (args, kw) -> {
            double r = 0;
            for (PyObject a : args) r = StrictMath.hypot(r, real(a));
            return v.floating(r);
        });
        function("copysign", (args, kw) -> {
            Args.count("copysign", args, 2, 2);
            return v.floating(Math.copySign(real(args.get(0)), real(args.get(1))));
        });
        function("fmod", (args, kw) -> {
            Args.count("fmod", args, 2, 2);
            double x = real(args.get(0));
            double y = real(args.get(1));
            if (y == 0 || Double.isInfinite(x)) throw domainError();
            return v.floating(x % y);
        });
        function("modf", (args, kw) -> {
            double x = real(one("modf", args));
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            double frac = Double.isInfinite(x) ? Math.copySign(0.0, x) : Math.copySign(x - whole, x);
            return heap.alloc(new PyTuple(new PyObject[] {v.floating(frac), v.floating(whole)}));
        });
        for (String name : List.of("floor", "ceil", "trunc")) {
            function(name, (args, kw) -> {
                PyObject o = one(name, args);
                if (o instanceof PyInt i) return v.integer(i.value());
                // math_trunc asks only __trunc__ (floor and ceil fall back to __float__).
                if (name.equals("trunc") && o instanceof PyInstance inst) {
                    throw new PyRaise("TypeError", "type " + inst.cls.name + " doesn't define __trunc__ method");
                }
                double x = real(o);
                if (Double.isNaN(x)) throw new PyRaise("ValueError", "cannot convert float NaN to integer");
                if (Double.isInfinite(x)) throw new PyRaise("OverflowError", "cannot convert float infinity to integer");
                RoundingMode mode = name.equals("floor") ? RoundingMode.FLOOR : name.equals("ceil") ? RoundingMode.CEILING : RoundingMode.DOWN;
                return v.integer(new BigDecimal(x).setScale(0, mode).toBigInteger());
            });
        }
        for (String name : List.of("isfinite", "isinf", "isnan")) {
            function(name, (args, kw) -> {
                double x = real(one(name, args));
                return v.bool(name.equals("isnan") ? Double.isNaN(x) : name.equals("isinf") ? Double.isInfinite(x)
                        : !Double.isNaN(x) && !Double.isInfinite(x));
            });
        }
        keywordFunction("isclose", (args, kw) -> isclose(args, kw));
        function("factorial", (args, kw) -> {
            BigInteger n = integer(one("factorial", args));
            if (n.signum() < 0) throw new PyRaise("ValueError", "factorial() not defined for negative values");
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= n.longValueExact(); i++) r = r.multiply(BigInteger.valueOf(i));
            return v.integer(r);
        });
        function("gcd", (args, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (PyObject a : args) g = g.gcd(integer(a));
            return v.integer(g);
        });
        function("lcm", (args, kw) -> {
            BigInteger l = BigInteger.ONE;
            for (PyObject a : args) {
                BigInteger x = integer(a).abs();
                l = x.signum() == 0 || l.signum() == 0 ? BigInteger.ZERO : l.divide(l.gcd(x)).multiply(x);
            }
            return v.integer(l);
        });
        function("isqrt", (args, kw) -> {
            BigInteger n = integer(one("isqrt", args));
            if (n.signum() < 0) throw new PyRaise("ValueError", "isqrt() argument must be nonnegative");
            return v.integer(n.sqrt());
        });
        function("comb", (args, kw) -> {
            Args.count("comb", args, 2, 2);
            return v.integer(combinations(integer(args.get(0)), integer(args.get(1)), true));
        });
        function("perm", (args, kw) -> {
            Args.count("perm", args, 1, 2);
            BigInteger n = integer(args.get(0));
            BigInteger k = args.size() > 1 && !(args.get(1) instanceof PyNone) ? integer(args.get(1)) : n;
            return v.integer(combinations(n, k, false));
        });
        function("fsum", (args, kw) -> {
            List<Double> values = new java.util.ArrayList<>();
            for (PyObject o : in.builtinImpl.iterate(one("fsum", args))) values.add(real(o));
            return v.floating(fsum(values));
        });
        keywordFunction("prod", (args, kw) -> {
            Args.count("prod", args, 1, 1);
            PyObject acc = kw.containsKey("start") ? heap.newRef(kw.get("start")) : v.integer(1);
            for (PyObject o : in.builtinImpl.iterate(args.get(0))) {
                PyObject next = in.ops.binary(TokenType.STAR, acc, o);
                heap.decref(acc);
                acc = next;
            }
            return acc;
        });
    }

    @Override
    java.util.Set<String> valueNames() {
        return CONSTANTS.keySet();
    }

    @Override
    PyObject value(String attr) {
        Double d = CONSTANTS.get(attr);
        return d == null ? null : v.floating(d);
    }

    private void real(String name, DoubleUnaryOperator f) {
        function(name, (args, kw) -> v.floating(f.applyAsDouble(real(one(name, args)))));
    }

    private static double domain() {
        throw domainError();
    }

    private static PyRaise domainError() {
        return new PyRaise("ValueError", "math domain error");
    }

    private static double range(double r, double x) {
        if (Double.isInfinite(r) && !Double.isInfinite(x)) throw new PyRaise("OverflowError", "math range error");
        return r;
    }

    private static double log2(double x) {
        int e = Math.getExponent(x);
        // Exact for powers of two, as C's log2.
        if (x == Math.scalb(1.0, e)) return e;
        return Math.log(x) / Math.log(2.0);
    }

    /** PyFloat_AsDouble: ints and floats, and an instance whose class defines __float__ (its result). */
    /** The correctly rounded sum (exact, then rounded once); infinities and NaNs add as floats. */
    static double fsum(List<Double> values) {
        BigDecimal sum = BigDecimal.ZERO;
        double special = 0;
        for (double x : values) {
            if (Double.isNaN(x) || Double.isInfinite(x)) special += x;
            else sum = sum.add(new BigDecimal(x));
        }
        return special != 0 || Double.isNaN(special) ? special : sum.doubleValue();
    }

    double real(PyObject o) {
        if (o instanceof PyInstance) {
            PyObject f = in.builtinImpl.types.instances().toFloat(o);
            if (f != null) {
                double d = ((PyFloat) f).value;
                in.heap.decref(f);
                return d;
            }
        }
        return toDouble(o);
    }

    static double toDouble(PyObject o) {
        if (o instanceof PyInt || o instanceof PyFloat) return FloatType.toDouble(o);
        throw new PyRaise("TypeError", "must be real number, not " + o.typeName());
    }

    private static BigInteger integer(PyObject o) {
        if (o instanceof PyInt i) return i.value();
        throw new PyRaise("TypeError", "'" + o.typeName() + "' object cannot be interpreted as an integer");
    }

    /** math.log(x[, base]): ints too large for a float still have a logarithm. */
    private PyObject log(List<PyObject> args) {
        Args.count("log", args, 1, 2);
        double num = logOf(args.get(0));
        if (args.size() == 1) return v.floating(num);
        double den = logOf(args.get(1));
        if (den == 0) throw new PyRaise("ZeroDivisionError", "float division by zero");
        return v.floating(num / den);
    }

    private double logOf(PyObject o) {
        if (o instanceof PyInt i && i.value().bitLength() > 1000) {
            if (i.value().signum() <= 0) throw domainError();
            int shift = i.value().bitLength() - 60;
            return Math.log(i.value().shiftRight(shift).doubleValue()) + shift * Math.log(2.0);
        }
        double x = real(o);
        if (x <= 0) throw domainError();
        return Math.log(x);
    }

    private PyObject isclose(List<PyObject> args, Map<String, PyObject> kw) {
        Args.count("isclose", args, 2, 2);
        double a = real(args.get(0));
        double b = real(args.get(1));
        double rel = kw.containsKey("rel_tol") ? real(kw.get("rel_tol")) : 1e-09;
        double abs = kw.containsKey("abs_tol") ? real(kw.get("abs_tol")) : 0.0;
        if (rel < 0 || abs < 0) throw new PyRaise("ValueError", "tolerances must be non-negative");
        if (a == b) return v.trueObj;
        if (Double.isInfinite(a) || Double.isInfinite(b)) return v.falseObj;
        double diff = Math.abs(b - a);
        return v.bool(diff <= Math.abs(rel * b) || diff <= Math.abs(rel * a) || diff <= abs);
    }

    private static BigInteger combinations(BigInteger n, BigInteger k, boolean choose) {
        if (n.signum() < 0) throw new PyRaise("ValueError", "n must be a non-negative integer");
        if (k.signum() < 0) throw new PyRaise("ValueError", "k must be a non-negative integer");
        if (k.compareTo(n) > 0) return BigInteger.ZERO;
        BigInteger r = BigInteger.ONE;
        long kk = k.longValueExact();
        for (long i = 0; i < kk; i++) r = r.multiply(n.subtract(BigInteger.valueOf(i)));
        if (choose) for (long i = 2; i <= kk; i++) r = r.divide(BigInteger.valueOf(i));
        return r;
    }
}
