package com.studyhall.simulation.heap;

/**
 * A Python exception being raised, without a Java stack trace. Native code raises it with a type
 * name and message; the interpreter makes the exception object ({@link #exception}) when the
 * error first reaches a Python frame, and from then on the object is what propagates.
 */
public final class PyRaise extends RuntimeException {
    public final String type;
    public final String pyMessage;
    /** The exception instance (an owned reference), once made; null while only type and message exist. */
    public PyObject exception;
    /** KeyError's key (an owned reference) until the instance is made: it becomes args[0]. */
    public PyObject arg;
    /** The whole argument tuple (owned) of a native error with several arguments, until the instance is made. */
    public PyObject args;
    /** The name a NameError raised by a name lookup did not find (NameError.name once the instance is made). */
    public String name;
    /** The module an ImportError raised by {@code from m import x} names (ImportError.name once the instance is made). */
    public String module;
    /** The frame the newest traceback entry was made for (PyTraceBack_Here runs once per frame). */
    public Object tracedIn;

    public PyRaise(String type, String message) {
        super(type + ": " + message, null, false, false);
        this.type = type;
        this.pyMessage = message;
    }

    /** A raise of an existing exception instance (the caller's reference moves in). */
    public PyRaise(String type, String message, PyObject exception) {
        this(type, message);
        this.exception = exception;
    }

    /** format_exc_check_arg: a NameError whose instance gets the missing name as its name member. */
    public static PyRaise nameError(String message, String name) {
        PyRaise r = new PyRaise("NameError", message);
        r.name = name;
        return r;
    }

    /** import_from's "cannot import name": the instance gets the module's name as its name member. */
    public static PyRaise importError(String message, String module) {
        PyRaise r = new PyRaise("ImportError", message);
        r.module = module;
        return r;
    }

    /** An error whose args are the given tuple (owned): float_pow's OverflowError(34, 'Numerical result out of range'). */
    public static PyRaise withArgs(String type, String message, PyObject args) {
        PyRaise r = new PyRaise(type, message);
        r.args = args;
        return r;
    }

    /** KeyError(key): str() of the error is the key's repr, args[0] the key itself (owned). */
    public static PyRaise withArg(String type, String repr, PyObject arg) {
        PyRaise r = new PyRaise(type, repr);
        r.arg = arg;
        return r;
    }
}
