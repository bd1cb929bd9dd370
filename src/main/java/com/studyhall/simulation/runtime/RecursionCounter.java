package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyBuiltin;
import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyFunction;
import com.studyhall.simulation.heap.PyBoundMethod;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyModule;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyPartial;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.syntax.InlineCache;

/**
 * CPython 3.11's recursion limit counts more than Python frames. One counter
 * (tstate->recursion_remaining) is spent by every frame the interpreter starts and by every C
 * function that guards itself with _Py_EnterRecursiveCall while it runs: PyObject_Repr,
 * PyObject_Str (not for an exact str, which it answers first), PyObject_RichCompare (after
 * PyObject_RichCompareBool's identity shortcut), _PyObject_MakeTpCall (a call through tp_call: a
 * program's class, a callable instance, str, int) and a builtin function or method called on the
 * generic path (cfunction_enter_call). So {@code repr(obj)} whose {@code __repr__} calls repr
 * again spends three levels a round (the builtin, PyObject_Repr, the frame) and fails after a
 * third of the limit, with the message of the check that ran out: "maximum recursion depth
 * exceeded while getting the repr of an object". The interpreter keeps the frames; this counts
 * the C levels entered and not yet left.
 */
final class RecursionCounter {
    static final String FRAME = "";
    static final String REPR = " while getting the repr of an object";
    static final String STR = " while getting the str of an object";
    static final String COMPARISON = " in comparison";
    static final String CALL = " while calling a Python object";

    private final Interpreter in;
    private int cLevels;

    RecursionCounter(Interpreter in) {
        this.in = in;
    }

    /** The depth sys.setrecursionlimit compares with: frames and C levels. */
    int depth() {
        return in.frames.size() + cLevels;
    }

    /** The check a new frame (or a C function about to enter) makes: nothing is left of the limit. */
    void check(String where) {
        if (depth() >= in.recursionLimit) throw new PyRaise("RecursionError", "maximum recursion depth exceeded" + where);
    }

    /** _Py_EnterRecursiveCall: the level is spent when the check passes; {@link #leave} gives it back. */
    void enter(String where) {
        check(where);
        cLevels++;
    }

    void leave() {
        cLevels--;
    }

    /**
     * Whether calling callee spends a level: a program's class or callable instance goes through
     * _PyObject_MakeTpCall, and so does a builtin type without vectorcall (str, int, deque); a
     * builtin function or method through cfunction_enter_call unless its PRECALL ran specialized
     * (run, null for the generic path or a call from C) as one of the opcodes that call the C
     * function directly, all but PRECALL_NO_KW_BUILTIN_O. A library function that is Python code in
     * CPython spends its frame there, which the lab does not run; functools.partial has vectorcall.
     */
    static boolean callChecks(PyObject callee, Specializer.Precall run) {
        if (callee instanceof PyFunction || callee instanceof PyBoundMethod || callee instanceof PyPartial) return false;
        if (!(callee instanceof PyBuiltin b)) return true;
        if (run != null && run != Specializer.Precall.BUILTIN_O) return false;
        CallableKinds.Kind kind = CallableKinds.of(b);
        return kind != CallableKinds.Kind.VECTORCALL_TYPE && kind != CallableKinds.Kind.PYTHON_FUNCTION;
    }

    /**
     * Whether obj.name(...) of a builtin object or module spends a level. Its PRECALL is followed
     * only as far as quickening: from then on a METH_FASTCALL method or function runs as
     * PRECALL_NO_KW_METHOD_DESCRIPTOR_FAST (or BUILTIN_FAST) without the check, while METH_O and
     * METH_NOARGS ones keep it and the others never specialize.
     */
    static boolean methodCallChecks(InlineCache site, PyObject obj, String name, boolean quickened) {
        if (obj instanceof PyInstance || obj instanceof PyClass) return false; // called through callNative
        Object receiver = obj instanceof PyModule || obj instanceof PyBuiltin ? obj : obj.typeName();
        if (site.methodKindFor != receiver) {
            site.methodKind = CallableKinds.ofAttribute(obj, name);
            site.methodKindFor = receiver;
        }
        CallableKinds.Kind kind = (CallableKinds.Kind) site.methodKind;
        return switch (kind) {
            case VECTORCALL_TYPE, PYTHON_FUNCTION -> false;
            case METH_FASTCALL, METH_FASTCALL_KEYWORDS -> !quickened;
            default -> true;
        };
    }
}
