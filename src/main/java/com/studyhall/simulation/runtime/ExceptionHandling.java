package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyContextManager;
import com.studyhall.simulation.heap.PyFrameObject;
import com.studyhall.simulation.heap.PyList;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyNone;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyTraceback;
import com.studyhall.simulation.heap.PyTuple;
import com.studyhall.simulation.syntax.Expr;
import com.studyhall.simulation.syntax.Stmt;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * try/except/else/finally, raise, assert and with, as CPython 3.11 compiles them: a native error
 * becomes an exception object when it first reaches a Python frame; each frame it passes adds a
 * traceback entry holding a frame object, which takes the frame's locals over when the frame
 * ends (so a caught exception's traceback keeps them alive); the exception being handled sits in
 * exc_info ({@link #handling}) while a handler, a finally block or __exit__ runs.
 */
final class ExceptionHandling {
    private final Interpreter in;
    final ExceptionClasses classes;
    final ExceptionGroups groups;
    /** exc_info: the exceptions being handled, innermost last (each an owned reference). */
    final List<PyObject> handling = new ArrayList<>();
    /** Exceptions Java code holds while a finally block or __exit__ runs before they go on (owned). */
    final List<PyObject> pending = new ArrayList<>();
    /** The exception that ended the program (sys.last_value), released first at shutdown. */
    PyObject uncaught;

    ExceptionHandling(Interpreter in) {
        this.in = in;
        this.classes = new ExceptionClasses(in);
        this.groups = new ExceptionGroups(in);
    }

    /** Limits and engine stops are not Python exceptions: nothing catches them, no finally runs. */
    static boolean catchable(PyRaise e) {
        return !e.type.endsWith("LimitExceeded");
    }

    // ---- exception objects ----

    /** Is the raise of this builtin class or a subclass of it? */
    boolean is(PyRaise e, String className) {
        if (e.exception instanceof PyInstance i) return i.cls.isSubclassOf(classes.get(className));
        PyClass c = classes.get(e.type);
        return c != null ? c.isSubclassOf(classes.get(className)) : e.type.equals(className);
    }

    /** Is the object an instance of this builtin exception class or a subclass of it? */
    boolean isInstance(PyInstance i, String className) {
        return i.exc != null && i.cls.isSubclassOf(classes.get(className));
    }

    /** sys.exc_info(): (type, value, traceback) of the exception being handled, or three Nones. */
    PyObject excInfo() {
        PyObject[] items = new PyObject[3];
        if (handling.isEmpty()) {
            for (int i = 0; i < 3; i++) items[i] = in.values.none;
        } else {
            PyInstance exc = (PyInstance) handling.get(handling.size() - 1);
            items[0] = in.heap.newRef(exc.cls);
            items[1] = in.heap.newRef(exc);
            items[2] = in.heap.newRef(exc.exc.traceback == null ? in.values.none : exc.exc.traceback);
        }
        return in.heap.alloc(new PyTuple(items));
    }

    /**
     * BaseException.__new__(cls, *args) called from Python (super().__new__ in an exception class):
     * tp_new_wrapper slices the arguments after the class into a new tuple, which BaseException_new
     * keeps as args (BaseExceptionGroup_new checks it first).
     */
    PyObject newCalled(List<PyObject> args, Map<String, PyObject> kwargs, boolean packedByCaller) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "BaseException.__new__(): not enough arguments");
        if (args.get(0) instanceof com.studyhall.simulation.heap.PyBuiltin b && b.isTypeObject()) {
            throw new PyRaise("TypeError", "BaseException.__new__(" + b.name + "): " + b.name + " is not a subtype of BaseException");
        }
        if (!(args.get(0) instanceof PyClass cls)) {
            throw new PyRaise("TypeError", "BaseException.__new__(X): X is not a type object (" + args.get(0).typeName() + ")");
        }
        if (!ExceptionClasses.isException(cls)) {
            throw new PyRaise("TypeError", "BaseException.__new__(" + cls.name + "): " + cls.name + " is not a subtype of BaseException");
        }
        List<PyObject> rest = args.subList(1, args.size());
        // The METH_VARARGS call packs every argument, the class too, into a tuple freed after the call;
        // under CALL_FUNCTION_EX (super().__new__(cls, *args)) PyObject_Call hands over the caller's tuple instead.
        if (!packedByCaller) in.heap.countUnmodelledAllocation(com.studyhall.simulation.heap.Heap.FreeList.TUPLE, args.size());
        PyTuple sliced = rest.isEmpty() ? (PyTuple) in.heap.newRef(in.values.emptyTuple)
                : in.heap.alloc(new PyTuple(rest.stream().map(in.heap::newRef).toArray(PyObject[]::new)));
        try {
            if (groups.isGroupClass(cls)) return groups.make(cls, sliced, Map.of());
            return classes.instance(cls, in.heap.newRef(sliced));
        } finally {
            in.heap.decref(sliced);
            if (!packedByCaller) in.heap.countUnmodelledDeallocation(com.studyhall.simulation.heap.Heap.FreeList.TUPLE, args.size());
        }
    }

    /** The data attributes BaseException adds (getset descriptors in CPython); null for other names. */
    PyObject attribute(PyInstance e, String name) {
        int member = e.exc.member(name);
        if (member >= 0) return in.heap.newRef(e.exc.members[member] == null ? in.values.none : e.exc.members[member]);
        PyObject v = switch (name) {
            case "args" -> e.exc.args;
            case "__traceback__" -> e.exc.traceback;
            case "__cause__" -> e.exc.cause;
            case "__context__" -> e.exc.context;
            case "__suppress_context__" -> in.values.bool(e.exc.suppressContext);
            case "derive", "split", "subgroup" -> {
                // A subclass's own derive (or split) is found on its class instead.
                if (e.exc.memberNames != ExceptionGroups.MEMBERS || e.cls.lookup(name) != null) yield null;
                in.heap.incref(e);
                yield in.heap.alloc(new com.studyhall.simulation.heap.PyBuiltin(name, e, null));
            }
            case "add_note", "with_traceback" -> {
                // BaseException.add_note and with_traceback, method descriptors: read through the instance, a builtin method bound to it.
                in.heap.incref(e);
                yield in.heap.alloc(new com.studyhall.simulation.heap.PyBuiltin(name, e, null));
            }
            default -> null;
        };
        if (name.equals("add_note") || name.equals("with_traceback")) return v;
        if (GROUP_METHODS.contains(name)) return v;
        if (v == null && !BASE_ATTRIBUTES.contains(name)) return null;
        return in.heap.newRef(v == null ? in.values.none : v);
    }

    /**
     * BaseException's getset descriptors and its __suppress_context__ member, written: a traceback
     * or None, an exception or None (a cause also sets __suppress_context__), a bool, or args made a
     * tuple (PySequence_Tuple). Takes the caller's reference to value; false for other names.
     */
    boolean setBaseAttribute(PyInstance e, String name, PyObject value) {
        if (!BASE_ATTRIBUTES.contains(name)) return false;
        PyObject stored;
        try {
            stored = checkedBaseValue(name, value);
        } catch (PyRaise refused) {
            in.heap.decref(value);
            throw refused;
        }
        // tuple(value) answered a new reference (value itself for an exact tuple): the caller's is released.
        if (name.equals("args")) in.heap.decref(value);
        if (name.equals("__suppress_context__")) {
            e.exc.suppressContext = stored == in.values.trueObj;
            return true;
        }
        PyObject held = stored instanceof PyNone ? null : stored;
        PyObject old;
        switch (name) {
            case "__traceback__" -> {
                old = e.exc.traceback;
                e.exc.traceback = held;
            }
            case "__cause__" -> {
                old = e.exc.cause;
                e.exc.cause = held;
                e.exc.suppressContext = true;
            }
            case "__context__" -> {
                old = e.exc.context;
                e.exc.context = held;
            }
            default -> {
                old = e.exc.args;
                e.exc.args = stored;
            }
        }
        in.heap.decref(old);
        return true;
    }

    /** The value a BaseException attribute keeps for value (args: a new tuple of it), or CPython's TypeError. */
    private PyObject checkedBaseValue(String name, PyObject value) {
        switch (name) {
            case "__traceback__" -> {
                if (!(value instanceof PyNone) && !(value instanceof PyTraceback)) throw new PyRaise("TypeError", "__traceback__ must be a traceback or None");
            }
            case "__cause__", "__context__" -> {
                if (!(value instanceof PyNone) && !(value instanceof PyInstance i && i.exc != null)) {
                    throw new PyRaise("TypeError", "exception " + (name.equals("__cause__") ? "cause" : "context") + " must be None or derive from BaseException");
                }
            }
            case "__suppress_context__" -> {
                if (!(value instanceof com.studyhall.simulation.heap.PyBool)) throw new PyRaise("TypeError", "attribute value type must be bool");
            }
            default -> {
                return in.builtinImpl.callBuiltinFunction("tuple", List.of(value));
            }
        }
        return value;
    }

    /** del of BaseException's getset descriptors and its bool member: CPython's TypeErrors. */
    static void refuseBaseAttributeDelete(String name) {
        switch (name) {
            case "__traceback__", "__cause__", "__context__", "args" -> throw new PyRaise("TypeError", name + " may not be deleted");
            case "__suppress_context__" -> throw new PyRaise("TypeError", "can't delete numeric/char attribute");
            default -> {
            }
        }
    }

    /** BaseExceptionGroup's methods, read through a group. */
    private static final java.util.Set<String> GROUP_METHODS = java.util.Set.of("derive", "split", "subgroup");

    /** BaseException's own attributes (every exception answers them). */
    private static final java.util.Set<String> BASE_ATTRIBUTES = java.util.Set.of("args", "__traceback__", "__cause__",
            "__context__", "__suppress_context__");

    /** The attributes exceptions answer: BaseException's and the members of ExceptionClasses' larger structs. */
    static final java.util.Set<String> ATTRIBUTES = java.util.Set.of("args", "__traceback__", "__cause__", "__context__",
            "__suppress_context__", "value", "code", "errno", "strerror", "filename", "filename2", "name", "obj", "msg", "path",
            "message", "exceptions", "derive", "split", "subgroup");

    /** The exception object of a raise (made from the native error on first need). */
    PyInstance materialize(PyRaise e) {
        if (e.exception == null) {
            PyObject arg = e.arg, args = e.args;
            e.arg = null;
            e.args = null;
            e.exception = args != null ? classes.instance(classes.get(e.type), args) : classes.make(e.type, e.pyMessage, arg);
            setContext((PyInstance) e.exception);
            if (e.name != null) nameErrorContext((PyInstance) e.exception, e.name);
            if (e.module != null) importErrorContext((PyInstance) e.exception, e.module);
        }
        return (PyInstance) e.exception;
    }

    /** format_exc_check_arg: a NameError (not a subclass) the interpreter raises keeps the missing name. */
    private void nameErrorContext(PyInstance exc, String name) {
        if (exc.cls == classes.get("NameError") && exc.exc.members[0] == null) {
            classes.setMember(exc.exc, 0, in.values.intern(name));
        }
    }

    /** import_from's ImportError names the module it could not take the name from (name=; path is None for the lab's modules). */
    private void importErrorContext(PyInstance exc, String module) {
        int name = exc.exc.member("name");
        if (name >= 0) classes.setMember(exc.exc, name, in.values.intern(module));
    }

    /**
     * set_attribute_error_context: an AttributeError (or subclass) leaving an attribute lookup
     * (PyObject_GetAttr, LOAD_METHOD) is normalized and gets the object and the name, whatever raised it.
     */
    void attributeErrorContext(PyRaise e, PyObject obj, String name) {
        if (!catchable(e) || !is(e, "AttributeError")) return;
        PyInstance exc = materialize(e);
        int o = exc.exc.member("obj"), n = exc.exc.member("name");
        if (o < 0 || n < 0) return;
        classes.setMember(exc.exc, n, in.values.intern(name));
        classes.setMember(exc.exc, o, obj);
    }

    /**
     * _PyErr_SetObject: an exception raised while another is handled gets it as __context__,
     * unless that would make a cycle (the chain is cut where it reaches the new exception).
     */
    private void setContext(PyInstance exc) {
        if (handling.isEmpty()) return;
        PyObject current = handling.get(handling.size() - 1);
        if (current == exc || current instanceof PyNone) return;
        PyObject o = current;
        while (o instanceof PyInstance i && i.exc != null && i.exc.context != null) {
            if (i.exc.context == exc) {
                PyObject cut = i.exc.context;
                i.exc.context = null;
                in.heap.decref(cut);
                break;
            }
            o = i.exc.context;
        }
        PyObject old = exc.exc.context;
        exc.exc.context = in.heap.newRef(current);
        in.heap.decref(old);
    }

    /**
     * PyTraceBack_Here: a new traceback entry for the frame (once per frame the error passes). A
     * generator's frame gets its entry only as the error leaves it ({@link #traceLeavingGenerator}):
     * a frame object made while the generator can still be suspended is not modelled.
     */
    void traceHere(PyRaise e, Frame f) {
        if (f.ownedByGenerator) return;
        traceEntry(e, f);
    }

    /**
     * The error ends a generator's frame: its traceback entry, whose frame object then takes the
     * generator's locals over (frameEnds), so they live as long as the traceback, as in CPython.
     */
    void traceLeavingGenerator(PyRaise e, Frame f) {
        traceEntry(e, f);
    }

    private void traceEntry(PyRaise e, Frame f) {
        if (e.tracedIn == f || !catchable(e)) return;
        PyInstance exc = materialize(e);
        e.tracedIn = f;
        PyFrameObject fo = frameObject(f);
        fo.lineno = f.line;
        in.heap.incref(fo);
        PyObject old = exc.exc.traceback;
        exc.exc.traceback = in.heap.alloc(new PyTraceback(old, fo, f.line));
    }

    /** _PyFrame_GetFrameObject: made once per frame, held by the running frame. */
    private PyFrameObject frameObject(Frame f) {
        if (f.frameObject == null) {
            f.frameObject = in.heap.alloc(new PyFrameObject(f.name, f.varnames));
            f.frameObject.lineno = f.line;
            if (f.scope != null && !f.isModule()) {
                int n = f.scope.slots().size() - f.scope.cellVariables().size() - f.scope.freeVariables().size();
                f.frameObject.codeVarnames = f.scope.slots().subList(0, Math.max(0, n));
            }
        }
        return f.frameObject;
    }

    /**
     * A frame ends: its frame object, if something else still holds it, takes the locals and the
     * function over (and links to the caller's frame object); true when it did.
     */
    boolean frameEnds(Frame f, Frame caller) {
        PyFrameObject fo = f.frameObject;
        if (fo == null) return false;
        f.frameObject = null;
        boolean taken = fo.refcnt > 1 && f.locals != null;
        if (taken) {
            fo.locals = f.locals;
            fo.function = f.function;
            fo.fLocals = f.fLocals;
            f.fLocals = null;
            fo.lineno = f.line;
            if (caller != null && !caller.ownedByGenerator) {
                fo.back = frameObject(caller);
                in.heap.incref(fo.back);
            }
        }
        in.heap.decref(fo);
        return taken;
    }

    /** _PyErr_FormatFromCause: a RuntimeError whose __cause__ and __context__ are the exception raised. */
    PyRaise fromCause(PyRaise err, String message) {
        PyInstance cause = materialize(err);
        PyInstance wrapped = classes.make("RuntimeError", message, null);
        wrapped.exc.cause = cause;
        wrapped.exc.context = in.heap.newRef(cause);
        wrapped.exc.suppressContext = true;
        return new PyRaise("RuntimeError", "", wrapped);
    }

    /** Java code drops a raise it handled itself (hasattr, a finalizer's error): its objects go. */
    void discard(PyRaise e) {
        PyObject exc = e.exception, arg = e.arg, args = e.args;
        e.exception = null;
        e.arg = null;
        e.args = null;
        in.heap.decref(arg);
        in.heap.decref(args);
        in.heap.decref(exc);
    }

    /**
     * The error reaches the top of the module: it is kept (sys.last_value) until shutdown. Null for
     * a SystemExit with exit status 0.
     */
    PyRaise uncaught(PyRaise e, Frame module) {
        if (!catchable(e)) return e;
        traceHere(e, module);
        PyInstance exc = materialize(e);
        frameEnds(module, null);
        e.exception = null;
        uncaught = exc;
        if (isInstance(exc, "SystemExit")) return systemExit(exc);
        String message;
        try {
            message = in.ops.str(exc);
        } catch (PyRaise strFailed) {
            discard(strFailed);
            message = "<exception str() failed>";
        }
        message += new Suggestions(in).offer(exc) + ExceptionNotes.lines(in, exc);
        report = new TracebackText(in, in.source).report(exc);
        return new PyRaise(ExceptionClasses.reportedName(exc.cls), message);
    }

    /**
     * _Py_HandleSystemExit: no traceback, only a code that is not an int printed; the exception is
     * cleared before finalization starts. Null when the exit status is 0 (the run ended normally).
     */
    private PyRaise systemExit(PyInstance exc) {
        exitedBySystemExit = true;
        if (SystemExitStatus.succeeded(exc)) return null;
        String text = SystemExitStatus.stderrText(in, exc);
        report = text == null ? "" : text;
        return new PyRaise("SystemExit", report);
    }

    /** Set when a SystemExit ended the program: it is released before the atexit callbacks run. */
    boolean exitedBySystemExit;

    /** CPython's full report of the uncaught exception (null when the program ended normally). */
    String report;

    void releaseUncaught() {
        PyObject u = uncaught;
        uncaught = null;
        in.heap.decref(u);
    }

    // ---- statements ----

    void executeTry(Stmt.Try s) {
        if (s.finalBody().isEmpty()) {
            tryExcept(s);
            return;
        }
        Frame f = in.frame();
        try {
            tryExcept(s);
        } catch (PyRaise e) {
            if (!catchable(e)) throw e;
            traceHere(e, f);
            PyInstance exc = materialize(e);
            // The exceptional finally block runs with the exception as exc_info (PUSH_EXC_INFO).
            e.exception = null;
            pending.add(exc);
            push(exc);
            try {
                runHandlerBody(s.finalBody());
            } catch (RuntimeException other) {
                pop();
                pending.remove(pending.size() - 1);
                in.heap.decref(exc);
                throw other;
            }
            pop();
            pending.remove(pending.size() - 1);
            e.exception = exc;
            throw e;
        } catch (ControlFlow.Return r) {
            in.push(r.value);
            try {
                in.block(s.finalBody());
            } catch (RuntimeException other) {
                in.heap.decref(in.pop());
                throw other;
            }
            in.pop();
            throw r;
        } catch (ControlFlow flow) {
            in.block(s.finalBody());
            throw flow;
        }
        in.block(s.finalBody());
    }

    /** A handler-like body: an exception escaping it gets the handled one as its context. */
    private void runHandlerBody(List<Stmt> body) {
        try {
            in.block(body);
        } catch (PyRaise e) {
            escaping(e);
            throw e;
        }
    }

    private void tryExcept(Stmt.Try s) {
        if (s.handlers().isEmpty()) {
            in.block(s.body());
            return;
        }
        Frame f = in.frame();
        try {
            in.block(s.body());
        } catch (PyRaise e) {
            if (!catchable(e)) throw e;
            traceHere(e, f);
            handle(s, e);
            return;
        }
        in.block(s.orElse());
    }

    /** PUSH_EXC_INFO, then the first matching handler runs; none matching re-raises the exception. */
    private void handle(Stmt.Try s, PyRaise e) {
        if (s.handlers().get(0).star()) {
            handleStar(s, e);
            return;
        }
        PyInstance exc = materialize(e);
        e.exception = null;
        push(exc);
        for (Stmt.Handler h : s.handlers()) {
            in.line = h.token().line();
            in.frame().line = in.line;
            boolean match;
            try {
                match = h.type() == null || matches(exc, h.type());
            } catch (PyRaise other) {
                escaping(other);
                pop();
                in.heap.decref(exc);
                throw other;
            }
            if (!match) continue;
            runHandler(h, exc);
            return;
        }
        // No handler matched: the same exception goes on (RERAISE adds no traceback entry).
        pop();
        e.exception = exc;
        throw e;
    }

    /**
     * try/except* as 3.11 compiles it: the exception (orig) stays on the stack with a list for what
     * the handlers raise; each clause's CHECK_EG_MATCH splits the rest still unhandled (a naked
     * exception is wrapped in ExceptionGroup("", [e]) when it matches) and makes its match exc_info;
     * an exception leaving a handler goes to the list; after the last clause the rest joins it and
     * _PyExc_PrepReraiseStar decides what is raised again (RERAISE: no entry for this frame).
     */
    private void handleStar(Stmt.Try s, PyRaise e) {
        PyInstance orig = materialize(e);
        e.exception = null;
        push(orig);
        PyList raised = in.heap.alloc(new PyList(new ArrayList<>(), 0));
        in.push(in.heap.newRef(orig));
        in.push(raised);
        // The rest still unhandled waits on the stack above them (the reference materialize gave).
        in.push(orig);
        int restSlot = in.stack.size() - 1;
        try {
            for (Stmt.Handler h : s.handlers()) {
                in.line = h.token().line();
                in.frame().line = in.line;
                PyObject[] split;
                try {
                    split = starMatch(in.stack.get(restSlot), h.type());
                } catch (PyRaise other) {
                    escaping(other);
                    throw other;
                }
                if (split == null) continue;
                in.heap.decref(in.stack.set(restSlot, split[1]));
                // CHECK_EG_MATCH: PyErr_SetExcInfo(match) replaces what PUSH_EXC_INFO set.
                in.heap.decref(handling.set(handling.size() - 1, in.heap.newRef(split[0])));
                PyObject escaped = runStarHandler(h, split[0]);
                if (escaped != null) ExceptionGroups.append(raised, escaped);
            }
            // LIST_APPEND: the rest moves into the list.
            ExceptionGroups.append(raised, in.pop());
        } catch (RuntimeException ex) {
            in.heap.decref(in.pop());
            in.heap.decref(in.pop());
            in.heap.decref(in.pop());
            pop();
            throw ex;
        }
        PyObject result;
        try {
            result = groups.prepReraiseStar(orig, raised);
        } finally {
            in.heap.decref(in.pop());
            in.heap.decref(in.pop());
            pop();
        }
        if (result instanceof PyNone) return;
        PyInstance again = (PyInstance) result;
        PyRaise r = new PyRaise(again.cls.name, "", again);
        r.tracedIn = in.frame();
        throw r;
    }

    /** The match (a borrowed group) against the clause's type: [match, rest] (new references; rest may be None), or null. */
    private PyObject[] starMatch(PyObject rest, Expr typeExpr) {
        PyObject t = in.eval(typeExpr);
        try {
            List<PyObject> options = t instanceof PyTuple tu ? List.of(tu.items) : List.of(t);
            for (PyObject o : options) {
                if (!(o instanceof PyClass c) || !ExceptionClasses.isException(c)) {
                    throw new PyRaise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
                }
                if (groups.isGroupClass(c)) {
                    throw new PyRaise("TypeError", "catching ExceptionGroup with except* is not allowed. Use except instead.");
                }
            }
            return groups.match(rest, t);
        } finally {
            in.heap.decref(t);
        }
    }

    /** One except* clause's body with the match bound; the exception that left it (owned), or null. */
    private PyObject runStarHandler(Stmt.Handler h, PyObject match) {
        if (h.name() != null) in.storeName(h.name(), match);
        else in.heap.decref(match);
        try {
            in.block(h.body());
        } catch (PyRaise other) {
            if (!catchable(other)) throw other;
            escaping(other);
            unbind(h);
            PyObject exc = other.exception;
            other.exception = null;
            return exc;
        }
        unbind(h);
        return null;
    }

    /**
     * One handler. The stack's reference to the exception moves into the name (or is dropped);
     * at the end POP_EXCEPT restores exc_info and, as CPython compiles it, name = None; del name
     * (in the other order when an exception escapes the handler).
     */
    private void runHandler(Stmt.Handler h, PyInstance exc) {
        if (h.name() != null) in.storeName(h.name(), exc);
        else in.heap.decref(exc);
        try {
            in.block(h.body());
        } catch (PyRaise other) {
            escaping(other);
            unbind(h);
            pop();
            throw other;
        } catch (ControlFlow flow) {
            pop();
            unbind(h);
            throw flow;
        }
        pop();
        unbind(h);
    }

    /** An exception leaving a handler, finally block or __exit__: its entry here, the handled one as its context. */
    private void escaping(PyRaise other) {
        if (!catchable(other)) return;
        traceHere(other, in.frame());
        materialize(other);
    }

    private void unbind(Stmt.Handler h) {
        if (h.name() == null) return;
        in.storeName(h.name(), in.values.none);
        in.deleteName(h.name());
    }

    /** Does the exception match the handler's class (or tuple of classes)? */
    private boolean matches(PyInstance exc, Expr typeExpr) {
        PyObject t = in.eval(typeExpr);
        try {
            List<PyObject> options = t instanceof PyTuple tu ? List.of(tu.items) : List.of(t);
            boolean match = false;
            for (PyObject o : options) {
                if (!(o instanceof PyClass c) || !ExceptionClasses.isException(c)) {
                    throw new PyRaise("TypeError", "catching classes that do not inherit from BaseException is not allowed");
                }
                if (exc.cls.isSubclassOf(c)) match = true;
            }
            return match;
        } finally {
            in.heap.decref(t);
        }
    }

    private void push(PyObject exc) {
        in.heap.incref(exc);
        handling.add(exc);
    }

    private void pop() {
        in.heap.decref(handling.remove(handling.size() - 1));
    }

    void executeRaise(Stmt.Raise s) {
        if (s.exception() == null) {
            PyObject current = handling.isEmpty() ? null : handling.get(handling.size() - 1);
            if (current == null) throw new PyRaise("RuntimeError", "No active exception to reraise");
            PyInstance exc = (PyInstance) current;
            PyRaise r = new PyRaise(exc.cls.name, "", in.heap.newRef(exc));
            r.tracedIn = in.frame();
            throw r;
        }
        PyInstance exc = instance(in.eval(s.exception()));
        if (s.cause() != null) {
            PyObject cause;
            try {
                cause = in.eval(s.cause());
                if (!(cause instanceof PyNone)) cause = instanceOrNull(cause);
            } catch (RuntimeException ex) {
                in.heap.decref(exc);
                throw ex;
            }
            if (cause == null) {
                in.heap.decref(exc);
                throw new PyRaise("TypeError", "exception causes must derive from BaseException");
            }
            PyObject old = exc.exc.cause;
            exc.exc.cause = cause instanceof PyNone ? null : cause;
            exc.exc.suppressContext = true;
            in.heap.decref(old);
        }
        setContext(exc);
        throw new PyRaise(exc.cls.name, "", exc);
    }

    /**
     * The exception gen.throw(type[, value]) raises: an instance as it is, a class called with
     * the value (none when absent or None), CPython's TypeErrors otherwise.
     */
    PyRaise thrown(List<PyObject> args) {
        if (args.isEmpty() || args.size() > 3) {
            throw new PyRaise("TypeError", "throw expected at least 1 argument, got " + args.size());
        }
        PyObject type = args.get(0);
        PyObject value = args.size() > 1 && !(args.get(1) instanceof PyNone) ? args.get(1) : null;
        PyInstance exc;
        if (type instanceof PyInstance i && i.exc != null) {
            if (value != null) throw new PyRaise("TypeError", "instance exception may not have a separate value");
            exc = (PyInstance) in.heap.newRef(i);
        } else if (type instanceof PyClass c && ExceptionClasses.isException(c)) {
            if (value instanceof PyInstance vi && vi.exc != null && vi.cls.mro.contains(c)) {
                exc = (PyInstance) in.heap.newRef(vi);
            } else {
                List<PyObject> ctorArgs = new ArrayList<>();
                if (value != null) ctorArgs.add(value);
                exc = instance(in.callNative(c, ctorArgs, Map.of()));
            }
        } else {
            throw new PyRaise("TypeError", "exceptions must be classes or instances deriving from BaseException, not "
                    + type.typeName());
        }
        return new PyRaise(exc.cls.name, "", exc);
    }

    /** raise X: an exception class is called with no arguments; an instance is raised itself. */
    private PyInstance instance(PyObject v) {
        PyInstance exc = instanceOrNull(v);
        if (exc == null) throw new PyRaise("TypeError", "exceptions must derive from BaseException");
        return exc;
    }

    private PyInstance instanceOrNull(PyObject v) {
        if (v instanceof PyInstance i && i.exc != null) return i;
        if (v instanceof PyClass c && ExceptionClasses.isException(c)) {
            in.push(c);
            try {
                PyObject made = in.callNative(c, new ArrayList<>(), Map.of());
                if (!(made instanceof PyInstance i) || i.exc == null) {
                    in.heap.decref(made);
                    throw new PyRaise("TypeError", "calling " + c.name + " should have returned an instance of BaseException, not "
                            + made.typeName());
                }
                return i;
            } finally {
                in.pop();
                in.heap.decref(c);
            }
        }
        in.heap.decref(v);
        return null;
    }

    void executeAssert(Stmt.Assert s) {
        if (in.condition(s.test())) return;
        PyClass cls = classes.get("AssertionError");
        List<PyObject> args = new ArrayList<>();
        if (s.message() != null) {
            PyObject m = in.eval(s.message());
            in.push(m);
            args.add(m);
        }
        PyObject exc;
        try {
            exc = in.callNative(cls, args, Map.of());
        } finally {
            for (PyObject a : args) in.heap.decref(in.pop());
        }
        setContext((PyInstance) exc);
        throw new PyRaise("AssertionError", "", exc);
    }

    // ---- with ----

    void executeWith(Stmt.With s) {
        with(s, 0);
    }

    private void with(Stmt.With s, int item) {
        if (item == s.items().size()) {
            in.block(s.body());
            return;
        }
        Stmt.WithItem w = s.items().get(item);
        PyObject manager = in.eval(w.context());
        in.push(manager);
        PyObject enter;
        PyObject exit;
        try {
            enter = special(manager, "__enter__");
            in.push(enter);
            exit = special(manager, "__exit__");
        } catch (RuntimeException ex) {
            while (in.stack.size() > 0 && in.stack.get(in.stack.size() - 1) != manager) in.heap.decref(in.pop());
            in.heap.decref(in.pop());
            throw ex;
        }
        in.pop();
        // BEFORE_WITH: __exit__ takes the manager's place on the stack while the block runs.
        in.stack.set(in.stack.size() - 1, exit);
        in.heap.decref(manager);
        PyObject entered;
        try {
            // The bound __enter__ stays alive through its call (method_vectorcall), then goes.
            in.push(enter);
            try {
                entered = in.callBorrowed(enter, new ArrayList<>());
            } finally {
                in.pop();
                in.heap.decref(enter);
            }
        } catch (RuntimeException ex) {
            releaseExit(exit);
            throw ex;
        }
        Frame f = in.frame();
        try {
            if (w.target() != null) in.assign(w.target(), entered);
            else in.heap.decref(entered);
            with(s, item + 1);
        } catch (PyRaise e) {
            if (!catchable(e)) throw e;
            traceHere(e, f);
            PyInstance exc = materialize(e);
            e.exception = null;
            push(exc);
            boolean suppress;
            in.push(exc); // WITH_EXCEPT_START: the exception waits on the stack while __exit__ runs
            try {
                PyObject tb = exc.exc.traceback == null ? in.values.none : exc.exc.traceback;
                PyObject r;
                try {
                    r = callExit(exit, List.of(exc.cls, exc, tb));
                } finally {
                    in.stack.remove(in.stack.lastIndexOf(exc));
                }
                in.push(r);
                try {
                    suppress = in.ops.truthy(r);
                } finally {
                    in.heap.decref(in.pop());
                }
            } catch (PyRaise other) {
                escaping(other);
                pop();
                in.heap.decref(exc);
                releaseExit(exit);
                throw other;
            }
            pop();
            releaseExit(exit);
            if (suppress) {
                in.heap.decref(exc);
                return;
            }
            e.exception = exc;
            throw e;
        } catch (RuntimeException flow) {
            if (flow instanceof ControlFlow.Return r) exitReturning(exit, r.value);
            else if (flow instanceof ControlFlow) exitQuietly(exit);
            else releaseExit(exit);
            throw flow;
        }
        exitQuietly(exit);
    }

    /**
     * A return inside the block: the returned value waits on the stack while __exit__ runs
     * (compiler_unwind_fblock keeps it under the exit call), and an exception from __exit__ drops it.
     */
    private void exitReturning(PyObject exit, PyObject value) {
        in.push(value);
        try {
            exitQuietly(exit);
        } catch (RuntimeException ex) {
            in.heap.decref(in.pop());
            throw ex;
        }
        in.pop();
    }

    /** __exit__(None, None, None) on a normal exit or a return/break/continue; its result is dropped. */
    private void exitQuietly(PyObject exit) {
        try {
            PyObject none = in.values.none;
            in.heap.decref(callExit(exit, List.of(none, none, none)));
        } finally {
            releaseExit(exit);
        }
    }

    private PyObject callExit(PyObject exit, List<PyObject> args) {
        return in.callBorrowed(exit, new ArrayList<>(args));
    }

    private void releaseExit(PyObject exit) {
        in.stack.remove(in.stack.lastIndexOf(exit));
        in.heap.decref(exit);
    }

    /** _PyObject_LookupSpecial: the method found on the class, bound to the manager. */
    private PyObject special(PyObject manager, String name) {
        if (manager instanceof PyInstance i && i.cls.lookup(name) != null) return in.getAttr(manager, name);
        if (manager instanceof PyContextManager || manager instanceof com.studyhall.simulation.heap.PyMemoryView
                || manager instanceof com.studyhall.simulation.heap.PyStringIO) {
            return in.getAttr(manager, name); // contextlib's managers, memoryview, io.StringIO
        }
        throw new PyRaise("TypeError",
                "'" + manager.typeName() + "' object does not support the context manager protocol"
                        + (name.equals("__exit__") ? " (missed __exit__ method)" : ""));
    }
}
