package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * statistics (Lib/statistics.py) for int, bool and float data: mean and the variances sum exact
 * fractions and convert once (an int when the data are ints and the result whole, else a float),
 * stdev takes the correctly rounded square root, fmean sums with fsum, the medians and quantiles
 * compute with the data's own arithmetic on the sorted list, mode and multimode count by hash.
 */
final class StatisticsModule extends NativeModule {
    static final String ERROR = "statistics.StatisticsError";
    private final Builtins p;

    StatisticsModule(Interpreter in, Builtins protocols) {
        super("statistics", in);
        this.p = protocols;
        exceptionClass("StatisticsError", ERROR);
        function("mean", (args, kw) -> mean(one("mean", args)));
        keywordFunction("fmean", this::fmean);
        function("median", (args, kw) -> median(one("median", args), "median"));
        function("median_low", (args, kw) -> median(one("median_low", args), "median_low"));
        function("median_high", (args, kw) -> median(one("median_high", args), "median_high"));
        function("mode", (args, kw) -> mode(one("mode", args)));
        function("multimode", (args, kw) -> multimode(one("multimode", args)));
        for (String name : List.of("variance", "pvariance", "stdev", "pstdev")) {
            keywordFunction(name, (args, kw) -> spread(name, args, kw));
        }
        keywordFunction("quantiles", this::quantiles);
        keywordFunction("harmonic_mean", this::harmonicMean);
        function("geometric_mean", (args, kw) -> geometricMean(one("geometric_mean", args)));
        function("correlation", (args, kw) -> correlation(args));
    }

    /**
     * geometric_mean(data): exp(fmean(map(log, data))), math.log taking each item in turn; the
     * ValueError of a zero, a negative or no data at all (fmean's StatisticsError is a ValueError)
     * becomes StatisticsError ... from None. math.log's TypeError passes through.
     */
    private PyObject geometricMean(PyObject data) {
        MathModule math = (MathModule) p.nativeModule("math");
        List<Double> logs = new ArrayList<>();
        try {
            for (PyObject x : p.iterate(data)) logs.add(math.logOf(x));
            if (logs.isEmpty()) throw error("fmean requires at least one data point");
            double mean = MathModule.fsum(logs) / logs.size();
            return v.floating(com.studyhall.simulation.library.MathFunctions.exp(mean));
        } catch (PyRaise e) {
            if (!in.exceptions.is(e, "ValueError")) throw e;
            // raise ... from None: the ValueError stays the __context__, suppressed.
            PyRaise wrapped = error("geometric mean requires a non-empty dataset containing positive numbers");
            PyInstance raised = in.exceptions.materialize(wrapped);
            raised.exc.context = in.exceptions.materialize(e);
            e.exception = null;
            raised.exc.suppressContext = true;
            throw wrapped;
        }
    }

    /**
     * correlation(x, y, /): len() of both, fsum means, then fsum of the products of the deviations
     * (each xi - xbar a float subtraction); a constant input divides by a zero root, and the
     * StatisticsError raised in the except clause has that ZeroDivisionError as its __context__.
     */
    private PyObject correlation(List<PyObject> args) {
        if (args.size() != 2) {
            if (args.size() > 2) throw new PyRaise("TypeError", "correlation() takes 2 positional arguments but " + args.size() + " were given");
            throw new PyRaise("TypeError", "correlation() missing " + (args.isEmpty() ? "2 required positional arguments: 'x' and 'y'"
                    : "1 required positional argument: 'y'"));
        }
        MathModule math = (MathModule) p.nativeModule("math");
        long n = p.len(args.get(0));
        if (p.len(args.get(1)) != n) throw error("correlation requires that both inputs have same number of data points");
        if (n < 2) throw error("correlation requires at least two data points");
        double[] x = reals(math, args.get(0)), y = reals(math, args.get(1));
        double xbar = MathModule.fsum(x) / n, ybar = MathModule.fsum(y) / n;
        int m = Math.min(x.length, y.length);
        double[] xy = new double[m], xx = new double[x.length], yy = new double[y.length];
        for (int i = 0; i < m; i++) xy[i] = (x[i] - xbar) * (y[i] - ybar);
        for (int i = 0; i < x.length; i++) xx[i] = (x[i] - xbar) * (x[i] - xbar);
        for (int i = 0; i < y.length; i++) yy[i] = (y[i] - ybar) * (y[i] - ybar);
        double root = Math.sqrt(MathModule.fsum(xx) * MathModule.fsum(yy));
        if (root == 0) {
            PyRaise zero = new PyRaise("ZeroDivisionError", "float division by zero");
            PyRaise constant = error("at least one of the inputs is constant");
            PyInstance raised = in.exceptions.materialize(constant);
            raised.exc.context = in.exceptions.materialize(zero);
            zero.exception = null;
            throw constant;
        }
        return v.floating(MathModule.fsum(xy) / root);
    }

    /** The items as fsum reads them (PyFloat_AsDouble each). */
    private double[] reals(MathModule math, PyObject data) {
        List<PyObject> items = new ArrayList<>(p.iterate(data));
        double[] out = new double[items.size()];
        for (int i = 0; i < out.length; i++) out[i] = math.real(items.get(i));
        return out;
    }

    private static PyRaise error(String message) {
        return new PyRaise(ERROR, message);
    }

    /** _sum's and _ss's result: the type to convert to, the exact sums (null with an inf or nan), the count. */
    private record Sums(boolean isFloat, ExactRatio sx, ExactRatio sxx, double nonFinite, int count) {
    }

    /** One pass of _exact_ratio over the data: sums of x and x*x; an inf or nan makes the sums a float's. */
    private Sums sums(List<PyObject> data) {
        boolean isFloat = false;
        ExactRatio sx = ExactRatio.ZERO, sxx = ExactRatio.ZERO;
        double nonFinite = 0;
        boolean finite = true;
        for (PyObject x : data) {
            ExactRatio r;
            if (x instanceof PyInt i) {
                r = new ExactRatio(i.value(), BigInteger.ONE);
            } else if (x instanceof PyFloat f) {
                isFloat = true;
                if (Double.isNaN(f.value) || Double.isInfinite(f.value)) {
                    finite = false;
                    nonFinite += f.value;
                    continue;
                }
                r = ExactRatio.of(f.value);
            } else {
                throw new PyRaise("TypeError", "can't convert type '" + x.typeName() + "' to numerator/denominator");
            }
            sx = sx.plus(r);
            sxx = sxx.plus(r.times(r));
        }
        return finite ? new Sums(isFloat, sx, sxx, 0, data.size()) : new Sums(true, null, null, nonFinite, data.size());
    }

    /** _convert: a whole fraction stays an int for int data; anything else becomes a float. */
    private PyObject convert(ExactRatio value, boolean isFloat) {
        if (!isFloat && value.isInteger()) return v.integer(value.num());
        return v.floating(value.toDouble());
    }

    private PyObject mean(PyObject data) {
        List<PyObject> items = new ArrayList<>(p.iterate(data));
        Sums s = sums(items);
        if (s.count() < 1) throw error("mean requires at least one data point");
        if (s.sx() == null) return v.floating(s.nonFinite() / s.count());
        return convert(s.sx().dividedBy(s.count()), s.isFloat());
    }

    private PyObject fmean(List<PyObject> args, Map<String, PyObject> kw) {
        PyObject data = Args.get(args, kw, 0, "data");
        PyObject weights = Args.get(args, kw, 1, "weights");
        if (data == null) throw new PyRaise("TypeError", "fmean() missing 1 required positional argument: 'data'");
        MathModule math = (MathModule) p.nativeModule("math");
        List<PyObject> items = new ArrayList<>(p.iterate(data));
        if (weights == null || weights instanceof PyNone) {
            List<Double> values = new ArrayList<>();
            for (PyObject x : items) values.add(math.real(x));
            if (items.isEmpty()) throw error("fmean requires at least one data point");
            return v.floating(MathModule.fsum(values) / items.size());
        }
        List<PyObject> w = new ArrayList<>(p.iterate(weights));
        List<Double> products = new ArrayList<>();
        for (int i = 0; i < Math.min(items.size(), w.size()); i++) {
            PyObject product = in.ops.binary(TokenType.STAR, items.get(i), w.get(i));
            try {
                products.add(math.real(product));
            } finally {
                heap.decref(product);
            }
        }
        if (items.size() != w.size()) throw error("data and weights must be the same length");
        List<Double> weightValues = new ArrayList<>();
        for (PyObject x : w) weightValues.add(math.real(x));
        double den = MathModule.fsum(weightValues);
        if (den == 0) throw error("sum of weights must be non-zero");
        return v.floating(MathModule.fsum(products) / den);
    }

    /** sorted(data), as the medians and quantiles make it: held as a root while the items' own methods run, then freed. */
    private PyList sorted(PyObject data) {
        PyList l = heap.alloc(new PyList(new ArrayList<>(), 0));
        p.hold(l);
        try {
            p.extend(l, data);
            p.sort(l, Map.of());
        } catch (RuntimeException e) {
            release(l);
            throw e;
        }
        return l;
    }

    private void release(PyList l) {
        p.unhold(l);
        heap.decref(l);
    }

    private PyObject median(PyObject data, String which) {
        PyList l = sorted(data);
        try {
            int n = l.items.size();
            if (n == 0) throw error("no median for empty data");
            if (n % 2 == 1) return heap.newRef(l.items.get(n / 2));
            if (which.equals("median_low")) return heap.newRef(l.items.get(n / 2 - 1));
            if (which.equals("median_high")) return heap.newRef(l.items.get(n / 2));
            PyObject sum = in.ops.binary(TokenType.PLUS, l.items.get(n / 2 - 1), l.items.get(n / 2));
            try {
                return in.ops.binary(TokenType.SLASH, sum, v.integer(2));
            } finally {
                heap.decref(sum);
            }
        } finally {
            release(l);
        }
    }

    /** Counter(iter(data)): each distinct value (the first one seen of equal values) with its count, in first-seen order. */
    private LinkedHashMap<Object, Object[]> counts(PyObject data) {
        LinkedHashMap<Object, Object[]> counts = new LinkedHashMap<>();
        for (PyObject x : new ArrayList<>(p.iterate(data))) {
            Object[] entry = counts.computeIfAbsent(Keys.of(x, true), k -> new Object[] {x, 0});
            entry[1] = (Integer) entry[1] + 1;
        }
        return counts;
    }

    private PyObject mode(PyObject data) {
        Object[] best = null;
        for (Object[] e : counts(data).values()) if (best == null || (Integer) e[1] > (Integer) best[1]) best = e;
        if (best == null) throw error("no mode for empty data");
        return heap.newRef((PyObject) best[0]);
    }

    private PyObject multimode(PyObject data) {
        LinkedHashMap<Object, Object[]> counts = counts(data);
        int max = 0;
        for (Object[] e : counts.values()) max = Math.max(max, (Integer) e[1]);
        PyList modes = heap.alloc(new PyList(new ArrayList<>(), 0));
        for (Object[] e : counts.values()) if ((Integer) e[1] == max) p.append(modes, heap.newRef((PyObject) e[0]));
        return modes;
    }

    /** variance, pvariance, stdev and pstdev over _ss: the exact sum of squared deviations. */
    private PyObject spread(String name, List<PyObject> args, Map<String, PyObject> kw) {
        boolean sample = name.equals("variance") || name.equals("stdev");
        String centre = sample ? "xbar" : "mu";
        PyObject data = Args.get(args, kw, 0, "data");
        if (data == null) throw new PyRaise("TypeError", name + "() missing 1 required positional argument: 'data'");
        PyObject c = Args.get(args, kw, 1, centre);
        if (c instanceof PyNone) c = null;
        List<PyObject> items = new ArrayList<>(p.iterate(data));
        Sums s = c == null ? sums(items) : deviations(items, c);
        int n = s.count();
        if (n < (sample ? 2 : 1)) throw error(name + " requires at least " + (sample ? "two data points" : "one data point"));
        int divisor = sample ? n - 1 : n;
        boolean root = name.endsWith("stdev");
        if (s.sx() == null) {
            if (root) throw new PyRaise("AttributeError", "'float' object has no attribute 'numerator'");
            return v.floating(s.nonFinite() / divisor);
        }
        ExactRatio ss = c == null ? s.sxx().minus(s.sx().times(s.sx()).dividedBy(n)) : s.sx();
        ExactRatio mss = ss.dividedBy(divisor);
        return root ? v.floating(mss.sqrt()) : convert(mss, s.isFloat());
    }

    /** _ss with a given centre: _sum of (x - c) * (x - c), computed with the data's own arithmetic. */
    private Sums deviations(List<PyObject> items, PyObject c) {
        List<PyObject> squares = new ArrayList<>();
        try {
            for (PyObject x : items) {
                PyObject d = in.ops.binary(TokenType.MINUS, x, c);
                try {
                    squares.add(in.ops.binary(TokenType.STAR, d, d));
                } finally {
                    heap.decref(d);
                }
            }
            Sums s = sums(squares);
            return new Sums(s.isFloat(), s.sx(), null, s.nonFinite(), s.count());
        } finally {
            for (PyObject sq : squares) heap.decref(sq);
        }
    }

    private PyObject quantiles(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() != 1) throw new PyRaise("TypeError", "quantiles() takes 1 positional argument but " + args.size() + " were given");
        long n = kw.containsKey("n") ? Args.integer(kw.get("n")) : 4;
        String method = kw.containsKey("method") ? Args.str(kw.get("method")) : "exclusive";
        if (n < 1) throw error("n must be at least 1");
        PyList data = sorted(args.get(0));
        try {
            int ld = data.items.size();
            if (ld < 2) throw error("must have at least two data points");
            boolean inclusive = method.equals("inclusive");
            if (!inclusive && !method.equals("exclusive")) throw new PyRaise("ValueError", "Unknown method: " + in.ops.repr(kw.get("method")));
            PyList result = heap.alloc(new PyList(new ArrayList<>(), 0));
            p.hold(result);
            long m = inclusive ? ld - 1 : ld + 1;
            for (long i = 1; i < n; i++) {
                long j = inclusive ? Math.floorDiv(i * m, n) : Math.max(1, Math.min(ld - 1, Math.floorDiv(i * m, n)));
                long delta = i * m - j * n;
                int low = (int) (inclusive ? j : j - 1);
                try {
                    p.append(result, interpolate(data.items.get(low), data.items.get(low + 1), n, delta));
                } catch (RuntimeException e) {
                    release(result);
                    throw e;
                }
            }
            p.unhold(result);
            return result;
        } finally {
            release(data);
        }
    }

    /** (a * (n - delta) + b * delta) / n, in the data's own arithmetic. */
    private PyObject interpolate(PyObject a, PyObject b, long n, long delta) {
        PyObject left = withInt(TokenType.STAR, a, n - delta);
        PyObject right = withInt(TokenType.STAR, b, delta);
        PyObject sum = in.ops.binary(TokenType.PLUS, left, right);
        heap.decref(left);
        heap.decref(right);
        try {
            return withInt(TokenType.SLASH, sum, n);
        } finally {
            heap.decref(sum);
        }
    }

    private PyObject withInt(TokenType op, PyObject a, long k) {
        PyObject i = v.integer(k);
        try {
            return in.ops.binary(op, a, i);
        } finally {
            heap.decref(i);
        }
    }

    private static final String NEGATIVE = "harmonic mean does not support negative values";

    /** _fail_neg's test of one value: {@code x < 0} with the value's own comparison. */
    private void failNegative(PyObject x) {
        if (in.ops.order("<", x, v.integer(0))) throw error(NEGATIVE);
    }

    /** _exact_ratio of one number: an int or bool, or a finite float; null for an inf or nan. */
    private static ExactRatio exact(PyObject x) {
        if (x instanceof PyInt i) return new ExactRatio(i.value(), BigInteger.ONE);
        if (x instanceof PyFloat f) return Double.isFinite(f.value) ? ExactRatio.of(f.value) : null;
        throw new PyRaise("TypeError", "can't convert type '" + x.typeName() + "' to numerator/denominator");
    }

    /**
     * harmonic_mean(data, weights=None): a lone value is answered as it is (after the sign test);
     * else _sum of {@code w / x if w else 0} over the data (0 when a division is by zero), then
     * _convert(sum_weights / total) with the sum's type (an int 0 keeps it int, a quotient makes it float).
     */
    private PyObject harmonicMean(List<PyObject> args, Map<String, PyObject> kw) {
        PyObject data = Args.get(args, kw, 0, "data");
        PyObject weights = Args.get(args, kw, 1, "weights");
        if (data == null) throw new PyRaise("TypeError", "harmonic_mean() missing 1 required positional argument: 'data'");
        List<PyObject> xs = new ArrayList<>(p.iterate(data));
        int n = xs.size();
        if (n < 1) throw error("harmonic_mean requires at least one data point");
        boolean unweighted = weights == null || weights instanceof PyNone;
        if (n == 1 && unweighted) {
            PyObject x = xs.get(0);
            if (!(x instanceof PyInt) && !(x instanceof PyFloat)) throw new PyRaise("TypeError", "unsupported type");
            failNegative(x);
            return heap.newRef(x);
        }
        List<PyObject> ws;
        ExactRatio sumWeights;
        if (unweighted) {
            ws = java.util.Collections.nCopies(n, v.integer(1));
            sumWeights = new ExactRatio(BigInteger.valueOf(n), BigInteger.ONE);
        } else {
            ws = new ArrayList<>(p.iterate(weights));
            if (ws.size() != n) throw error("Number of weights does not match data size");
            sumWeights = ExactRatio.ZERO;
            for (PyObject w : ws) {
                failNegative(w);
                ExactRatio r = exact(w);
                if (r == null) throw new PyRaise("AttributeError", "'float' object has no attribute 'numerator'");
                sumWeights = sumWeights.plus(r);
            }
        }
        boolean isFloat = false;
        ExactRatio total = ExactRatio.ZERO;
        double nonFinite = 0;
        boolean finite = true;
        for (int i = 0; i < n; i++) {
            PyObject w = ws.get(i);
            PyObject x = xs.get(i);
            failNegative(x);
            PyObject term;
            if (in.ops.truthy(w)) {
                try {
                    term = in.ops.binary(TokenType.SLASH, w, x);
                } catch (PyRaise e) {
                    if (!e.type.equals("ZeroDivisionError")) throw e;
                    in.exceptions.discard(e);
                    return v.integer(0);
                }
            } else {
                term = v.integer(0);
            }
            try {
                isFloat |= term instanceof PyFloat;
                if (!(term instanceof PyInt) && !(term instanceof PyFloat)) isFloat = true;
                ExactRatio r = exact(term);
                if (r == null) {
                    finite = false;
                    nonFinite += ((PyFloat) term).value;
                } else {
                    total = total.plus(r);
                }
            } finally {
                heap.decref(term);
            }
        }
        if (!finite) {
            // partials[None]: the float total; Fraction / float is a float.
            if (!(nonFinite > 0) && !Double.isNaN(nonFinite)) throw error("Weighted sum must be positive");
            return v.floating(sumWeights.toDouble() / nonFinite);
        }
        if (total.num().signum() <= 0) throw error("Weighted sum must be positive");
        return convert(ExactRatio.of(sumWeights.num().multiply(total.den()), sumWeights.den().multiply(total.num())), isFloat);
    }
}
