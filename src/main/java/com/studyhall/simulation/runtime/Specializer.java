package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyBoundMethod;
import com.studyhall.simulation.heap.PyBuiltin;
import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyInt;
import com.studyhall.simulation.heap.PyList;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyTuple;
import com.studyhall.simulation.syntax.InlineCache;

/**
 * CPython 3.11's specializing interpreter (PEP 659) for the two adaptive instructions whose
 * specializations a program can see: PRECALL (str(x) as PRECALL_NO_KW_STR_1 calls PyObject_Str
 * without an argument tuple) and BINARY_SUBSCR (BINARY_SUBSCR_GETITEM moves the container and the
 * key into a Python __getitem__'s frame instead of calling it through slot_mp_subscript). The
 * other specializations do what the generic instruction does, measured with python3 3.11.7.
 *
 * Every other adaptive instruction's state is followed as ceval.c and specialize.c keep it, since
 * a site that met another callable or container first misses before it reaches these: once the
 * code is quickened (Scope.isQuickened) an adaptive instruction specializes at its next run; a
 * failure backs off (2**n - 1 generic runs, n growing to 12, one of them the failing run itself);
 * a specialized instruction that misses 53 times becomes adaptive again with 31 runs to wait.
 */
final class Specializer {
    private Specializer() {
    }

    /** pycore_code.h: 4 bits of back-off exponent under the counter's value. */
    private static final int BACKOFF_BITS = 4;
    private static final int MAX_BACKOFF = 16 - BACKOFF_BITS;
    /** adaptive_counter_start(): 31 runs with exponent 5. */
    private static final int COUNTER_START = (31 << BACKOFF_BITS) | 5;
    /** miss_counter_start(): the misses a specialized instruction takes before it deoptimizes. */
    private static final int MISSES = 53;

    /** What PRECALL specialized into: one per opcode that a callable can hit or miss. */
    enum Precall { STR_1, TYPE_1, TUPLE_1, LEN, ISINSTANCE, PYFUNC, BOUND_METHOD, BUILTIN_CLASS, BUILTIN_O, BUILTIN_FAST,
        BUILTIN_FAST_WITH_KEYWORDS }

    /** What BINARY_SUBSCR specialized into. */
    enum Subscr { LIST_INT, TUPLE_INT, DICT, GETITEM }

    /**
     * One run of the PRECALL of a plain call site (the callable not found by LOAD_METHOD, no * or
     * **): the specialized opcode it ran, null for the generic one. PRECALL_NO_KW_STR_1 makes no
     * argument tuple; the specialized opcodes but PRECALL_NO_KW_BUILTIN_O call the C function
     * without its recursion check (RecursionCounter).
     */
    static Precall precall(InlineCache cache, PyObject callable, int nargs, boolean keywords) {
        if (cache.specialization == null) {
            if (!adaptiveCounterIsZero(cache)) {
                deferred(cache);
                return null;
            }
            Precall made = specializePrecall(callable, nargs, keywords);
            if (made == null) {
                failed(cache);
                return null;
            }
            specialized(cache, made, callable);
        } else if (callable != cache.guard) {
            // The guard holds the last callable that hit: a site nearly always calls the same one,
            // and whether a callable hits depends on nothing that changes.
            if (!hits((Precall) cache.specialization, callable)) {
                missed(cache);
                return null;
            }
            cache.guard = callable;
        }
        return (Precall) cache.specialization;
    }

    /** _Py_Specialize_Precall: the opcode this callable makes of a call of this shape, null on failure. */
    private static Precall specializePrecall(PyObject callable, int nargs, boolean keywords) {
        if (callable instanceof PyFunction) return Precall.PYFUNC;
        if (callable instanceof PyBoundMethod) return Precall.BOUND_METHOD;
        if (!(callable instanceof PyBuiltin b)) return null; // a class is mutable or has object's tp_new; other callables fail
        CallableKinds.Kind kind = CallableKinds.of(b);
        if (b.self == null && b.isTypeObject()) {
            if (nargs == 1 && !keywords && b.owner == null) {
                switch (b.name) {
                    case "str": return Precall.STR_1;
                    case "type": return Precall.TYPE_1;
                    case "tuple": return Precall.TUPLE_1;
                    default: break;
                }
            }
            return kind == CallableKinds.Kind.VECTORCALL_TYPE ? Precall.BUILTIN_CLASS : null;
        }
        switch (kind) {
            case PYTHON_FUNCTION: return Precall.PYFUNC;
            case METH_O:
                if (keywords || nargs != 1) return null;
                return isBuiltin(b, "len") ? Precall.LEN : Precall.BUILTIN_O;
            case METH_FASTCALL:
                if (keywords) return null;
                return nargs == 2 && isBuiltin(b, "isinstance") ? Precall.ISINSTANCE : Precall.BUILTIN_FAST;
            case METH_FASTCALL_KEYWORDS: return Precall.BUILTIN_FAST_WITH_KEYWORDS;
            default: return null;
        }
    }

    /** The DEOPT_IF guards of each specialized PRECALL. */
    private static boolean hits(Precall made, PyObject callable) {
        switch (made) {
            case PYFUNC: return callable instanceof PyFunction
                    || callable instanceof PyBuiltin b && b.self == null && CallableKinds.of(b) == CallableKinds.Kind.PYTHON_FUNCTION;
            case BOUND_METHOD: return callable instanceof PyBoundMethod;
            default: break;
        }
        if (!(callable instanceof PyBuiltin b)) return false;
        switch (made) {
            case STR_1: return isBuiltin(b, "str");
            case TYPE_1: return isBuiltin(b, "type");
            case TUPLE_1: return isBuiltin(b, "tuple");
            case LEN: return isBuiltin(b, "len");
            case ISINSTANCE: return isBuiltin(b, "isinstance");
            case BUILTIN_CLASS: return b.self == null && b.isTypeObject() && CallableKinds.of(b) == CallableKinds.Kind.VECTORCALL_TYPE;
            case BUILTIN_O: return CallableKinds.of(b) == CallableKinds.Kind.METH_O;
            case BUILTIN_FAST: return CallableKinds.of(b) == CallableKinds.Kind.METH_FASTCALL;
            default: return CallableKinds.of(b) == CallableKinds.Kind.METH_FASTCALL_KEYWORDS;
        }
    }

    private static boolean isBuiltin(PyBuiltin b, String name) {
        return b.owner == null && b.self == null && b.name.equals(name);
    }

    /**
     * One run of a BINARY_SUBSCR: the __getitem__ function BINARY_SUBSCR_GETITEM calls with the
     * container and key moved into its frame, or null for the generic path (PyObject_GetItem).
     */
    static PyFunction subscrGetitem(InlineCache cache, PyObject container, PyObject key) {
        if (cache.specialization == null) {
            if (!adaptiveCounterIsZero(cache)) {
                deferred(cache);
                return null;
            }
            PyFunction getitem = getitemFunction(container);
            Subscr made = getitem != null ? Subscr.GETITEM
                    : container.getClass() == PyList.class ? (exactInt(key) ? Subscr.LIST_INT : null)
                    : container.getClass() == PyTuple.class ? (exactInt(key) ? Subscr.TUPLE_INT : null)
                    : container.getClass() == PyDict.class ? Subscr.DICT : null;
            if (made == null) {
                failed(cache);
                return null;
            }
            PyClass cls = getitem == null ? null : ((PyInstance) container).cls;
            specialized(cache, made, getitem == null ? null : new GetitemGuard(cls, versionOf(cls), getitem));
        }
        Subscr made = (Subscr) cache.specialization;
        boolean hit = switch (made) {
            case LIST_INT -> container.getClass() == PyList.class && smallIndex(key, ((PyList) container).items.size());
            case TUPLE_INT -> container.getClass() == PyTuple.class && smallIndex(key, ((PyTuple) container).items.length);
            case DICT -> container.getClass() == PyDict.class;
            case GETITEM -> container instanceof PyInstance i && i.cls == ((GetitemGuard) cache.guard).cls()
                    && versionOf(i.cls) == ((GetitemGuard) cache.guard).version()
                    && getitemFunction(container) == ((GetitemGuard) cache.guard).function();
        };
        if (!hit) {
            missed(cache);
            return null;
        }
        return made == Subscr.GETITEM ? ((GetitemGuard) cache.guard).function() : null;
    }

    /**
     * BINARY_SUBSCR_GETITEM's guards: the container's type and its tp_version_tag, which changes
     * when an attribute of the class or of a class on its MRO is set or deleted (PyType_Modified
     * reaches the subclasses), and the function (its func_version).
     */
    private record GetitemGuard(PyClass cls, int version, PyFunction function) { }

    /** The class's version as far as its guard goes: its own and its bases' modifications (they only grow). */
    private static int versionOf(PyClass cls) {
        int v = 0;
        for (PyClass c : cls.mro) v += c.modifications;
        return v;
    }

    /** PyLong_CheckExact: an int of any size, not a bool. */
    private static boolean exactInt(PyObject key) {
        return key instanceof PyInt && !(key instanceof com.studyhall.simulation.heap.PyBool);
    }

    /**
     * The guard of BINARY_SUBSCR_LIST_INT and _TUPLE_INT: an exact int of one 30-bit digit, not
     * negative, inside the sequence (specialization itself only asked for an exact int).
     */
    private static boolean smallIndex(PyObject key, int size) {
        if (key.getClass() != PyInt.class) return false;
        PyInt i = (PyInt) key;
        return i.longValue() >= 0 && i.longValue() < (1L << 30) && i.longValue() < size;
    }

    /**
     * _Py_Specialize_BinarySubscr's __getitem__ case: an instance of a class (a heap type) whose
     * __getitem__, found along its MRO, is a plain function of exactly two positional parameters
     * (no *args, **kwargs or keyword-only ones; a default for a third makes co_argcount 3).
     */
    private static PyFunction getitemFunction(PyObject container) {
        if (!(container instanceof PyInstance i)) return null;
        if (!(i.cls.lookup("__getitem__") instanceof PyFunction f)) return null;
        var def = f.def;
        if (def.varargs() != null || def.varkw() != null || !def.kwonly().isEmpty() || def.params().size() != 2) return null;
        return f;
    }

    // ---- the counters (ceval.c's adaptive instructions and its miss label) ----

    private static boolean adaptiveCounterIsZero(InlineCache cache) {
        return cache.counter < (1 << BACKOFF_BITS);
    }

    /** DECREMENT_ADAPTIVE_COUNTER: the adaptive instruction ran the generic one this time. */
    private static void deferred(InlineCache cache) {
        cache.counter -= 1 << BACKOFF_BITS;
    }

    /**
     * adaptive_counter_backoff, then DISPATCH_SAME_OPARG: the instruction, still adaptive, runs
     * again at once and counts that run as a deferred one.
     */
    private static void failed(InlineCache cache) {
        int backoff = Math.min((cache.counter & ((1 << BACKOFF_BITS) - 1)) + 1, MAX_BACKOFF);
        cache.counter = (((1 << backoff) - 1) << BACKOFF_BITS) | backoff;
        deferred(cache);
    }

    private static void specialized(InlineCache cache, Object made, Object guard) {
        cache.specialization = made;
        cache.guard = guard;
        cache.counter = MISSES;
    }

    /** The miss label: the generic instruction runs; the 53rd miss makes the instruction adaptive again. */
    private static void missed(InlineCache cache) {
        if (--cache.counter == 0) {
            cache.specialization = null;
            cache.guard = null;
            cache.counter = COUNTER_START;
        }
    }
}
