package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.MersenneTwister;
import com.studyhall.simulation.library.PyHash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** random: the module-level functions of one shared generator, drawing CPython's numbers for a seed. */
final class RandomModule extends NativeModule {
    private final MersenneTwister mt = new MersenneTwister();
    /** Random.gauss_next: the second normal value of the last pair gauss() made (null: None); seed() clears it. */
    private Double gaussNext;

    RandomModule(Interpreter in) {
        super("random", in);
        keywordFunction("seed", (args, kw) -> {
            Args.count("seed", args, 0, 2);
            PyObject a = Args.get(args, kw, 0, "a");
            if (a == null || a instanceof PyNone) mt.seed(BigInteger.valueOf(System.nanoTime()));
            else if (a instanceof PyInt i) mt.seed(i.value());
            else if (a instanceof PyStr s) mt.seed(s.value);
            else if (a instanceof PyFloat f) mt.seed(BigInteger.valueOf(PyHash.ofFloat(f.value)).abs());
            else throw new PyRaise("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
            gaussNext = null;
            return v.none;
        });
        function("random", (args, kw) -> {
            Args.count("random", args, 0, 0);
            return v.floating(mt.random());
        });
        function("getrandbits", (args, kw) -> {
            long k = Args.integer(one("getrandbits", args));
            if (k < 0) throw new PyRaise("ValueError", "number of bits must be non-negative");
            return v.integer(mt.getrandbits((int) k));
        });
        function("randrange", (args, kw) -> {
            Args.count("randrange", args, 1, 3);
            BigInteger start = whole(args.get(0));
            BigInteger stop = args.size() > 1 && !(args.get(1) instanceof PyNone) ? whole(args.get(1)) : null;
            BigInteger step = args.size() > 2 ? whole(args.get(2)) : BigInteger.ONE;
            return v.integer(draw(start, stop, step));
        });
        function("randint", (args, kw) -> {
            Args.count("randint", args, 2, 2);
            return v.integer(draw(whole(args.get(0)), whole(args.get(1)).add(BigInteger.ONE), BigInteger.ONE));
        });
        keywordFunction("gauss", (args, kw) -> {
            if (args.size() + kw.size() > 2) throw new PyRaise("TypeError", "Random.gauss() takes from 1 to 3 positional arguments but " + (args.size() + 1) + " were given");
            PyObject mu = Args.get(args, kw, 0, "mu");
            PyObject sigma = Args.get(args, kw, 1, "sigma");
            double m = mu == null ? 0.0 : MathModule.toDouble(mu);
            double s = sigma == null ? 1.0 : MathModule.toDouble(sigma);
            return v.floating(m + gauss() * s);
        });
        function("uniform", (args, kw) -> {
            Args.count("uniform", args, 2, 2);
            double a = MathModule.toDouble(args.get(0));
            double b = MathModule.toDouble(args.get(1));
            return v.floating(a + (b - a) * mt.random());
        });
        function("choice", (args, kw) -> {
            PyObject seq = one("choice", args);
            long n = in.builtinImpl.len(seq);
            if (n == 0) throw new PyRaise("IndexError", "Cannot choose from an empty sequence");
            PyObject index = v.integer(mt.below(BigInteger.valueOf(n)));
            try {
                return in.builtinImpl.getItem(seq, index);
            } finally {
                heap.decref(index);
            }
        });
        function("shuffle", (args, kw) -> {
            PyObject x = one("shuffle", args);
            if (!(x instanceof PyList l)) throw new PyRaise("TypeError", "'" + x.typeName() + "' object does not support item assignment");
            int[] partners = mt.shuffleSwaps(l.items.size());
            for (int step = 0; step < partners.length; step++) {
                int i = l.items.size() - 1 - step;
                PyObject t = l.items.get(i);
                l.items.set(i, l.items.get(partners[step]));
                l.items.set(partners[step], t);
            }
            return v.none;
        });
        keywordFunction("sample", (args, kw) -> sample(args, kw));
        keywordFunction("choices", (args, kw) -> choices(args, kw));
    }

    /**
     * choices (Lib/random.py, 3.11): k picks with replacement, appended to a new list as its list
     * comprehension does; without weights each is population[floor(random() * n)], with weights
     * (or cum_weights) a bisect of the running totals at random() * total.
     */
    private PyObject choices(List<PyObject> args, java.util.Map<String, PyObject> kw) {
        if (args.size() > 2) throw new PyRaise("TypeError", "Random.choices() takes from 2 to 3 positional arguments but " + (args.size() + 1) + " were given");
        for (String k : kw.keySet()) {
            if (!List.of("population", "weights", "cum_weights", "k").contains(k)) {
                throw new PyRaise("TypeError", "Random.choices() got an unexpected keyword argument '" + k + "'");
            }
        }
        PyObject population = Args.get(args, kw, 0, "population");
        if (population == null) throw new PyRaise("TypeError", "Random.choices() missing 1 required positional argument: 'population'");
        PyObject weights = Args.get(args, kw, 1, "weights");
        PyObject cumWeights = kw.get("cum_weights");
        long k = kw.containsKey("k") ? Args.integer(kw.get("k")) : 1;
        int n = (int) in.builtinImpl.len(population);
        double[] cum = null;
        if (cumWeights == null || cumWeights instanceof PyNone) {
            if (weights != null && !(weights instanceof PyNone)) {
                if (weights instanceof PyInt w) {
                    throw new PyRaise("TypeError", "The number of choices must be a keyword argument: k=" + w.value());
                }
                cum = runningTotals(in.builtinImpl.iterate(weights));
            }
        } else if (weights != null && !(weights instanceof PyNone)) {
            throw new PyRaise("TypeError", "Cannot specify both weights and cumulative weights");
        } else {
            List<PyObject> given = in.builtinImpl.iterate(cumWeights);
            cum = new double[given.size()];
            for (int i = 0; i < cum.length; i++) cum[i] = MathModule.toDouble(given.get(i));
        }
        if (cum != null) {
            if (cum.length != n) throw new PyRaise("ValueError", "The number of weights does not match the population");
            double total = cum.length == 0 ? 0.0 : cum[cum.length - 1];
            if (cum.length == 0) throw new PyRaise("IndexError", "list index out of range");
            if (total <= 0.0) throw new PyRaise("ValueError", "Total of weights must be greater than zero");
            if (Double.isInfinite(total) || Double.isNaN(total)) throw new PyRaise("ValueError", "Total of weights must be finite");
        }
        PyList result = heap.alloc(new PyList(new ArrayList<>(), 0));
        try {
            for (long i = 0; i < k; i++) {
                int index = cum == null ? (int) Math.floor(mt.random() * (double) n) : bisectRight(cum, mt.random() * cum[cum.length - 1], n - 1);
                PyObject key = v.integer(index);
                try {
                    in.builtinImpl.append(result, in.builtinImpl.getItem(population, key));
                } finally {
                    heap.decref(key);
                }
            }
        } catch (RuntimeException e) {
            heap.decref(result);
            throw e;
        }
        return result;
    }

    /** itertools.accumulate of the weights: exact while they are ints, float once one is a float. */
    private static double[] runningTotals(List<PyObject> weights) {
        double[] cum = new double[weights.size()];
        BigInteger exact = BigInteger.ZERO;
        Double inexact = null;
        for (int i = 0; i < cum.length; i++) {
            PyObject w = weights.get(i);
            if (inexact == null && w instanceof PyInt pi) {
                exact = exact.add(pi.value());
                cum[i] = exact.doubleValue();
            } else {
                inexact = (inexact == null ? exact.doubleValue() : inexact) + MathModule.toDouble(w);
                cum[i] = inexact;
            }
        }
        return cum;
    }

    /** bisect.bisect(a, x, 0, hi). */
    private static int bisectRight(double[] a, double x, int hi) {
        int lo = 0;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (x < a[mid]) hi = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private BigInteger draw(BigInteger start, BigInteger stop, BigInteger step) {
        try {
            return mt.randrange(start, stop, step);
        } catch (IllegalArgumentException e) {
            throw new PyRaise("ValueError", e.getMessage());
        }
    }

    private static BigInteger whole(PyObject o) {
        if (o instanceof PyInt i) return i.value();
        throw new PyRaise("TypeError", "'" + o.typeName() + "' object cannot be interpreted as an integer");
    }

    /** sample: a new list of k items chosen by position, made as [None] * k and filled in. */
    private PyObject sample(List<PyObject> args, java.util.Map<String, PyObject> kw) {
        PyObject population = Args.get(args, kw, 0, "population");
        PyObject kArg = Args.get(args, kw, 1, "k");
        if (population == null || kArg == null) throw new PyRaise("TypeError", "Random.sample() missing 1 required positional argument: 'k'");
        if (!(population instanceof PyList || population instanceof PyTuple || population instanceof PyStr || population instanceof PyRange)) {
            throw new PyRaise("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        int n = (int) in.builtinImpl.len(population);
        long k = Args.integer(kArg);
        if (k < 0 || k > n) throw new PyRaise("ValueError", "Sample larger than population or is negative");
        int[] picks = mt.sample(n, (int) k);
        ArrayList<PyObject> items = new ArrayList<>();
        PyList result = heap.alloc(new PyList(items, picks.length));
        for (int pick : picks) {
            PyObject index = v.integer(pick);
            try {
                items.add(in.builtinImpl.getItem(population, index));
            } finally {
                heap.decref(index);
            }
        }
        return result;
    }

    /**
     * Random.gauss's z (Lib/random.py, 3.11): the Box-Muller pair made from two draws, the cosine
     * half returned and the sine half kept for the next call. Java's Math agrees with glibc's libm
     * but for about one value in 500 of each function (last bit; see docs: "Known approximations").
     */
    private double gauss() {
        Double z = gaussNext;
        gaussNext = null;
        if (z != null) return z;
        double x2pi = mt.random() * (2 * Math.PI);
        double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - mt.random()));
        gaussNext = Math.sin(x2pi) * g2rad;
        return Math.cos(x2pi) * g2rad;
    }
}
