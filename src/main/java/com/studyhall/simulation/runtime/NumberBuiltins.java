package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.FloatText;
import com.studyhall.simulation.library.IntText;
import com.studyhall.simulation.library.PyHash;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;

/** The numeric builtins: int(), float(), round, divmod, pow, chr, ord, hex, bin, oct, hash and format. */
final class NumberBuiltins {
    private final Interpreter in;
    private final Heap heap;
    private final Values v;

    private NumberBuiltins(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    static void install(BuiltinsModule m, Interpreter in) {
        NumberBuiltins b = new NumberBuiltins(in);
        m.keywordFunction("int", (args, kw) -> b.toInt(args, kw.get("base")));
        m.function("float", (args, kw) -> b.toFloat(args));
        m.keywordFunction("complex", (args, kw) -> ComplexConstruction.make(in, args, kw));
        m.keywordFunction("round", (args, kw) -> {
            if (!kw.isEmpty()) in.builtinImpl.clinicParser("round", 2);
            return b.round(args, kw.get("ndigits"));
        });
        m.function("divmod", (args, kw) -> b.divmod(args));
        m.keywordFunction("pow", (args, kw) -> b.pow(args, kw));
        m.function("chr", (args, kw) -> {
            long i = Args.integer(NativeModule.one("chr", args));
            if (i < 0 || i > 0x10ffff) throw new PyRaise("ValueError", "chr() arg not in range(0x110000)");
            return in.values.str(new String(Character.toChars((int) i)));
        });
        m.function("ord", (args, kw) -> {
            PyObject o = BuiltinBases.receiver(NativeModule.one("ord", args));
            if (!(o instanceof PyStr s)) throw new PyRaise("TypeError", "ord() expected string of length 1, but " + o.typeName() + " found");
            int n = s.value.codePointCount(0, s.value.length());
            if (n != 1) throw new PyRaise("TypeError", "ord() expected a character, but string of length " + n + " found");
            return in.values.integer(s.value.codePointAt(0));
        });
        for (String name : List.of("hex", "bin", "oct")) {
            int radix = name.equals("hex") ? 16 : name.equals("bin") ? 2 : 8;
            m.function(name, (args, kw) -> {
                PyObject o = NativeModule.one(name, args);
                PyInt i = NumberIndex.of(o);
                if (i == null) throw new PyRaise("TypeError", "'" + o.typeName() + "' object cannot be interpreted as an integer");
                return in.values.str(IntText.prefixed(i.value(), radix));
            });
        }
        m.function("hash", (args, kw) -> in.values.integer(b.hash(NativeModule.one("hash", args))));
        m.function("format", (args, kw) -> {
            Args.count("format", args, 1, 2);
            String spec = args.size() > 1 ? Args.str(args.get(1)) : "";
            return StrObjects.format(in, args.get(0), spec);
        });
    }

    private PyObject toInt(List<PyObject> args, PyObject baseArg) {
        if (args.size() > 2) throw new PyRaise("TypeError", "int() takes at most 2 arguments (" + args.size() + " given)");
        PyObject base = args.size() > 1 ? args.get(1) : baseArg;
        if (args.isEmpty()) {
            if (base != null) throw new PyRaise("TypeError", "int() missing string argument");
            return v.integer(0);
        }
        PyObject o = args.get(0);
        if (base != null) {
            if (!(o instanceof PyStr s)) throw new PyRaise("TypeError", "int() can't convert non-string with explicit base");
            return v.integer(IntText.parse(s.value, (int) Args.integer(base)));
        }
        if (o instanceof PyBool b) return v.integer(b.value());
        if (o instanceof PyFraction f) return v.integer(FractionType.whole(f, "trunc"));
        if (o instanceof PyInt i) return heap.newRef(i);
        if (o instanceof PyFloat f) {
            if (Double.isNaN(f.value)) throw new PyRaise("ValueError", "cannot convert float NaN to integer");
            if (Double.isInfinite(f.value)) throw new PyRaise("OverflowError", "cannot convert float infinity to integer");
            return v.integer(new BigDecimal(f.value).toBigInteger());
        }
        if (o instanceof PyStr s) return v.integer(IntText.parse(s.value, 10));
        if (o instanceof PyInstance) {
            PyObject r = in.builtinImpl.types.instances().toInt(o);
            if (r != null) return r;
        }
        throw new PyRaise("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '" + o.typeName() + "'");
    }

    private PyObject toFloat(List<PyObject> args) {
        Args.count("float", args, 0, 1);
        if (args.isEmpty()) return v.floating(0.0);
        PyObject o = args.get(0);
        if (o instanceof PyFloat f) return heap.newRef(f);
        if (o instanceof PyInt i) return v.floating(FloatType.toDouble(i));
        if (o instanceof PyFraction f) return v.floating(FractionType.toDouble(f));
        if (o instanceof PyStr s) return v.floating(FloatText.parse(s.value));
        if (o instanceof PyInstance) {
            PyObject r = in.builtinImpl.types.instances().toFloat(o);
            if (r != null) return r;
        }
        throw new PyRaise("TypeError", "float() argument must be a string or a real number, not '" + o.typeName() + "'");
    }

    /** round: half to even on the exact value of the double, as CPython's correctly rounded double_round. */
    private PyObject round(List<PyObject> args, PyObject ndigitsKw) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "round() missing required argument 'number' (pos 1)");
        Args.count("round", args, 1, 2);
        PyObject x = args.get(0);
        PyObject nd = args.size() > 1 ? args.get(1) : ndigitsKw;
        boolean noDigits = nd == null || nd instanceof PyNone;
        if (!(x instanceof PyInstance && in.builtinImpl.types.instances().defines(x, "__round__"))) x = BuiltinBases.receiver(x);
        if (x instanceof PyFraction f) return ((FractionType) in.builtinImpl.types.of(f)).round(f, nd);
        if (x instanceof PyInt i) {
            if (noDigits) return v.integer(i.value());
            long n = Args.integer(nd);
            if (n >= 0) return v.integer(i.value());
            return v.integer(new BigDecimal(i.value()).setScale((int) n, RoundingMode.HALF_EVEN).toBigInteger());
        }
        if (x instanceof PyInstance && in.builtinImpl.types.instances().defines(x, "__round__")) {
            // builtin_round: __round__() without ndigits (or with None), __round__(ndigits) otherwise.
            return noDigits ? in.builtinImpl.types.instances().special(x, "__round__")
                    : in.builtinImpl.types.instances().special(x, "__round__", nd);
        }
        if (!(x instanceof PyFloat f)) throw new PyRaise("TypeError", "type " + x.typeName() + " doesn't define __round__ method");
        double d = f.value;
        if (noDigits) {
            if (Double.isNaN(d)) throw new PyRaise("ValueError", "cannot convert float NaN to integer");
            if (Double.isInfinite(d)) throw new PyRaise("OverflowError", "cannot convert float infinity to integer");
            return v.integer(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        long n = Args.integer(nd);
        if (Double.isNaN(d) || Double.isInfinite(d) || n > 323) return v.floating(d);
        if (n < -308) return v.floating(Math.copySign(0.0, d));
        double r = new BigDecimal(d).setScale((int) n, RoundingMode.HALF_EVEN).doubleValue();
        return v.floating(r == 0 ? Math.copySign(0.0, d) : r);
    }

    private PyObject divmod(List<PyObject> args) {
        Args.count("divmod", args, 2, 2);
        PyObject own = ownDivmod(args.get(0), args.get(1));
        if (own != null) return own;
        // int's and float's own nb_divmod of a subclass's value.
        PyObject a = BuiltinBases.receiver(args.get(0));
        PyObject b = BuiltinBases.receiver(args.get(1));
        if (a instanceof PyTimedelta && b instanceof PyTimedelta) return ((TimedeltaType) in.builtinImpl.types.of(a)).divmod(a, b);
        if (a instanceof PyFraction || b instanceof PyFraction) {
            return ((FractionType) in.builtinImpl.types.of(a instanceof PyFraction ? a : b)).divmod(a, b);
        }
        if (FloatType.isNumber(a) && FloatType.isNumber(b) && in.ops.truthy(b) == false) {
            boolean ints = a instanceof PyInt && b instanceof PyInt;
            throw new PyRaise("ZeroDivisionError", ints ? "integer division or modulo by zero" : "float divmod()");
        }
        if (!(FloatType.isNumber(a) && FloatType.isNumber(b))) {
            throw new PyRaise("TypeError", "unsupported operand type(s) for divmod(): '" + a.typeName() + "' and '" + b.typeName() + "'");
        }
        PyObject q = in.ops.binary(TokenType.DOUBLE_SLASH, a, b);
        PyObject r = in.ops.binary(TokenType.PERCENT, a, b);
        return heap.alloc(new PyTuple(new PyObject[] {q, r}));
    }

    /**
     * slot_nb_divmod (SLOT1BINFULL): the left operand's class's __divmod__, then, when the right
     * operand's class differs, its __rdivmod__ (first, when that class is a subclass of the left's
     * and overrides __rdivmod__: method_is_overloaded); null when neither is defined or both return
     * NotImplemented (the builtin types' own divmod, or CPython's TypeError, follows).
     */
    private PyObject ownDivmod(PyObject a, PyObject b) {
        InstanceType instances = in.builtinImpl.types.instances();
        PyInstance x = a instanceof PyInstance i ? i : null;
        PyInstance y = b instanceof PyInstance j ? j : null;
        boolean other = y != null && (x == null || x.cls != y.cls) && y.cls.lookup("__rdivmod__") instanceof PyFunction;
        if (other && x != null && y.cls.mro.contains(x.cls) && x.cls.lookup("__rdivmod__") != y.cls.lookup("__rdivmod__")) {
            PyObject r = declined(instances.special(b, "__rdivmod__", a));
            if (r != null) return r;
            other = false;
        }
        if (x != null && x.cls.lookup("__divmod__") instanceof PyFunction) {
            PyObject r = declined(instances.special(a, "__divmod__", b));
            if (r != null) return r;
        }
        return other ? declined(instances.special(b, "__rdivmod__", a)) : null;
    }

    private PyObject declined(PyObject r) {
        if (!(r instanceof PyNotImplemented)) return r;
        heap.decref(r);
        return null;
    }

    private static boolean definesPower(PyObject o) {
        return o instanceof PyInstance i && (i.cls.lookup("__pow__") instanceof PyFunction || i.cls.lookup("__rpow__") instanceof PyFunction);
    }

    /** An int subclass's instance as the int it holds (a borrowed reference); anything else as it is. */
    private static PyObject intPart(PyObject o) {
        return o instanceof PyInstance i && i.body instanceof PyInt held ? held : o;
    }

    private PyObject pow(List<PyObject> args, java.util.Map<String, PyObject> kw) {
        PyObject base = Args.get(args, kw, 0, "base");
        PyObject exp = Args.get(args, kw, 1, "exp");
        PyObject mod = Args.get(args, kw, 2, "mod");
        if (base == null || exp == null) throw new PyRaise("TypeError", "pow() missing required argument '" + (base == null ? "base" : "exp") + "' (pos " + (base == null ? 1 : 2) + ")");
        if (mod == null || mod instanceof PyNone) return in.ops.binary(TokenType.DOUBLE_STAR, base, exp);
        // ternary_op reaches complex_pow when no earlier slot answered (int's declines what is not an int; float's raises).
        if (base instanceof PyComplex || base instanceof PyInt && (exp instanceof PyComplex || exp instanceof PyInt && mod instanceof PyComplex)) {
            throw new PyRaise("ValueError", "complex modulo");
        }
        // long_pow takes an int subclass's instance as the int it holds, unless a class of the three
        // defines __pow__ or __rpow__ (slot_nb_power's order, not modelled here: refused as before).
        if (!definesPower(base) && !definesPower(exp) && !definesPower(mod)) {
            base = intPart(base);
            exp = intPart(exp);
            mod = intPart(mod);
        }
        if (!(base instanceof PyInt b && exp instanceof PyInt e && mod instanceof PyInt m)) {
            throw new PyRaise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (m.value().signum() == 0) throw new PyRaise("ValueError", "pow() 3rd argument cannot be 0");
        BigInteger modulus = m.value().abs();
        BigInteger r;
        if (e.value().signum() < 0) {
            try {
                r = b.value().modInverse(modulus).modPow(e.value().negate(), modulus);
            } catch (ArithmeticException notInvertible) {
                throw new PyRaise("ValueError", "base is not invertible for the given modulus");
            }
        } else {
            r = b.value().modPow(e.value(), modulus);
        }
        // The result takes the modulus's sign, as Python's %.
        if (m.value().signum() < 0 && r.signum() != 0) r = r.add(m.value());
        return v.integer(r);
    }

    /** hash(): exact for numbers and tuples of them; str and other hashes vary between CPython runs anyway. */
    long hash(PyObject o) {
        if (o instanceof PyInt i) return i.pyHash();
        if (o instanceof PyFraction f) return f.pyHash();
        if (o instanceof PyInstance i && i.cls.lookup("__hash__") instanceof PyFunction) return i.cls.hashing.hash(i, false);
        if (o instanceof PyInstance i && (i.cls.lookup("__hash__") instanceof PyNone || i.body != null && !i.holdsValue() && !(i.body instanceof PyWeakref))) {
            throw new PyRaise("TypeError", "unhashable type: '" + o.typeName() + "'");
        }
        // int's, float's, str's and tuple's hash of the value (equal to the plain value's, as == is).
        if (o instanceof PyInstance i && i.holdsValue()) return hash(i.body);
        // A class deriving from weakref.ref inherits weakref_hash (its weak-reference part's cache).
        if (o instanceof PyInstance i && i.body instanceof PyWeakref w) return w.hash(this::hashWhileHeld);
        if (o instanceof PyFloat f) {
            Long h = PyHash.ofFloat(f.value);
            return h != null ? h : identityHash(o);
        }
        if (o instanceof PyComplex z) {
            Long h = com.studyhall.simulation.library.ComplexMath.hash(ComplexType.of(z));
            return h != null ? h : identityHash(o);
        }
        if (o instanceof PyTuple t) {
            long[] hs = new long[t.items.length];
            for (int k = 0; k < hs.length; k++) hs[k] = hash(t.items[k]);
            return PyHash.ofTuple(hs);
        }
        if (o instanceof PyStr s) return s.value.hashCode();
        if (o instanceof PyTimedelta || o instanceof PyDate || o instanceof PyTime) return Keys.hash(o);
        if (o instanceof PyBytes b) return Keys.hash(b);
        if (o instanceof PyFrozenSet f) return f.frozensetHash();
        if (o instanceof PyMemoryView m) return MemoryViewType.hash(m);
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyBytearray || o instanceof PyKeyWrapper || o instanceof PyNamespace
                || o instanceof SliceValue || o instanceof PyArray
                || o instanceof PyProxy // proxy_hash: a weak proxy is never hashable, whatever its referent
                || o instanceof PyChainMap || (o instanceof PyChainMapView w && !w.kind.equals("ValuesView"))) {
            throw new PyRaise("TypeError", "unhashable type: '" + o.typeName() + "'");
        }
        if (o instanceof PyWeakref w) return w.hash(this::hashWhileHeld);
        // method_hash: the object's address hash mixed with the function's hash.
        if (o instanceof PyBoundMethod m) return identityHash(m.self) ^ hash(m.function);
        // meth_hash and wrapper_hash: the bound object's address hash mixed with the C function's or
        // the slot descriptor's, so equal bindings (`x.append`, `b.__init__` read twice) hash alike.
        if (o instanceof PyBuiltin b && b.self != null) return identityHash(b.self) ^ (b.name + "/" + b.owner).hashCode();
        if (o instanceof PyMethodWrapper w) return identityHash(w.self) ^ (w.descriptor.ownerName + "." + w.descriptor.name).hashCode();
        return identityHash(o);
    }

    /** A weak reference's referent hashed with its own __hash__, held meanwhile as weakref_hash holds it. */
    private long hashWhileHeld(PyObject referent) {
        heap.incref(referent);
        in.builtinImpl.hold(referent);
        try {
            return hash(referent);
        } finally {
            in.builtinImpl.unhold(referent);
            heap.decref(referent);
        }
    }

    /** object.__hash__: the address shifted right by 4, like CPython's _Py_HashPointer. */
    private static long identityHash(PyObject o) {
        return Keys.addressHash(o);
    }
}
