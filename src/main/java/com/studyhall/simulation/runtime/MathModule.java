package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.CorrectlyRounded;
import com.studyhall.simulation.library.MathFunctions;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * math: every name of CPython 3.11's module. Functions CPython writes itself (gamma, lgamma, hypot,
 * dist, fsum, remainder, ulp) and the glibc routines Java lacks (erf, erfc, cbrt, log10, the
 * inverse hyperbolics) follow their C code step by step ({@link MathFunctions}); exp, log, log2,
 * exp2 and pow are correctly rounded as glibc's are ({@link CorrectlyRounded}); the other libm
 * calls are fdlibm's ({@link StrictMath}).
 * Errors follow math_1/math_2's rules (a NaN from numbers is "math domain error", an infinity
 * from finite numbers "math range error" where the function can overflow). Integer functions are exact.
 */
final class MathModule extends NativeModule {
    private static final Map<String, Double> CONSTANTS = Map.of("pi", Math.PI, "e", Math.E, "tau", 2 * Math.PI,
            "inf", Double.POSITIVE_INFINITY, "nan", Double.NaN);

    MathModule(Interpreter in) {
        super("math", in);
        // math_1: a NaN from a number is a domain error; an infinity from a finite number is
        // overflow where the function can overflow and a singularity (domain error) elsewhere.
        real("sqrt", Math::sqrt, false);
        real("exp", x -> MathFunctions.exp(x), true);
        real("exp2", CorrectlyRounded::exp2, true);
        real("expm1", StrictMath::expm1, true);
        real("log1p", StrictMath::log1p, false);
        real("sin", Math::sin, false);
        real("cos", Math::cos, false);
        real("tan", Math::tan, false);
        real("asin", CorrectlyRounded::asin, false);
        real("acos", CorrectlyRounded::acos, false);
        real("atan", CorrectlyRounded::atan, false);
        real("sinh", MathFunctions::sinh, true);
        real("cosh", MathFunctions::cosh, true);
        real("tanh", StrictMath::tanh, false);
        real("asinh", MathFunctions::asinh, false);
        real("acosh", MathFunctions::acosh, false);
        real("atanh", MathFunctions::atanh, false);
        real("cbrt", MathFunctions::cbrt, false);
        real("fabs", Math::abs, false);
        real("erf", MathFunctions::erf, false);
        real("erfc", MathFunctions::erfc, false);
        for (String name : List.of("gamma", "lgamma")) {
            function(name, (args, kw) -> {
                double x = real(one(qualify(name), args));
                boolean log = name.equals("lgamma");
                String error = MathFunctions.gammaError(x, log);
                if (error != null) throw new PyRaise(error, error.equals("ValueError") ? "math domain error" : "math range error");
                return v.floating(log ? MathFunctions.lgamma(x) : MathFunctions.gamma(x));
            });
        }
        function("degrees", (args, kw) -> v.floating(real(one(qualify("degrees"), args)) * (180.0 / Math.PI)));
        function("radians", (args, kw) -> v.floating(real(one(qualify("radians"), args)) * (Math.PI / 180.0)));
        function("log", (args, kw) -> log(args));
        function("log2", (args, kw) -> v.floating(logOf(one(qualify("log2"), args), CorrectlyRounded::log2)));
        function("log10", (args, kw) -> v.floating(logOf(one(qualify("log10"), args), MathFunctions::log10)));
        function("pow", (args, kw) -> {
            positional("pow", args, 2);
            return v.floating(pow(real(args.get(0)), real(args.get(1))));
        });
        two("atan2", MathModule::atan2);
        two("copysign", Math::copySign);
        two("remainder", MathFunctions::remainder);
        function("nextafter", (args, kw) -> {
            positional("nextafter", args, 2);
            return v.floating(Math.nextAfter(real(args.get(0)), real(args.get(1))));
        });
        function("fmod", (args, kw) -> {
            positional("fmod", args, 2);
            double x = real(args.get(0));
            double y = real(args.get(1));
            if (Double.isInfinite(y) && Double.isFinite(x)) return v.floating(x);
            double r = x % y;
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
            return v.floating(r);
        });
        function("hypot", (args, kw) -> {
            double[] xs = new double[args.size()];
            for (int i = 0; i < xs.length; i++) xs[i] = Math.abs(real(args.get(i)));
            return v.floating(norm(xs));
        });
        function("dist", (args, kw) -> {
            positional("dist", args, 2);
            // math_dist_impl: PySequence_Tuple of each point that is not a tuple, freed at the end.
            PyTuple p = asTuple(args.get(0));
            PyTuple q;
            try {
                q = asTuple(args.get(1));
            } catch (RuntimeException e) {
                heap.decref(p);
                throw e;
            }
            try {
                if (p.items.length != q.items.length) throw new PyRaise("ValueError", "both points must have the same number of dimensions");
                double[] diffs = new double[p.items.length];
                for (int i = 0; i < diffs.length; i++) {
                    double px = real(p.items[i]);
                    diffs[i] = Math.abs(px - real(q.items[i]));
                }
                return v.floating(norm(diffs));
            } finally {
                heap.decref(q);
                heap.decref(p);
            }
        });
        function("ulp", (args, kw) -> v.floating(MathFunctions.ulp(real(one(qualify("ulp"), args)))));
        function("frexp", (args, kw) -> {
            double x = real(one(qualify("frexp"), args));
            int e = 0;
            if (Double.isFinite(x) && x != 0) {
                e = MathFunctions.frexpExponent(x);
                x = Math.scalb(x, -e);
            }
            return heap.alloc(new PyTuple(new PyObject[] {v.floating(x), v.integer(e)}));
        });
        function("ldexp", (args, kw) -> {
            positional("ldexp", args, 2);
            double x = real(args.get(0));
            if (!(args.get(1) instanceof PyInt i)) throw new PyRaise("TypeError", "Expected an int as second argument to ldexp.");
            if (x == 0 || !Double.isFinite(x)) return v.floating(x);
            // Exponents past C's int range: overflow above, a signed zero below.
            int e = i.value().bitLength() > 31 ? (i.value().signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE) : i.value().intValue();
            double r = Math.scalb(x, e);
            if (Double.isInfinite(r)) throw rangeError();
            return v.floating(r);
        });
        function("modf", (args, kw) -> {
            double x = real(one(qualify("modf"), args));
            double whole = x < 0 ? Math.ceil(x) : Math.floor(x);
            double frac = Double.isInfinite(x) ? Math.copySign(0.0, x) : Math.copySign(x - whole, x);
            return heap.alloc(new PyTuple(new PyObject[] {v.floating(frac), v.floating(whole)}));
        });
        for (String name : List.of("floor", "ceil", "trunc")) {
            function(name, (args, kw) -> {
                PyObject o = one(qualify(name), args);
                if (o instanceof PyInt i) return v.integer(i.value());
                if (o instanceof PyFraction f) return v.integer(FractionType.whole(f, name));
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
                double x = real(one(qualify(name), args));
                return v.bool(name.equals("isnan") ? Double.isNaN(x) : name.equals("isinf") ? Double.isInfinite(x)
                        : !Double.isNaN(x) && !Double.isInfinite(x));
            });
        }
        keywordFunction("isclose", (args, kw) -> isclose(args, kw));
        function("factorial", (args, kw) -> v.integer(factorial(one(qualify("factorial"), args))));
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
            BigInteger n = integer(one(qualify("isqrt"), args));
            if (n.signum() < 0) throw new PyRaise("ValueError", "isqrt() argument must be nonnegative");
            return v.integer(n.sqrt());
        });
        function("comb", (args, kw) -> {
            positional("comb", args, 2);
            BigInteger n = integer(args.get(0));
            BigInteger k = integer(args.get(1));
            checkNonNegative(n, k);
            if (k.compareTo(n) > 0) return v.integer(0);
            BigInteger smaller = k.min(n.subtract(k));
            if (smaller.bitLength() > 63) throw new PyRaise("OverflowError", "min(n - k, k) must not exceed " + Long.MAX_VALUE);
            return v.integer(fallingProduct(n, smaller.longValueExact(), true));
        });
        function("perm", (args, kw) -> {
            if (args.size() < 1 || args.size() > 2) {
                throw new PyRaise("TypeError", "perm expected " + (args.isEmpty() ? "at least 1 argument" : "at most 2 arguments")
                        + ", got " + args.size());
            }
            if (args.size() == 1 || args.get(1) instanceof PyNone) return v.integer(factorial(args.get(0)));
            BigInteger n = integer(args.get(0));
            BigInteger k = integer(args.get(1));
            checkNonNegative(n, k);
            if (k.compareTo(n) > 0) return v.integer(0);
            if (k.bitLength() > 63) throw new PyRaise("OverflowError", "k must not exceed " + Long.MAX_VALUE);
            return v.integer(fallingProduct(n, k.longValueExact(), false));
        });
        function("fsum", (args, kw) -> {
            List<Double> xs = new java.util.ArrayList<>();
            forEach(one(qualify("fsum"), args), o -> xs.add(real(o)));
            return v.floating(fsum(xs));
        });
        keywordFunction("prod", (args, kw) -> {
            if (args.size() != 1) throw new PyRaise("TypeError", "prod() takes exactly 1 positional argument (" + args.size() + " given)");
            PyObject[] acc = {kw.containsKey("start") ? heap.newRef(kw.get("start")) : v.integer(1)};
            try {
                forEach(args.get(0), o -> {
                    PyObject next = in.ops.binary(TokenType.STAR, acc[0], o);
                    heap.decref(acc[0]);
                    acc[0] = next;
                });
            } catch (RuntimeException e) {
                heap.decref(acc[0]);
                throw e;
            }
            return acc[0];
        });
    }

    /** PyObject_GetIter and PyIter_Next over an iterable (the iterator is a real object, as CPython's). */
    private void forEach(PyObject iterable, java.util.function.Consumer<PyObject> body) {
        PyObject it = in.builtinImpl.getIter(iterable);
        try {
            for (PyObject o = in.builtinImpl.next(it); o != null; o = in.builtinImpl.next(it)) {
                try {
                    body.accept(o);
                } finally {
                    heap.decref(o);
                }
            }
        } finally {
            heap.decref(it);
        }
    }

    /** PySequence_Tuple: a tuple as it is, anything else copied into a new tuple. */
    private PyTuple asTuple(PyObject o) {
        if (o instanceof PyTuple t) return (PyTuple) heap.newRef(t);
        List<PyObject> items = new java.util.ArrayList<>();
        if (o instanceof PyList list) {
            // PyList_AsTuple: no iterator.
            for (PyObject x : list.items) items.add(heap.newRef(x));
            return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
        }
        try {
            forEach(o, x -> items.add(heap.newRef(x)));
        } catch (RuntimeException e) {
            for (int i = items.size() - 1; i >= 0; i--) heap.decref(items.get(i));
            throw e;
        }
        return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
    }

    /**
     * The constants, each one float the module keeps. CPython 3.11's pi, e and tau have a second
     * holder from start-up (measured: sys.getrefcount(math.pi) is 3, of math.inf 2).
     */
    private final Map<String, PyObject> constants = new java.util.HashMap<>();

    @Override
    java.util.Set<String> valueNames() {
        return CONSTANTS.keySet();
    }

    @Override
    PyObject value(String attr) {
        Double d = CONSTANTS.get(attr);
        if (d == null) return null;
        PyObject f = constants.computeIfAbsent(attr, a -> {
            PyObject made = heap.allocPreexisting(new PyFloat(d));
            in.builtinImpl.hold(made);
            if (!a.equals("inf") && !a.equals("nan")) {
                heap.incref(made);
                in.builtinImpl.hold(made);
            }
            return made;
        });
        return heap.newRef(f);
    }

    private void real(String name, DoubleUnaryOperator f, boolean canOverflow) {
        function(name, (args, kw) -> {
            double x = real(one(qualify(name), args));
            double r = f.applyAsDouble(x);
            if (Double.isNaN(r) && !Double.isNaN(x)) throw domainError();
            if (Double.isInfinite(r) && Double.isFinite(x)) throw canOverflow ? rangeError() : domainError();
            return v.floating(r);
        });
    }

    /** math_2: two floats in, NaN from numbers is a domain error, infinity from finite numbers overflow. */
    private void two(String name, java.util.function.DoubleBinaryOperator f) {
        function(name, (args, kw) -> {
            positional(name, args, 2);
            double x = real(args.get(0));
            double y = real(args.get(1));
            double r = f.applyAsDouble(x, y);
            if (Double.isNaN(r) && !Double.isNaN(x) && !Double.isNaN(y)) throw domainError();
            if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) throw rangeError();
            return v.floating(r);
        });
    }

    /** _PyArg_CheckPositional of METH_FASTCALL functions: "atan2 expected 2 arguments, got 1". */
    private static void positional(String name, List<PyObject> args, int n) {
        if (args.size() != n) throw new PyRaise("TypeError", name + " expected " + n + " arguments, got " + args.size());
    }

    private static PyRaise domainError() {
        return new PyRaise("ValueError", "math domain error");
    }

    private static PyRaise rangeError() {
        return new PyRaise("OverflowError", "math range error");
    }

    private static double norm(double[] absolute) {
        double max = 0.0;
        boolean nan = false;
        for (double x : absolute) {
            nan |= Double.isNaN(x);
            if (x > max) max = x;
        }
        return MathFunctions.vectorNorm(absolute, max, nan);
    }

    static double fsum(List<Double> values) {
        double[] xs = new double[values.size()];
        for (int i = 0; i < xs.length; i++) xs[i] = values.get(i);
        return fsum(xs);
    }

    static double fsum(double[] values) {
        try {
            return MathFunctions.fsum(values);
        } catch (ArithmeticException e) {
            String[] typeAndMessage = e.getMessage().split(":", 2);
            throw new PyRaise(typeAndMessage[0], typeAndMessage[1]);
        }
    }

    /** m_atan2: the infinities, NaNs and zeros directly (as C99 says), the rest correctly rounded as glibc's. */
    private static double atan2(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) return Double.NaN;
        if (Double.isInfinite(y)) {
            if (Double.isInfinite(x)) return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.25 * Math.PI : 0.75 * Math.PI, y);
            return Math.copySign(0.5 * Math.PI, y);
        }
        if (Double.isInfinite(x) || y == 0) return Math.copySign(Math.copySign(1.0, x) == 1.0 ? 0.0 : Math.PI, y);
        return CorrectlyRounded.atan2(y, x);
    }

    /** math_pow: C99's special values directly, then libm's pow with errno's meaning. */
    private static double pow(double x, double y) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            if (Double.isNaN(x)) return y == 0 ? 1.0 : x;
            if (Double.isNaN(y)) return x == 1.0 ? 1.0 : y;
            if (Double.isInfinite(x)) {
                boolean oddY = Double.isFinite(y) && Math.abs(y) % 2.0 == 1.0;
                if (y > 0) return oddY ? x : Math.abs(x);
                if (y == 0) return 1.0;
                return oddY ? Math.copySign(0.0, x) : 0.0;
            }
            if (Math.abs(x) == 1.0) return 1.0;
            if (y > 0 && Math.abs(x) > 1.0) return y;
            if (y < 0 && Math.abs(x) < 1.0) return -y;
            return 0.0;
        }
        double r = CorrectlyRounded.pow(x, y);
        if (Double.isNaN(r)) throw domainError();
        if (Double.isInfinite(r)) throw x == 0 ? domainError() : rangeError();
        return r;
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
        if (o instanceof PyFraction f) return FractionType.toDouble(f);
        throw new PyRaise("TypeError", "must be real number, not " + o.typeName());
    }

    private static BigInteger integer(PyObject o) {
        return Args.indexValue(o);
    }

    /** math.log(x[, base]): loghelper for each, then a float division. */
    private PyObject log(List<PyObject> args) {
        if (args.isEmpty() || args.size() > 2) throw new PyRaise("TypeError", "math.log requires 1 to 2 arguments");
        double num = logOf(args.get(0), MathFunctions::log);
        if (args.size() == 1) return v.floating(num);
        double den = logOf(args.get(1), MathFunctions::log);
        if (den == 0) throw new PyRaise("ZeroDivisionError", "float division by zero");
        return v.floating(num / den);
    }

    /** math.log(x) of one item, as statistics.geometric_mean maps it. */
    double logOf(PyObject o) {
        return logOf(o, MathFunctions::log);
    }

    /** loghelper: an int too large for a float is m * 2**e (m rounded as _PyLong_Frexp), log(m) + log(2) * e. */
    private double logOf(PyObject o, DoubleUnaryOperator f) {
        if (o instanceof PyInt i) {
            BigInteger n = i.value();
            if (n.signum() <= 0) throw domainError();
            if (n.bitLength() <= 1024 && Double.isFinite(n.doubleValue())) return f.applyAsDouble(n.doubleValue());
            long e = n.bitLength();
            BigInteger top = n.shiftRight((int) (e - 55));
            if (n.getLowestSetBit() < e - 55) top = top.setBit(0);
            double m = Math.scalb(top.doubleValue(), -55);
            if (m == 1.0) {
                m = 0.5;
                e++;
            }
            return f.applyAsDouble(m) + f.applyAsDouble(2.0) * e;
        }
        double x = real(o);
        if (Double.isNaN(x) || x == Double.POSITIVE_INFINITY) return x;
        if (x <= 0) throw domainError();
        return f.applyAsDouble(x);
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

    private static BigInteger factorial(PyObject o) {
        BigInteger n = integer(o);
        if (n.signum() < 0) throw new PyRaise("ValueError", "factorial() not defined for negative values");
        if (n.bitLength() > 63) throw new PyRaise("OverflowError", "factorial() argument should not exceed " + Long.MAX_VALUE);
        return fallingProduct(n, n.longValueExact(), false);
    }

    private static void checkNonNegative(BigInteger n, BigInteger k) {
        if (n.signum() < 0) throw new PyRaise("ValueError", "n must be a non-negative integer");
        if (k.signum() < 0) throw new PyRaise("ValueError", "k must be a non-negative integer");
    }

    /** n * (n-1) * ... (k factors), divided by k! for comb; halves multiplied recursively (fast for big k). */
    private static BigInteger fallingProduct(BigInteger n, long k, boolean choose) {
        BigInteger p = product(n, k);
        return choose ? p.divide(product(BigInteger.valueOf(k), k)) : p;
    }

    private static BigInteger product(BigInteger top, long count) {
        if (count <= 0) return BigInteger.ONE;
        if (count <= 16) {
            BigInteger r = top;
            for (long i = 1; i < count; i++) r = r.multiply(top.subtract(BigInteger.valueOf(i)));
            return r;
        }
        long half = count / 2;
        return product(top, half).multiply(product(top.subtract(BigInteger.valueOf(half)), count - half));
    }
}
