package com.studyhall.simulation.heap;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Java keys with Python's equality for dict and set members: 1 == 1.0 == True. */
public final class Keys {
    private Keys() { }

    private record Identity(PyObject o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity i && i.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    /**
     * A weak reference as a key (a plain one, or the instance of a class deriving from weakref.ref):
     * it hashes as its referent (weakref_hash, cached on the part) and, as weakref_richcompare, equals
     * another weak reference whose referent is the same object or compares equal to it while both
     * live; a dead one equals only itself.
     */
    private static final class WeakKey {
        final PyObject ref;
        final PyWeakref part;
        /** Whether the Java caller holds a reference to ref that is about to be stored (dict put, set add). */
        final boolean owned;

        WeakKey(PyObject ref, PyWeakref part, boolean owned) {
            this.ref = ref;
            this.part = part;
            this.owned = owned;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(part.hash(Keys::referentHash));
        }

        /** Called on the probing key with the stored one: the stored referent's __eq__ decides. */
        @Override
        public boolean equals(Object stored) {
            if (!(stored instanceof WeakKey w)) return false;
            if (w.ref == ref) return true;
            PyObject mine = part.referent;
            PyObject theirs = w.part.referent;
            if (mine == null || theirs == null) return false;
            if (mine == theirs) return true;
            if (theirs instanceof PyInstance i && i.cls != null && i.cls.hashing != null) return i.cls.hashing.referentsEqual(theirs, mine, owned ? ref : null);
            return of(theirs, false).equals(of(mine, false));
        }
    }

    /** A bound method hashes and compares by its object's identity and its function (method_hash). */
    private record Method(Identity self, Object function) { }

    /** A frozenset's key: equal to another frozenset's when the members are equal, in any order. */
    private record Frozen(java.util.Set<Object> members) { }

    private static final Object NONE = new Object();

    /** A bytes key: equal to another bytes of the same content, never to a str. */
    private record BytesKey(String value) { }

    /**
     * An instance of a class with its own __hash__: hashed once per lookup, compared with the
     * stored key's __eq__ only when the stored hash is the same (identity first).
     */
    static final class UserKey {
        final PyInstance o;
        final long hash;
        /** Whether the Java caller holds a reference to o that is about to be stored (dict put, set add). */
        final boolean owned;

        UserKey(PyInstance o, long hash, boolean owned) {
            this.o = o;
            this.hash = hash;
            this.owned = owned;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(hash);
        }

        /** Set once a lookup found no equal key: storing it then compares with nobody again (one probe in CPython). */
        boolean absent;

        /** Called on the probing key with the stored one (HashMap's key.equals(k)). */
        @Override
        public boolean equals(Object stored) {
            if (!(stored instanceof UserKey u)) return false;
            if (absent) return u.o == o;
            return u.o == o || (u.hash == hash && o.cls.hashing.equal(u.o, o, owned));
        }
    }

    /**
     * A stored key reused for an insertion into another table (its hash is not computed again):
     * a user-hashed key is copied so that the new lookup compares with __eq__ afresh.
     */
    public static Object stored(Object k, boolean owned) {
        if (k instanceof UserKey u) return new UserKey(u.o, u.hash, owned);
        if (k instanceof WeakKey w) return new WeakKey(w.ref, w.part, owned);
        if (k instanceof List<?> parts) {
            List<Object> copy = new ArrayList<>();
            for (Object p : parts) copy.add(stored(p, false));
            return copy;
        }
        return k;
    }

    /** The class's own __hash__ function, or null when instances hash by identity. */
    private static boolean userHashed(PyInstance i) {
        return i.cls != null && i.cls.hashing != null && i.cls.lookup("__hash__") instanceof PyFunction;
    }

    public static Object of(PyObject o) {
        return of(o, false);
    }

    /** A Fraction equals the int or the float of the same value (the same key), else only Fractions. */
    private static Object fractionKey(PyFraction f) {
        java.math.BigInteger den = f.den();
        if (den.equals(java.math.BigInteger.ONE)) return f.num();
        if (den.bitCount() == 1 && den.bitLength() <= 1075 && f.num().bitLength() <= 53) {
            return new java.math.BigDecimal(f.num()).divide(new java.math.BigDecimal(den)).doubleValue();
        }
        return List.of("fraction", f.num(), den);
    }

    /** The key of an object whose reference the caller is about to store (owned) or only looks up with. */
    public static Object of(PyObject o, boolean owned) {
        if (o instanceof PyInt i) return i.value();
        if (o instanceof PyFloat f) {
            if (!Double.isInfinite(f.value) && !Double.isNaN(f.value) && f.value == Math.rint(f.value)) {
                return new java.math.BigDecimal(f.value).toBigInteger();
            }
            return f.value;
        }
        if (o instanceof PyStr s) return s.value;
        if (o instanceof PyFraction f) return fractionKey(f);
        // A complex with a zero imaginary part equals (and hashes as) its real part.
        if (o instanceof PyComplex z) return z.imag == 0 ? of(new PyFloat(z.real), owned) : List.of("complex", z.real + 0.0, z.imag + 0.0);
        if (o instanceof PyBytes b) return new BytesKey(b.value);
        if (o instanceof PyNone) return NONE;
        // datetime values: equal when the same type and the same moment (a date never equals a datetime).
        if (o instanceof PyTimedelta d) return List.of("timedelta", d.exactMicroseconds());
        if (o instanceof PyDate d && d.tzinfo != null) return List.of("aware", d.utcMoment());
        if (o instanceof PyDate d) return List.of(d.typeName(), d.year, d.month, d.day, d.hour, d.minute, d.second, d.microsecond);
        if (o instanceof PyTime t) return List.of("time", t.hour, t.minute, t.second, t.microsecond);
        if (o instanceof PyTuple t) {
            List<Object> parts = new ArrayList<>();
            for (PyObject item : t.items) parts.add(of(item, false));
            return parts;
        }
        if (o instanceof PyBoundMethod m) return new Method(new Identity(m.self), of(m.function));
        // meth_richcompare and wrapper_richcompare: a builtin method or a slot bound to the same object.
        if (o instanceof PyBuiltin b && b.self != null) return new Method(new Identity(b.self), List.of("builtin", b.name, String.valueOf(b.owner)));
        if (o instanceof PyMethodWrapper w) return new Method(new Identity(w.self), List.of("wrapper", w.descriptor.ownerName, w.descriptor.name));
        if (o instanceof PyInstance i && userHashed(i)) return new UserKey(i, i.cls.hashing.hash(i, owned), owned);
        // int's, str's, float's and tuple's hash and == of the value: Money(5) is the key 5.
        if (o instanceof PyInstance i && i.holdsValue() && !(i.cls.lookup("__hash__") instanceof PyNone)) return of(i.body, owned);
        if (o instanceof PyFrozenSet f) {
            java.util.Set<Object> members = new java.util.HashSet<>();
            for (PyObject m : f.members()) members.add(of(m, false));
            return new Frozen(members);
        }
        // A class that defines __eq__ without __hash__ gets __hash__ = None: its instances are unhashable.
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyDeque || o instanceof PyBytearray || o instanceof PyArray
                || o instanceof PyKeyWrapper || o instanceof PyNamespace // richcompare without hash: __hash__ is None
                || o instanceof PyChainMap // Mapping defines __eq__, so __hash__ is None; so do KeysView and ItemsView (Set)
                || (o instanceof PyChainMapView w && !w.kind.equals("ValuesView"))
                || o.typeName().equals("slice") // runtime.SliceValue: slices are unhashable until 3.12
                || o instanceof PyProxy // proxy_hash: a weak proxy is never hashable, whatever its referent
                || (o instanceof PyInstance i && i.cls != null && i.cls.lookup("__hash__") instanceof PyNone)
                || (o instanceof PyInstance j && j.body != null && !(j.body instanceof PyWeakref) && !(j.cls.lookup("__hash__") instanceof PyFunction))) {
            // list.__hash__, dict.__hash__ and set.__hash__ are None: their subclasses inherit that.
            throw new PyRaise("TypeError", "unhashable type: '" + o.typeName() + "'");
        }
        PyWeakref part = weakPart(o);
        if (part != null) {
            part.hash(Keys::referentHash); // taken now, so hash(ref) still answers once the referent died
            return new WeakKey(o, part, owned);
        }
        return new Identity(o);
    }

    /** The weak-reference part of a plain weak reference or of an instance of a class deriving from weakref.ref. */
    private static PyWeakref weakPart(PyObject o) {
        return o instanceof PyWeakref w ? w : o instanceof PyInstance i && i.body instanceof PyWeakref w ? w : null;
    }

    /** object.__hash__: the address shifted right by 4, like CPython's _Py_HashPointer. */
    public static long addressHash(PyObject o) {
        return (0x7f0000000000L + o.id * 16L) >>> 4;
    }

    /**
     * The hash a weak reference key keeps for its referent (see PyWeakref.hash).
     */
    private static long referentHash(PyObject referent) {
        Object key = of(referent, false); // an unhashable referent is CPython's TypeError too
        return key instanceof Identity ? addressHash(referent) : hash(referent, key);
    }

    /** Python's hash for ints and the values the set table needs (strings are randomized in CPython anyway). */
    public static long hash(PyObject o) {
        if (o instanceof PyInt i) return i.pyHash();
        if (o instanceof PyFloat f) {
            Object k = of(f);
            if (k instanceof BigInteger b) return intHash(b);
            return doubleHash(f.value);
        }
        if (o instanceof PyNone) return 0xFCA86420L;
        if (o instanceof PyFraction f) return f.pyHash();
        if (o instanceof PyComplex z) {
            Long h = com.studyhall.simulation.library.ComplexMath.hash(new com.studyhall.simulation.library.ComplexMath.C(z.real, z.imag));
            return h == null ? 0 : h;
        }
        if (o instanceof PyStr s) return s.value.hashCode();
        if (o instanceof PyBytes b) return b.value.hashCode() * 31L + 7;
        if (o instanceof PyTuple t) {
            // tuplehash (xxHash's rounds over the items' hashes), so a set of tuples is ordered as in CPython.
            long[] hashes = new long[t.items.length];
            for (int i = 0; i < hashes.length; i++) hashes[i] = hash(t.items[i]);
            return com.studyhall.simulation.library.PyHash.ofTuple(hashes);
        }
        if (o instanceof PyBoundMethod m) return m.self.id * 16L ^ m.function.id * 16L;
        if (o instanceof PyBuiltin b && b.self != null) return b.self.id * 16L ^ (b.name + "/" + b.owner).hashCode();
        if (o instanceof PyMethodWrapper w) return w.self.id * 16L ^ (w.descriptor.ownerName + "." + w.descriptor.name).hashCode();
        if (o instanceof PyTimedelta d) {
            // delta_hash: the hash of the (days, seconds, microseconds) tuple, as CPython's.
            return com.studyhall.simulation.library.PyHash.ofTuple(new long[] {com.studyhall.simulation.library.PyHash.ofLong(d.days),
                com.studyhall.simulation.library.PyHash.ofLong(d.seconds), com.studyhall.simulation.library.PyHash.ofLong(d.microseconds)});
        }
        // CPython hashes a date's or time's bytes with the randomized string hash: any stable hash will do.
        if (o instanceof PyDate || o instanceof PyTime) return of(o).hashCode();
        if (o instanceof PyFrozenSet f) return f.frozensetHash();
        if (o instanceof PyInstance i && userHashed(i)) return i.cls.hashing.hash(i, false);
        if (o instanceof PyInstance i && i.holdsValue()) return hash(i.body);
        if (weakPart(o) != null) return hash(o, of(o));
        return o.id * 16L;
    }

    /** The hash of a key already made by {@link #of} (a user hash is not asked for twice, a weak reference's is its referent's). */
    public static long hash(PyObject o, Object key) {
        if (key instanceof WeakKey w) return w.part.hash(Keys::referentHash);
        return key instanceof UserKey u ? u.hash : hash(o);
    }

    /** Whether a stored set member equals the probing key (the member's own __eq__ for user-hashed instances). */
    public static boolean sameKey(PyObject stored, Object key) {
        if (key instanceof WeakKey w) return w.equals(of(stored));
        if (key instanceof UserKey u) return stored == u.o || (stored instanceof PyInstance && u.o.cls.hashing.equal(stored, u.o, u.owned));
        if (stored instanceof PyInstance i && userHashed(i)) return false;
        return of(stored).equals(key);
    }

    /** _Py_HashDouble; a NaN (hashed by identity in CPython) counts as 0 here. */
    private static long doubleHash(double v) {
        Long h = com.studyhall.simulation.library.PyHash.ofFloat(v);
        return h == null ? 0 : h;
    }

    private static long intHash(BigInteger v) {
        return com.studyhall.simulation.library.PyHash.ofInt(v);
    }
}
