package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyInt;
import com.studyhall.simulation.heap.PyNone;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyTuple;

/**
 * sys.exit() and a SystemExit that reaches the top of the program, as CPython 3.11's sys_exit and
 * _Py_HandleSystemExit treat them: no traceback is printed; a code of None or an int is the exit
 * status (0 ends the run as a normal end), any other code is printed on stderr and the status is 1.
 */
final class SystemExitStatus {
    private SystemExitStatus() {
    }

    /**
     * sys_exit: PyErr_SetObject(PyExc_SystemExit, status) calls the class with no arguments for
     * None, with a tuple's items for a tuple, and with the status itself otherwise.
     */
    static PyRaise raise(Interpreter in, PyObject status) {
        if (status instanceof PyNone) return new PyRaise("SystemExit", "");
        if (status instanceof PyTuple) {
            PyInstance exc = in.exceptions.classes.instance(in.exceptions.classes.get("SystemExit"), in.heap.newRef(status));
            return new PyRaise("SystemExit", "", exc);
        }
        return PyRaise.withArg("SystemExit", "", in.heap.newRef(status));
    }

    /** What _Py_HandleSystemExit prints on stderr for this exit: null when it prints nothing. */
    static String stderrText(Interpreter in, PyInstance exc) {
        int slot = exc.exc.member("code");
        PyObject code = slot < 0 ? null : exc.exc.members[slot];
        if (code == null || code instanceof PyNone || code instanceof PyInt) return null;
        return in.ops.str(code);
    }

    /** The exit status: 0 for no code or None, the int's value, and 1 after a printed code. */
    static boolean succeeded(PyInstance exc) {
        int slot = exc.exc.member("code");
        PyObject code = slot < 0 ? null : exc.exc.members[slot];
        return code == null || code instanceof PyNone || code instanceof PyInt i && i.fitsLong() && i.longValue() == 0;
    }
}
