package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.math.BigInteger;

/**
 * Instances of ctypes' simple types: {@code value} reads what they own or, for a view, the memory
 * at their address. In the lab an address is an object's id, and the word at it is the object's
 * reference count (a py_object view reads the object itself).
 */
final class CDataType extends BuiltinType {
    CDataType(Interpreter in) {
        super("ctypes._SimpleCData", null, in);
    }

    static long addressOf(PyObject o) {
        return o == null ? 0 : BuiltinsModule.idOf(o);
    }

    /** An address as from_address and cast read it: an unsigned machine word. */
    static long address(PyInt i) {
        BigInteger a = i.value();
        if (a.signum() >= 0 && a.bitLength() > 64) {
            throw new PyRaise("OverflowError", "Python int too large to convert to C unsigned long");
        }
        return a.longValue();
    }

    /** A number cut to the type's width, as C stores it (c_int(2**40) is 0, c_byte(200) is -56). */
    static long cut(PyCType t, long n) {
        if (t.bits == 64) return n;
        long mask = (1L << t.bits) - 1;
        long low = n & mask;
        if (t.signed && (low & (1L << (t.bits - 1))) != 0) low -= 1L << t.bits;
        return low;
    }

    /** The live object whose id is at this address, or null (a freed object, or no object's first word). */
    private PyObject objectAt(long address) {
        long offset = address - BuiltinsModule.ID_BASE;
        if (offset <= 0 || offset % BuiltinsModule.ID_STEP != 0 || offset / BuiltinsModule.ID_STEP > Integer.MAX_VALUE) return null;
        // The Simulator starts the id index before the run of a program that uses ctypes; a run
        // that still lists its live objects (the tests' heap checker) can start it now.
        if (!heap.hasIdIndex()) heap.keepIdIndex();
        return heap.lookup((int) (offset / BuiltinsModule.ID_STEP));
    }

    @Override
    PyObject attribute(PyObject o, String attr) {
        if (!attr.equals("value")) return null;
        PyCData d = (PyCData) o;
        if (d.type.objectPointer) {
            PyObject target = d.isView() ? objectAt(d.address) : d.object;
            if (target == null) throw new PyRaise("ValueError", "PyObject is NULL");
            return heap.newRef(target);
        }
        long n = d.isView() ? cut(d.type, refcountAt(d.address)) : d.number;
        if (!d.type.signed && n < 0) return v.integer(new BigInteger(Long.toUnsignedString(n)));
        return v.integer(n);
    }

    /**
     * The first word of the object at the address: its reference count. A freed object's memory
     * reads as 0 here (CPython's reads whatever its allocator left there).
     */
    private long refcountAt(long address) {
        PyObject target = objectAt(address);
        if (target == null) return 0;
        // Shared objects (None, small ints) report the arbitrary count sys.getrefcount gives them, less its own reference.
        return target.shared ? 1_000_000_000L - 1 : target.refcnt;
    }

    @Override
    String repr(PyObject o) {
        PyCData d = (PyCData) o;
        if (d.type.objectPointer) {
            PyObject target = d.isView() ? objectAt(d.address) : d.object;
            return "py_object(" + (target == null ? "<NULL>" : ops().repr(target)) + ")";
        }
        PyObject value = attribute(o, "value");
        try {
            return d.type.name + "(" + ops().repr(value) + ")";
        } finally {
            heap.decref(value);
        }
    }
}
