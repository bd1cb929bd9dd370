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
    /**
     * Measured with python3 3.11.7: the first pseudo-member of a run leaves 2 allocations more than
     * itself, the first one with members 2 more again (what Flag's Python code leaves on its free
     * lists the first time); later ones leave only themselves.
     */
    private static final int FIRST_MISSING_EXTRA = 2;
    private static final int FIRST_NAMED_EXTRA = 2;

    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    private boolean missingRan;
    private boolean namedRan;

    FlagMembers(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
    }

    static boolean isFlagMember(PyObject o) {
        return o instanceof PyInstance i && i.cls != null && "Flag".equals(i.cls.enumKind);
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

    /** Flag._missing_: the pseudo-member for an int value (a new reference), or STRICT's ValueError. */
    PyObject missing(PyClass cls, PyObject value) {
        if (!(value instanceof PyInt i) || value instanceof PyBool) {
            throw new PyRaise("ValueError", in.ops.repr(value) + " is not a valid " + cls.qualname);
        }
        BigInteger val = i.value();
        BigInteger flagMask = flagMask(cls);
        BigInteger singles = singlesMask(cls);
        BigInteger allBits = BigInteger.ONE.shiftLeft(flagMask.bitLength()).subtract(BigInteger.ONE);
        if (val.compareTo(allBits.not()) < 0 || val.compareTo(allBits) > 0 || val.and(allBits.xor(flagMask)).signum() != 0) {
            int maxBits = Math.max(val.bitLength(), flagMask.bitLength());
            throw new PyRaise("ValueError", EnumClasses.classRepr(cls) + " invalid value " + val + "\n    given "
                    + bin(val, maxBits) + "\n  allowed " + bin(flagMask, maxBits));
        }
        if (val.signum() < 0) {
            throw new PyRaise("TypeError", "a negative Flag value is not supported in the memory lab");
        }
        BigInteger memberValue = val.and(singles);
        BigInteger aliases = val.and(singles.not());
        List<PyObject> members = bits(cls, memberValue);
        BigInteger combined = BigInteger.ZERO;
        for (PyObject m : members) combined = combined.or(valueOf(m));
        if (aliases.signum() != 0) {
            BigInteger wanted = memberValue.or(aliases);
            for (PyObject[] e : memberMap(cls).entries()) {
                BigInteger pv = valueOf(e[1]);
                if (!members.contains(e[1]) && pv.signum() != 0 && pv.and(wanted).equals(pv)) {
                    members.add(e[1]);
                    combined = combined.or(pv);
                }
            }
        }
        countFirstTimes(!members.isEmpty());
        PyInstance pseudo = in.newInstance(cls);
        in.instanceDicts.set(pseudo, "_value_", heap.newRef(value));
        List<String> names = new ArrayList<>();
        for (PyObject m : members) names.add(((PyStr) EnumClasses.attr(m, "_name_")).value);
        in.instanceDicts.set(pseudo, "_name_", combined.signum() == 0 ? v.none : v.str(String.join("|", names)));
        in.builtinImpl.put(valueMap(cls), heap.newRef(value), heap.newRef(pseudo));
        return pseudo;
    }

    private void countFirstTimes(boolean named) {
        if (!missingRan) {
            missingRan = true;
            heap.counts[0] += FIRST_MISSING_EXTRA;
        }
        if (named && !namedRan) {
            namedRan = true;
            heap.counts[0] += FIRST_NAMED_EXTRA;
        }
    }

    /** enum.bin: the sign bit, a space, then max_bits digits. */
    private static String bin(BigInteger num, int maxBits) {
        String digits = num.toString(2);
        if (digits.equals("0")) digits = "";
        StringBuilder sb = new StringBuilder(digits);
        while (sb.length() < maxBits) sb.insert(0, '0');
        return "0b0 " + sb;
    }

    /** Flag.__or__, __and__, __xor__ between members of one class: the class called with the combined value. */
    PyObject binary(TokenType op, PyObject a, PyObject b) {
        if (!(isFlagMember(a) && b instanceof PyInstance bi && bi.cls.isSubclassOf(((PyInstance) a).cls))) return null;
        BigInteger x = valueOf(a);
        BigInteger y = valueOf(b);
        BigInteger r = switch (op) {
            case PIPE -> x.or(y);
            case AMPER -> x.and(y);
            case CARET -> x.xor(y);
            default -> null;
        };
        if (r == null) return null;
        return call(((PyInstance) a).cls, r);
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
        PyObject r = call(m.cls, singlesMask(m.cls).and(valueOf(m).not()));
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
