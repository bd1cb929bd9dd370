package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyTuple;
import java.util.List;

/**
 * A CALL_FUNCTION_EX into C being made (Interpreter.callWithStars): the argument tuple and keyword
 * dict it built stay on the caller's stack, and PyObject_Call hands them as they are to a callee
 * that takes its arguments packed (METH_VARARGS | METH_KEYWORDS, a type's tp_call), which then
 * packs nothing itself. Three steps, each asked once: the builtin called claims the call as it
 * starts (the first builtin to ask ends the claim, as the call is then under way), offers the
 * argument list it was given, and the METH_VARARGS code handed that same list takes the tuple.
 */
final class StarCall {
    private final PyObject callee;
    /** The tuple on the caller's stack: max and min iterate it. */
    final PyTuple tuple;
    private boolean claimAsked;
    private List<PyObject> offered;
    private boolean taken;

    StarCall(PyObject callee, PyTuple tuple) {
        this.callee = callee;
        this.tuple = tuple;
    }

    /** Whether this builtin is the call's callee (asked at its start; the first ask ends the claim). */
    boolean claim(PyObject builtin) {
        boolean mine = !claimAsked && callee == builtin;
        claimAsked = true;
        return mine;
    }

    /** The claiming builtin passes its argument list on: a METH_VARARGS body handed it may take the tuple. */
    void offer(List<PyObject> args) {
        offered = args;
    }

    /** The offer is over (the builtin returned): nothing can take the tuple any more. */
    void withdraw() {
        offered = null;
    }

    /** Whether the METH_VARARGS code given these arguments uses the caller's tuple and dict (once). */
    boolean take(List<PyObject> args) {
        if (offered == null || offered != args) return false;
        offered = null;
        taken = true;
        return true;
    }

    /** Whether nothing took the tuple: the callee was reached by vectorcall. */
    boolean reachedByVectorcall() {
        return !taken;
    }
}
