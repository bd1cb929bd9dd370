package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * enum.Flag (Lib/enum.py of 3.11, boundary STRICT): the members of a Flag class are its single
 * bits (and the multi-bit aliases it names); {@code |}, {@code &}, {@code ^} and {@code ~} make the
 * class's value for the result, which Flag._missing_ creates once as a pseudo-member (its
 * {@code _value_} and a {@code _name_} joining its members' names, or None) and keeps in
 * {@code _value2member_map_}; {@code in}, iteration, len and bool read the bits.
 */
final class FlagMembers {
    private final Interpreter in;
    private final Heap heap;
    private final Values v;

    FlagMembers(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    static boolean isFlagMember(PyObject o) {
        return o instanceof PyInstance i && i.cls != null && "Flag".equals(i.cls.enumKind);
    }

    /** An IntFlag member: an int whose class has the KEEP boundary and takes plain ints in |, & and ^. */
    static boolean isIntFlagMember(PyObject o) {
        return isFlagMember(o) && "int".equals(((PyInstance) o).cls.builtinBase);
    }

    /** IntFlag's boundary is KEEP (bits no member has stay in the value), Flag's STRICT. */
    private static boolean keep(PyClass cls) {
        return "int".equals(cls.builtinBase);
    }

    /** Flag._generate_next_value_: 1 first, then the power of two above the largest value. */
    PyObject nextValue(List<PyObject> lastValues) {
        if (lastValues.isEmpty()) return v.integer(1);
        BigInteger max = null;
        for (PyObject x : lastValues) {
            if (!(x instanceof PyInt i)) throw new PyRaise("TypeError", "invalid flag value " + in.ops.repr(x));
            if (max == null || i.value().compareTo(max) > 0) max = i.value();
        }
        return v.integer(BigInteger.ONE.shiftLeft(max.bitLength()));
    }

    static boolean singleBit(PyObject value) {
        return value instanceof PyInt i && i.value().signum() > 0 && i.value().bitCount() == 1;
    }

    private static BigInteger valueOf(PyObject member) {
        return ((PyInt) EnumClasses.attr(member, "_value_")).value();
    }

    /** _flag_mask_: every member's bits, aliases included. */
    private static BigInteger flagMask(PyClass cls) {
        BigInteger m = BigInteger.ZERO;
        for (PyObject[] e : memberMap(cls).entries()) m = m.or(valueOf(e[1]));
        return m;
    }

    /** _singles_mask_: the bits of the single-bit members. */
    private static BigInteger singlesMask(PyClass cls) {
        BigInteger m = BigInteger.ZERO;
        for (PyObject[] e : memberMap(cls).entries()) if (valueOf(e[1]).bitCount() == 1) m = m.or(valueOf(e[1]));
        return m;
    }

    private static PyDict memberMap(PyClass cls) {
        return (PyDict) cls.dict.getStr("_member_map_");
    }

    private static PyDict valueMap(PyClass cls) {
        return (PyDict) cls.dict.getStr("_value2member_map_");
    }

    /** Checked when a Flag member is made: its value must take part in {@code _flag_mask_ |= value}. */
    static void checkValue(PyObject value) {
        if (!(value instanceof PyInt) || value instanceof PyBool) {
            throw new PyRaise("TypeError", "unsupported operand type(s) for |=: 'int' and '" + value.typeName() + "'");
        }
    }

    /**
     * Flag._missing_: the pseudo-member for an int value (a new reference), STRICT's ValueError, or
     * for KEEP (IntFlag) the value kept with its unknown bits; a negative value in range stands for
     * all_bits + 1 + value and is kept in _value2member_map_ under both.
     */
    PyObject missing(PyClass cls, PyObject value) {
        if (!(value instanceof PyInt i) || value instanceof PyBool) {
            throw new PyRaise("ValueError", in.ops.repr(value) + " is not a valid " + cls.qualname);
        }
        BigInteger val = i.value();
        BigInteger flagMask = flagMask(cls);
        BigInteger singles = singlesMask(cls);
        BigInteger allBits = BigInteger.ONE.shiftLeft(flagMask.bitLength()).subtract(BigInteger.ONE);
        if (val.compareTo(allBits.not()) < 0 || val.compareTo(allBits) > 0 || val.and(allBits.xor(flagMask)).signum() != 0) {
            if (keep(cls)) {
                if (val.signum() < 0) val = allBits.add(BigInteger.ONE).max(BigInteger.ONE.shiftLeft(val.abs().bitLength())).add(val);
            } else if (val.signum() < 0) {
                throw new PyRaise("TypeError", "a negative Flag value out of the flag's range is not supported in the memory lab");
            } else {
                int maxBits = Math.max(val.bitLength(), flagMask.bitLength());
                throw new PyRaise("ValueError", EnumClasses.classRepr(cls) + " invalid value " + val + "\n    given "
                        + bin(val, maxBits) + "\n  allowed " + bin(flagMask, maxBits));
            }
        }
        boolean negative = val.signum() < 0;
        if (negative) val = allBits.add(BigInteger.ONE).add(val);
        BigInteger memberValue = val.and(singles);
        BigInteger aliases = val.and(singles.not());
        List<PyObject> members = bits(cls, memberValue);
        BigInteger combined = BigInteger.ZERO;
        for (PyObject m : members) combined = combined.or(valueOf(m));
        BigInteger wanted = memberValue.or(aliases);
        if (aliases.signum() != 0) {
            for (PyObject[] e : memberMap(cls).entries()) {
                BigInteger pv = valueOf(e[1]);
                if (!members.contains(e[1]) && pv.signum() != 0 && pv.and(wanted).equals(pv)) {
                    members.add(e[1]);
                    combined = combined.or(pv);
                }
            }
        }
        boolean named = !members.isEmpty() || aliases.signum() != 0;
        beforePseudoMember(cls, named);
        if (aliases.signum() != 0) {
            // for n, pm in cls._member_map_.items(): the items iterator's result 2-tuple.
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        }
        PyObject kept = negative || val != i.value() ? v.integer(val) : heap.newRef(value);
        PyInstance pseudo;
        try {
            pseudo = keep(cls) ? in.enums.newMember(cls, kept) : in.newInstance(cls);
        } catch (RuntimeException e) {
            heap.decref(kept);
            throw e;
        }
        in.instanceDicts.set(pseudo, "_value_", kept);
        List<String> names = new ArrayList<>();
        for (PyObject m : members) names.add(((PyStr) EnumClasses.attr(m, "_name_")).value);
        BigInteger unknown = wanted.xor(combined);
        if (combined.signum() != 0 && unknown.signum() != 0) names.add(unknown.toString()); // '|%s' % _numeric_repr_(unknown)
        in.instanceDicts.set(pseudo, "_name_", combined.signum() == 0 ? v.none : v.str(String.join("|", names)));
        // _value2member_map_.setdefault(value, pseudo_member): a negative value may name one made already.
        PyObject existing = valueMap(cls).get(kept);
        if (existing != null) {
            heap.decref(pseudo);
            pseudo = (PyInstance) heap.newRef(existing);
        } else {
            in.builtinImpl.put(valueMap(cls), heap.newRef(kept), heap.newRef(pseudo));
        }
        if (negative) in.builtinImpl.put(valueMap(cls), heap.newRef(value), heap.newRef(pseudo));
        afterPseudoMember(named);
        return pseudo;
    }

    /**
     * What Flag's Python code around a new pseudo-member makes and frees on the free lists (its
     * other objects, generators, bound methods, the KeyError's traceback, are made and freed with
     * nothing left): EnumType.__call__'s argument tuple and Enum.__new__'s KeyError arguments (two
     * 1-tuples alive at once), object.__new__(cls)'s argument tuple or, for an IntFlag,
     * int.__new__(cls, value)'s and the 1-tuple tp_new_wrapper slices from it; for a pseudo-member
     * with members the list of members and the list comprehension joining their names, and, for a
     * class that iterates its members in definition order, sorted()'s list and list.sort's
     * keyword-name tuple (made at its first use in the run).
     */
    private void beforePseudoMember(PyClass cls, boolean named) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        if (keep(cls)) {
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        } else {
            heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        }
        if (!named) return;
        heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
        if (!definedInValueOrder(cls)) {
            in.builtinImpl.clinicParser("list.sort", 2);
            heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        }
        heap.countUnmodelledAllocation(Heap.FreeList.LIST, 0);
    }

    private void afterPseudoMember(boolean named) {
        if (named) {
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
            heap.countUnmodelledDeallocation(Heap.FreeList.LIST, 0);
        }
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
    }

    /** enum.bin: the sign bit, a space, then max_bits digits. */
    private static String bin(BigInteger num, int maxBits) {
        String digits = num.toString(2);
        if (digits.equals("0")) digits = "";
        StringBuilder sb = new StringBuilder(digits);
        while (sb.length() < maxBits) sb.insert(0, '0');
        return "0b0 " + sb;
    }

    /**
     * Flag.__or__, __and__, __xor__ (and IntFlag's reflected ones, the same functions): the class
     * called with the combined value; the other operand is a member of self's class or, for an
     * IntFlag, an int. Null (NotImplemented) for anything else.
     */
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (!isFlagMember(a)) return null;
        PyClass cls = ((PyInstance) a).cls;
        BigInteger y;
        if (b instanceof PyInstance bi && bi.cls.isSubclassOf(cls)) {
            y = valueOf(b);
        } else if (keep(cls) && b instanceof PyInt n) {
            y = n.value();
        } else if (keep(cls) && b instanceof PyInstance bi && "int".equals(bi.cls.builtinBase)) {
            // value | other with other an int subclass's instance: that class's reflected method would go first.
            throw new PyRaise("TypeError", "an IntFlag combined with an instance of another int subclass is not supported in the memory lab");
        } else {
            return null;
        }
        BigInteger x = valueOf(a);
        BigInteger r = switch (op) {
            case PIPE -> x.or(y);
            case AMPER -> x.and(y);
            case CARET -> x.xor(y);
            default -> null;
        };
        if (r == null) return null;
        return call(cls, r);
    }

    private PyObject call(PyClass cls, BigInteger value) {
        PyObject n = v.integer(value);
        try {
            return in.enums.call(cls, List.of(n), java.util.Map.of());
        } finally {
            heap.decref(n);
        }
    }

    /** Flag.__invert__: the complement within _singles_mask_, kept on the member as _inverted_. */
    PyObject invert(PyInstance m) {
        PyObject cached = EnumClasses.attr(m, "_inverted_");
        if (cached != null) return heap.newRef(cached);
        // self._boundary_ in (EJECT, KEEP): EJECT and KEEP are globals, so the 2-tuple is built at each call.
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 2);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 2);
        // KEEP (IntFlag) calls the class with ~value (a negative int), STRICT with the complement within the single bits.
        PyObject r = call(m.cls, keep(m.cls) ? valueOf(m).not() : singlesMask(m.cls).and(valueOf(m).not()));
        in.instanceDicts.set(m, "_inverted_", heap.newRef(r));
        return r;
    }

    /** Flag.__contains__: other's bits are all in self's. */
    boolean contains(PyInstance self, PyObject other) {
        if (!(other instanceof PyInstance o && o.cls.isSubclassOf(self.cls))) {
            throw new PyRaise("TypeError", "unsupported operand type(s) for 'in': '" + qualname(other) + "' and '" + self.cls.qualname + "'");
        }
        return valueOf(other).and(valueOf(self)).equals(valueOf(other));
    }

    private static String qualname(PyObject o) {
        return o instanceof PyInstance i ? i.cls.qualname : o.typeName();
    }

    /** Flag.__iter__: the single-bit members in self's value, in _iter_member_'s order (borrowed). */
    List<PyObject> members(PyInstance self) {
        return bits(self.cls, valueOf(self).and(flagMask(self.cls)));
    }

    /**
     * _iter_member_by_value_ (lowest bit first), or _iter_member_by_def_ (sorted by _sort_order_)
     * for a class whose members were not defined in increasing value order.
     */
    private List<PyObject> bits(PyClass cls, BigInteger val) {
        List<PyObject> out = new ArrayList<>();
        for (int bit = 0; bit < val.bitLength(); bit++) {
            if (val.testBit(bit)) out.add(valueMap(cls).get(v.integer(BigInteger.ONE.shiftLeft(bit))));
        }
        if (!definedInValueOrder(cls)) {
            out.sort(java.util.Comparator.comparing(m -> ((PyInt) EnumClasses.attr(m, "_sort_order_")).value()));
        }
        return out;
    }

    /** EnumType.__new__'s check: the members' values, in definition order, are sorted. */
    static boolean definedInValueOrder(PyClass cls) {
        PyList names = EnumClasses.memberNames(cls);
        BigInteger last = null;
        for (PyObject n : names.items) {
            BigInteger val = valueOf(memberMap(cls).get(n));
            if (last != null && val.compareTo(last) < 0) return false;
            last = val;
        }
        return true;
    }

    PyObject iter(PyInstance self) {
        return in.enums.iterOver(members(self));
    }

    long len(PyInstance self) {
        return valueOf(self).bitCount();
    }

    boolean truthy(PyInstance self) {
        return valueOf(self).signum() != 0;
    }

    /** Flag.__repr__ and __str__ for a pseudo-member without a name: {@code <P: 0>}, {@code P(0)}. */
    static boolean unnamed(PyInstance m) {
        return EnumClasses.attr(m, "_name_") instanceof PyNone;
    }
}
