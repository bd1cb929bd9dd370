package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.PyHash;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods of random.Random over one generator (a PyRandom): the module's functions are these
 * methods of its hidden instance, as random.py binds them to {@code _inst}, and a program's own
 * {@code random.Random(seed)} objects run the same code on their own state.
 */
final class RandomMethods {
    /** A method's body: the generator, then the arguments (borrowed); the result is a new reference. */
    @FunctionalInterface
    interface Body {
        PyObject call(PyRandom g, List<PyObject> args, Map<String, PyObject> kw);
    }

    /** A method and whether it reads keyword arguments (the C methods and random.py's positional ones do not). */
    record Method(boolean takesKeywords, Body body) { }

    /** random.py's 4 * _exp(-0.5) / _sqrt(2.0), as CPython 3.11.7 computes it. */
    private static final double NV_MAGICCONST = 1.7155277699214135;

    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    private final Map<String, Method> methods = new LinkedHashMap<>();

    RandomMethods(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
        keywordMethod("seed", (g, args, kw) -> {
            Args.count("seed", args, 0, 2);
            PyObject a = Args.get(args, kw, 0, "a");
            if (!(a instanceof PyStr)) {
                // Random.seed's check of any seed but a str builds (type(None), int, float, str, bytes,
                // bytearray) at run time: a 6-tuple, freed to its free list.
                heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 6);
                heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 6);
            }
            // Then super().seed(a) leaves a 3-tuple on its free list, whatever the seed (measured: after
            // gc.collect(), one count fewer when a 3-tuple is free beforehand).
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 3);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 3);
            if (a == null || a instanceof PyNone) g.mt.seed(BigInteger.valueOf(System.nanoTime()));
            else if (a instanceof PyInt i) g.mt.seed(i.value());
            else if (a instanceof PyStr s) g.mt.seed(s.value);
            else if (a instanceof PyFloat f) g.mt.seed(unsigned(PyHash.ofFloat(f.value)));
            else throw new PyRaise("TypeError", "The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
            g.gaussNext = null;
            return v.none;
        });
        method("random", (g, args, kw) -> {
            Args.count("random", args, 0, 0);
            return v.floating(g.mt.random());
        });
        method("getstate", (g, args, kw) -> {
            Args.count("getstate", args, 0, 0);
            return getstate(g);
        });
        method("setstate", (g, args, kw) -> setstate(g, NativeModule.one("setstate", args)));
        method("getrandbits", (g, args, kw) -> {
            long k = Args.integer(NativeModule.one("getrandbits", args));
            if (k < 0) throw new PyRaise("ValueError", "number of bits must be non-negative");
            return v.integer(g.mt.getrandbits((int) k));
        });
        method("randrange", (g, args, kw) -> {
            Args.count("randrange", args, 1, 3);
            BigInteger start = whole(args.get(0));
            BigInteger stop = args.size() > 1 && !(args.get(1) instanceof PyNone) ? whole(args.get(1)) : null;
            BigInteger step = args.size() > 2 ? whole(args.get(2)) : BigInteger.ONE;
            return v.integer(draw(g, start, stop, step));
        });
        method("randint", (g, args, kw) -> {
            Args.count("randint", args, 2, 2);
            return v.integer(draw(g, whole(args.get(0)), whole(args.get(1)).add(BigInteger.ONE), BigInteger.ONE));
        });
        keywordMethod("gauss", (g, args, kw) -> {
            if (args.size() + kw.size() > 2) throw new PyRaise("TypeError", "Random.gauss() takes from 1 to 3 positional arguments but " + (args.size() + 1) + " were given");
            PyObject mu = Args.get(args, kw, 0, "mu");
            PyObject sigma = Args.get(args, kw, 1, "sigma");
            double m = mu == null ? 0.0 : MathModule.toDouble(mu);
            double s = sigma == null ? 1.0 : MathModule.toDouble(sigma);
            return v.floating(m + gauss(g) * s);
        });
        keywordMethod("expovariate", (g, args, kw) -> {
            // random.py 3.11: -_log(1.0 - self.random()) / lambd (lambd has no default before 3.12).
            PyObject lambd = Args.get(args, kw, 0, "lambd");
            if (lambd == null) throw new PyRaise("TypeError", "Random.expovariate() missing 1 required positional argument: 'lambd'");
            double rate = MathModule.toDouble(lambd);
            double draw = -Math.log(1.0 - g.mt.random());
            if (rate == 0) throw new PyRaise("ZeroDivisionError", "float division by zero");
            return v.floating(draw / rate);
        });
        keywordMethod("normalvariate", (g, args, kw) -> {
            // random.py's Kinderman and Monahan ratio method: two random() per try until the draw is accepted.
            PyObject mu = Args.get(args, kw, 0, "mu");
            PyObject sigma = Args.get(args, kw, 1, "sigma");
            double z;
            while (true) {
                double u1 = g.mt.random();
                double u2 = 1.0 - g.mt.random();
                z = NV_MAGICCONST * (u1 - 0.5) / u2;
                if (z * z / 4.0 <= -Math.log(u2)) break;
            }
            double m = mu == null ? 0.0 : MathModule.toDouble(mu);
            double s = sigma == null ? 1.0 : MathModule.toDouble(sigma);
            return v.floating(m + z * s);
        });
        keywordMethod("triangular", (g, args, kw) -> {
            // random.py: u = self.random(); c = 0.5 if mode is None else (mode - low) / (high - low)
            // (a ZeroDivisionError returns low itself); past c the ends swap; low + (high - low) * sqrt(u * c).
            if (args.size() > 3) throw new PyRaise("TypeError", "Random.triangular() takes from 1 to 4 positional arguments but " + (args.size() + 1) + " were given");
            PyObject lowArg = Args.get(args, kw, 0, "low");
            PyObject highArg = Args.get(args, kw, 1, "high");
            PyObject mode = Args.get(args, kw, 2, "mode");
            double low = lowArg == null ? 0.0 : MathModule.toDouble(lowArg);
            double high = highArg == null ? 1.0 : MathModule.toDouble(highArg);
            double u = g.mt.random();
            double c = 0.5;
            if (mode != null && mode != v.none) {
                if (high - low == 0) return lowArg == null ? v.floating(0.0) : heap.newRef(lowArg);
                c = (MathModule.toDouble(mode) - low) / (high - low);
            }
            if (u > c) {
                u = 1.0 - u;
                c = 1.0 - c;
                double t = low;
                low = high;
                high = t;
            }
            return v.floating(low + (high - low) * Math.sqrt(u * c));
        });
        method("uniform", (g, args, kw) -> {
            Args.count("uniform", args, 2, 2);
            double a = MathModule.toDouble(args.get(0));
            double b = MathModule.toDouble(args.get(1));
            return v.floating(a + (b - a) * g.mt.random());
        });
        method("choice", (g, args, kw) -> {
            PyObject seq = NativeModule.one("choice", args);
            long n = in.builtinImpl.len(seq);
            if (n == 0) throw new PyRaise("IndexError", "Cannot choose from an empty sequence");
            PyObject index = v.integer(g.mt.below(BigInteger.valueOf(n)));
            try {
                return in.builtinImpl.getItem(seq, index);
            } finally {
                heap.decref(index);
            }
        });
        method("shuffle", (g, args, kw) -> {
            PyObject x = NativeModule.one("shuffle", args);
            if (!(x instanceof PyList l)) return shuffleSequence(g, x);
            int[] partners = g.mt.shuffleSwaps(l.items.size());
            for (int step = 0; step < partners.length; step++) {
                int i = l.items.size() - 1 - step;
                PyObject t = l.items.get(i);
                l.items.set(i, l.items.get(partners[step]));
                l.items.set(partners[step], t);
            }
            return v.none;
        });
        keywordMethod("sample", (g, args, kw) -> sample(g, args, kw));
        keywordMethod("choices", (g, args, kw) -> choices(g, args, kw));
    }

    /**
     * Lib/random.py's shuffle over any sequence (a program's class with __len__, __getitem__ and
     * __setitem__, a deque): {@code x[i], x[j] = x[j], x[i]} for i from len(x) - 1 down to 1, drawing j, reading
     * x[j] then x[i] and storing x[i] then x[j]; a sequence that takes no stores fails at the first
     * store with its own TypeError, as CPython's does.
     */
    private PyObject shuffleSequence(PyRandom g, PyObject x) {
        Builtins p = in.builtinImpl;
        long n = p.len(x);
        for (long at = n - 1; at >= 1; at--) {
            // randbelow(i + 1) before each swap: a swap that fails leaves the later draws untaken.
            PyObject i = v.integer(at), j = v.integer(g.mt.below((int) at + 1));
            // Roots while the sequence's own methods run, as shuffle's frame holds them in CPython.
            p.hold(i);
            p.hold(j);
            try {
                PyObject atJ = p.getItem(x, j);
                PyObject atI;
                try {
                    atI = p.getItem(x, i);
                } catch (RuntimeException e) {
                    heap.decref(atJ);
                    throw e;
                }
                p.hold(atI);
                p.hold(atJ); // STORE_SUBSCR's value, released after the store
                try {
                    p.setItem(x, i, atJ);
                } catch (RuntimeException e) {
                    p.unhold(atI);
                    heap.decref(atI);
                    throw e;
                } finally {
                    p.unhold(atJ);
                }
                try {
                    p.setItem(x, j, atI);
                } finally {
                    p.unhold(atI);
                }
            } finally {
                p.unhold(j);
                p.unhold(i);
                heap.decref(i);
                heap.decref(j);
            }
        }
        return v.none;
    }

    /** random_seed of a float: its hash, cast to size_t (a negative hash wraps around 2**64). */
    private static BigInteger unsigned(long hash) {
        BigInteger h = BigInteger.valueOf(hash);
        return hash < 0 ? h.add(BigInteger.ONE.shiftLeft(64)) : h;
    }

    private void method(String name, Body body) {
        methods.put(name, new Method(false, body));
    }

    private void keywordMethod(String name, Body body) {
        methods.put(name, new Method(true, body));
    }

    /** The method names, in the order they were registered. */
    java.util.Set<String> names() {
        return methods.keySet();
    }

    Method get(String name) {
        return methods.get(name);
    }

    /**
     * getstate(): (VERSION, the C state as 624 words and the index, gauss_next), a new tuple
     * holding a new tuple of 625 ints.
     */
    private PyObject getstate(PyRandom g) {
        int[] words = g.mt.state();
        PyObject[] items = new PyObject[words.length + 1];
        for (int i = 0; i < words.length; i++) items[i] = v.integer(words[i] & 0xffffffffL);
        items[words.length] = v.integer(g.mt.index());
        PyTuple internal = heap.alloc(new PyTuple(items));
        PyObject gauss = g.gaussNext == null ? v.none : v.floating(g.gaussNext);
        return heap.alloc(new PyTuple(new PyObject[] {v.integer(3), internal, gauss}));
    }

    /**
     * setstate(state): Lib/random.py unpacks (version, internal state, gauss_next) for versions 3
     * and 2 (whose words are first reduced modulo 2**32), then the C code checks the 625 words.
     */
    private PyObject setstate(PyRandom g, PyObject state) {
        PyObject version = in.builtinImpl.getItem(state, v.integer(0));
        long n;
        try {
            n = version instanceof PyInt i && i.value().bitLength() < 32 ? i.value().longValue() : -1;
            if (n != 3 && n != 2) {
                throw new PyRaise("ValueError", "state with version " + in.ops.str(version) + " passed to Random.setstate() of version 3");
            }
        } finally {
            heap.decref(version);
        }
        if (!(state instanceof PyTuple t) || t.items.length != 3) {
            throw new PyRaise("ValueError", "not enough values to unpack (expected 3, got " + in.builtinImpl.len(state) + ")");
        }
        PyObject gauss = t.items[2];
        g.gaussNext = gauss instanceof PyNone ? null : MathModule.toDouble(gauss);
        List<PyObject> words;
        if (n == 3) {
            if (!(t.items[1] instanceof PyTuple internal)) throw new PyRaise("TypeError", "state vector must be a tuple");
            words = List.of(internal.items);
        } else {
            words = in.builtinImpl.iterate(t.items[1]);
        }
        if (words.size() != 625) throw new PyRaise("ValueError", "state vector is the wrong size");
        int[] fresh = new int[624];
        for (int i = 0; i < 624; i++) fresh[i] = word(words.get(i), n == 2);
        if (!(words.get(624) instanceof PyInt ix)) throw new PyRaise("TypeError", "'" + words.get(624).typeName() + "' object cannot be interpreted as an integer");
        BigInteger index = n == 2 ? ix.value().mod(BigInteger.ONE.shiftLeft(32)) : ix.value();
        if (index.bitLength() > 63) throw new PyRaise("OverflowError", "Python int too large to convert to C long");
        if (index.signum() < 0 || index.compareTo(BigInteger.valueOf(624)) > 0) throw new PyRaise("ValueError", "invalid state");
        g.mt.restore(fresh, index.intValue());
        return v.none;
    }

    /** One state word as PyLong_AsUnsignedLong reads it (version 2: reduced modulo 2**32 first), kept to 32 bits. */
    private static int word(PyObject o, boolean reduce) {
        if (!(o instanceof PyInt w)) throw new PyRaise("TypeError", "an integer is required");
        BigInteger value = reduce ? w.value().mod(BigInteger.ONE.shiftLeft(32)) : w.value();
        if (value.signum() < 0) throw new PyRaise("OverflowError", "can't convert negative value to unsigned int");
        if (value.bitLength() > 64) throw new PyRaise("OverflowError", "Python int too large to convert to C unsigned long");
        return value.intValue();
    }

    /**
     * choices (Lib/random.py, 3.11): k picks with replacement, appended to a new list as its list
     * comprehension does; without weights each is population[floor(random() * n)], with weights
     * (or cum_weights) a bisect of the running totals at random() * total.
     */
    private PyObject choices(PyRandom g, List<PyObject> args, Map<String, PyObject> kw) {
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
                int index = cum == null ? (int) Math.floor(g.mt.random() * (double) n) : bisectRight(cum, g.mt.random() * cum[cum.length - 1], n - 1);
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

    private BigInteger draw(PyRandom g, BigInteger start, BigInteger stop, BigInteger step) {
        try {
            return g.mt.randrange(start, stop, step);
        } catch (IllegalArgumentException e) {
            throw new PyRaise("ValueError", e.getMessage());
        }
    }

    private static BigInteger whole(PyObject o) {
        return Args.indexValue(o);
    }

    /** sample: a new list of k items chosen by position, made as [None] * k and filled in. */
    private PyObject sample(PyRandom g, List<PyObject> args, Map<String, PyObject> kw) {
        PyObject population = Args.get(args, kw, 0, "population");
        PyObject kArg = Args.get(args, kw, 1, "k");
        if (population == null || kArg == null) throw new PyRaise("TypeError", "Random.sample() missing 1 required positional argument: 'k'");
        if (!(population instanceof PyList || population instanceof PyTuple || population instanceof PyStr || population instanceof PyRange)) {
            throw new PyRaise("TypeError", "Population must be a sequence.  For dicts or sets, use sorted(d).");
        }
        int n = (int) in.builtinImpl.len(population);
        long k = Args.integer(kArg);
        if (k < 0 || k > n) throw new PyRaise("ValueError", "Sample larger than population or is negative");
        int[] picks = g.mt.sample(n, (int) k);
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
    private double gauss(PyRandom g) {
        Double z = g.gaussNext;
        g.gaussNext = null;
        if (z != null) return z;
        double x2pi = g.mt.random() * (2 * Math.PI);
        double g2rad = Math.sqrt(-2.0 * Math.log(1.0 - g.mt.random()));
        g.gaussNext = Math.sin(x2pi) * g2rad;
        return Math.cos(x2pi) * g2rad;
    }
}
