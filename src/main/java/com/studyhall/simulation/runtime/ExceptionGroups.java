package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.Heap;
import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyList;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyStr;
import com.studyhall.simulation.heap.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PEP 654's BaseExceptionGroup and ExceptionGroup as Objects/exceptions.c of 3.11 makes them: the
 * message and the tuple of exceptions are the two members of the group's struct (traversed before
 * BaseException's fields), args is the call's own tuple (so it keeps the list it was given), and
 * split()/subgroup() rebuild the partial groups through derive(), copying the traceback, cause,
 * context and a copy of the notes, with the same temporary lists and tuples CPython makes (they
 * show in gc.get_count()).
 */
final class ExceptionGroups {
    static final String BASE = "BaseExceptionGroup";
    static final String GROUP = "ExceptionGroup";
    /** The members of BaseExceptionGroup's struct, in its traverse order. */
    static final String[] MEMBERS = {"message", "exceptions"};

    private final Interpreter in;
    private final Heap heap;

    ExceptionGroups(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
    }

    boolean isGroup(PyObject o) {
        return o instanceof PyInstance i && i.exc != null && i.cls.isSubclassOf(in.exceptions.classes.get(BASE));
    }

    boolean isGroupClass(PyClass c) {
        return c.isSubclassOf(in.exceptions.classes.get(BASE));
    }

    private static PyTuple excs(PyInstance group) {
        return (PyTuple) group.exc.members[1];
    }

    /**
     * BaseExceptionGroup_new: exactly two arguments (a str and a sequence), the sequence made a tuple
     * of exception instances, BaseExceptionGroup becoming ExceptionGroup when they all derive from
     * Exception; then BaseExceptionGroup_init, which takes no keywords. args is borrowed.
     */
    PyInstance make(PyClass cls, PyTuple args, Map<String, PyObject> kwargs) {
        if (args.items.length != 2) {
            throw new PyRaise("TypeError", "BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.items.length + " given)");
        }
        if (!(args.items[0] instanceof PyStr message)) {
            throw new PyRaise("TypeError", "BaseExceptionGroup.__new__() argument 1 must be str, not " + args.items[0].typeName());
        }
        PyObject seq = args.items[1];
        if (!isSequence(seq)) throw new PyRaise("TypeError", "second argument (exceptions) must be a sequence");
        // PySequence_Tuple: an exact tuple is kept itself, anything else read into a new one.
        PyTuple exceptions = (PyTuple) (seq instanceof PyTuple t ? heap.newRef(t) : in.builtinImpl.callBuiltinFunction("tuple", List.of(seq)));
        PyClass chosen;
        try {
            chosen = chosenClass(cls, exceptions);
        } catch (PyRaise refused) {
            heap.decref(exceptions);
            throw refused;
        }
        PyInstance group = in.exceptions.classes.instance(chosen, heap.newRef(args));
        group.exc.members[0] = heap.newRef(message);
        group.exc.members[1] = exceptions;
        if (!kwargs.isEmpty() && !(group.cls.lookup("__init__") instanceof com.studyhall.simulation.heap.PyFunction)) {
            String name = group.cls.name;
            heap.decref(group);
            throw new PyRaise("TypeError", name + "() takes no keyword arguments");
        }
        return group;
    }

    /** PySequence_Check: a type with sq_item that is not a dict (list, tuple, str, range, bytes, a class with __getitem__). */
    private static boolean isSequence(PyObject o) {
        if (o instanceof PyList || o instanceof PyTuple || o instanceof PyStr || o instanceof com.studyhall.simulation.heap.PyRange
                || o instanceof com.studyhall.simulation.heap.PyBytes) {
            return true;
        }
        return o instanceof PyInstance i && i.cls.lookup("__getitem__") != null && !(i.body instanceof PyDict);
    }

    private PyClass chosenClass(PyClass cls, PyTuple exceptions) {
        if (exceptions.items.length == 0) throw new PyRaise("ValueError", "second argument (exceptions) must be a non-empty sequence");
        PyClass exception = in.exceptions.classes.get("Exception");
        boolean nestedBase = false;
        for (int i = 0; i < exceptions.items.length; i++) {
            if (!(exceptions.items[i] instanceof PyInstance e) || e.exc == null) {
                throw new PyRaise("ValueError", "Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!e.cls.isSubclassOf(exception)) nestedBase = true;
        }
        PyClass group = in.exceptions.classes.get(GROUP);
        if (cls == group) {
            if (nestedBase) throw new PyRaise("TypeError", "Cannot nest BaseExceptions in an ExceptionGroup");
            return cls;
        }
        if (cls == in.exceptions.classes.get(BASE)) return nestedBase ? cls : group;
        if (nestedBase && cls.isSubclassOf(exception)) throw new PyRaise("TypeError", "Cannot nest BaseExceptions in '" + cls.name + "'");
        return cls;
    }

    /** BaseExceptionGroup_str: "message (2 sub-exceptions)". */
    String str(PyInstance group) {
        int n = excs(group).items.length;
        return ((PyStr) group.exc.members[0]).value + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")";
    }

    // ---- derive, split, subgroup ----

    /** BaseExceptionGroup.derive(excs): BaseExceptionGroup(self.message, excs), called with a packed tuple. */
    PyObject derive(PyInstance group, List<PyObject> args) {
        if (args.size() != 1) throw new PyRaise("TypeError", "BaseExceptionGroup.derive() takes exactly one argument (" + args.size() + " given)");
        PyTuple pack = heap.alloc(new PyTuple(new PyObject[] {heap.newRef(group.exc.members[0]), heap.newRef(args.get(0))}));
        try {
            return in.instantiate(in.exceptions.classes.get(BASE), List.of(pack.items), Map.of(), true, pack);
        } finally {
            heap.decref(pack);
        }
    }

    /** split(condition): a new (match, rest) tuple, either side None when empty. */
    PyObject split(PyInstance group, List<PyObject> args) {
        Matcher m = matcher("split", args);
        PyObject[] result = splitRecursive(group, m, true);
        PyObject match = result[0] == null ? in.values.none : result[0];
        PyObject rest = result[1] == null ? in.values.none : result[1];
        return heap.alloc(new PyTuple(new PyObject[] {match, rest}));
    }

    /** subgroup(condition): the matching part, or None. */
    PyObject subgroup(PyInstance group, List<PyObject> args) {
        Matcher m = matcher("subgroup", args);
        PyObject match = splitRecursive(group, m, false)[0];
        return match == null ? in.values.none : match;
    }

    /** A split condition: a predicate (callable, not a class), an exception class or tuple of them, or leaves by identity. */
    private record Matcher(PyObject value, boolean predicate, java.util.Set<PyObject> leaves) {
        Matcher(PyObject value, boolean predicate) {
            this(value, predicate, null);
        }
    }

    private Matcher matcher(String method, List<PyObject> args) {
        if (args.size() != 1) {
            throw new PyRaise("TypeError", method + " expected 1 argument, got " + args.size());
        }
        PyObject v = args.get(0);
        if (v instanceof PyClass c) {
            if (ExceptionClasses.isException(c)) return new Matcher(v, false);
        } else if (v instanceof PyTuple t && !(v instanceof PyInstance)) {
            boolean all = true;
            for (PyObject o : t.items) all &= o instanceof PyClass c && ExceptionClasses.isException(c);
            if (all) return new Matcher(v, false);
        } else if (!(v instanceof com.studyhall.simulation.heap.PyBuiltin b && b.isTypeObject())
                && in.builtinImpl.callBuiltinFunction("callable", List.of(v)) == in.values.trueObj) {
            return new Matcher(v, true);
        }
        throw new PyRaise("TypeError", "expected a function, exception type or tuple of exception types");
    }

    private boolean matches(PyInstance exc, Matcher m) {
        if (m.leaves() != null) return m.leaves().contains(exc);
        if (!m.predicate()) {
            if (m.value() instanceof PyClass c) return exc.cls.isSubclassOf(c);
            for (PyObject o : ((PyTuple) m.value()).items) if (exc.cls.isSubclassOf((PyClass) o)) return true;
            return false;
        }
        PyObject r = in.callBorrowed(m.value(), List.of(exc));
        try {
            return in.ops.truthy(r);
        } finally {
            heap.decref(r);
        }
    }

    /** exceptiongroup_split_recursive: new references to the match and rest parts (null for none). */
    private PyObject[] splitRecursive(PyInstance exc, Matcher m, boolean constructRest) {
        if (matches(exc, m)) return new PyObject[] {heap.newRef(exc), null};
        if (!isGroup(exc)) return new PyObject[] {null, constructRest ? heap.newRef(exc) : null};
        PyList matchList = heap.alloc(new PyList(new ArrayList<>(), 0));
        PyList restList = constructRest ? heap.alloc(new PyList(new ArrayList<>(), 0)) : null;
        try {
            in.push(matchList);
            if (restList != null) in.push(restList);
            for (PyObject e : excs(exc).items) {
                PyObject[] part;
                in.recursion.enter(RecursionCounter.CALL);
                try {
                    part = splitRecursive((PyInstance) e, m, constructRest);
                } finally {
                    in.recursion.leave();
                }
                if (part[0] != null) append(matchList, part[0]);
                if (part[1] != null) append(restList, part[1]);
            }
            PyObject match = subset(exc, matchList);
            PyObject rest;
            try {
                rest = constructRest ? subset(exc, restList) : null;
            } catch (RuntimeException ex) {
                heap.decref(match);
                throw ex;
            }
            return new PyObject[] {match, rest};
        } finally {
            if (restList != null) in.pop();
            in.pop();
            heap.decref(matchList);
            heap.decref(restList);
        }
    }

    /** PyList_Append, taking the caller's reference. */
    static void append(PyList list, PyObject item) {
        if (list.items.size() >= list.allocated) list.resizeFor(list.items.size() + 1);
        list.items.add(item);
    }

    /**
     * exceptiongroup_subset: orig.derive(excs) (null for an empty list) with orig's traceback,
     * context and cause (PyException_SetCause also sets __suppress_context__) and a copy of its notes.
     */
    private PyObject subset(PyInstance orig, PyList excs) {
        if (excs.items.isEmpty()) return null;
        PyObject derived = callDerive(orig, excs);
        if (!isGroup(derived)) {
            heap.decref(derived);
            throw new PyRaise("TypeError", "derive must return an instance of BaseExceptionGroup");
        }
        PyInstance eg = (PyInstance) derived;
        try {
            if (orig.exc.traceback != null) in.exceptions.setBaseAttribute(eg, "__traceback__", heap.newRef(orig.exc.traceback));
            replace(eg, orig.exc.context, true);
            replace(eg, orig.exc.cause, false);
            eg.exc.suppressContext = true;
            copyNotes(orig, eg);
        } catch (RuntimeException ex) {
            heap.decref(eg);
            throw ex;
        }
        return eg;
    }

    private void replace(PyInstance eg, PyObject value, boolean context) {
        PyObject old = context ? eg.exc.context : eg.exc.cause;
        PyObject held = value == null ? null : heap.newRef(value);
        if (context) eg.exc.context = held;
        else eg.exc.cause = held;
        heap.decref(old);
    }

    /** PyObject_CallMethod(orig, "derive", "(O)", excs): the bound method, called through a 1-tuple. */
    private PyObject callDerive(PyInstance orig, PyList excs) {
        PyObject method = in.getAttr(orig, "derive");
        try {
            PyTuple callArgs = heap.alloc(new PyTuple(new PyObject[] {heap.newRef(excs)}));
            try {
                return in.callBorrowed(method, List.of(excs));
            } finally {
                heap.decref(callArgs);
            }
        } finally {
            heap.decref(method);
        }
    }

    /**
     * PyObject_HasAttr(orig, "__notes__") then a list copy of a sequence set on the new group. A miss
     * normalizes the AttributeError (set_attribute_error_context), which leaves its 1-tuple of args
     * on the free list.
     */
    private void copyNotes(PyInstance orig, PyInstance eg) {
        PyObject notes = in.instanceDicts.get(orig, "__notes__");
        if (notes == null) {
            ImportCounts.attributeErrorMiss(heap);
            return;
        }
        if (!(notes instanceof PyList || notes instanceof PyTuple || notes instanceof PyStr)) return;
        in.setAttr(eg, "__notes__", in.builtinImpl.callBuiltinFunction("list", List.of(notes)));
    }

    // ---- except* ----

    /**
     * exception_group_match: [match, rest] as new references when exc (or part of it) matches type
     * (a class or tuple the caller checked): a naked exception that matches is wrapped in
     * ExceptionGroup("", (exc,)) and leaves no rest; a group is split. Null when nothing matches.
     */
    PyObject[] match(PyObject exc, PyObject type) {
        if (exc instanceof com.studyhall.simulation.heap.PyNone) return null;
        PyInstance e = (PyInstance) exc;
        Matcher m = new Matcher(type, false);
        if (matches(e, m)) {
            if (isGroup(e)) return new PyObject[] {heap.newRef(e), in.values.none};
            PyTuple one = heap.alloc(new PyTuple(new PyObject[] {heap.newRef(e)}));
            try {
                return new PyObject[] {create(one), in.values.none};
            } finally {
                heap.decref(one);
            }
        }
        if (!isGroup(e)) return null;
        PyObject[] parts = splitRecursive(e, m, true);
        if (parts[0] == null) {
            heap.decref(parts[1]);
            return null;
        }
        return new PyObject[] {parts[0], parts[1] == null ? in.values.none : parts[1]};
    }

    /**
     * _PyExc_CreateExceptionGroup: BaseExceptionGroup("", excs), called with a packed tuple (an
     * ExceptionGroup unless a member is a BaseException: `except* KeyboardInterrupt` wraps one too).
     */
    private PyObject create(PyObject excs) {
        PyTuple pack = heap.alloc(new PyTuple(new PyObject[] {in.values.str(""), heap.newRef(excs)}));
        try {
            return in.instantiate(in.exceptions.classes.get(BASE), List.of(pack.items), Map.of(), true, pack);
        } finally {
            heap.decref(pack);
        }
    }

    /**
     * _PyExc_PrepReraiseStar: what a try/except* raises again, from orig and the list of what its
     * clauses raised followed by the unhandled rest. For a naked orig, the first item. Otherwise the
     * items with orig's own traceback, cause, context and notes are re-raised parts of orig, kept
     * as orig's projection on their leaves; the new ones are raised with it in BaseExceptionGroup("", [...]),
     * or alone. None when nothing is left.
     */
    PyObject prepReraiseStar(PyInstance orig, PyList excs) {
        if (excs.items.isEmpty()) return in.values.none;
        if (!isGroup(orig)) return heap.newRef(excs.items.get(0));
        PyList raised = heap.alloc(new PyList(new ArrayList<>(), 0));
        PyList reraised = heap.alloc(new PyList(new ArrayList<>(), 0));
        try {
            for (PyObject e : excs.items) {
                if (e instanceof com.studyhall.simulation.heap.PyNone) continue;
                append(sameMetadata((PyInstance) e, orig) ? reraised : raised, heap.newRef(e));
            }
            java.util.Set<PyObject> leaves = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (PyObject e : reraised.items) collectLeaves(e, leaves);
            PyObject projected = splitRecursive(orig, new Matcher(null, false, leaves), false)[0];
            if (raised.items.isEmpty()) return projected == null ? in.values.none : projected;
            if (projected != null) append(raised, projected);
            if (raised.items.size() > 1) return create(raised);
            return heap.newRef(raised.items.get(0));
        } finally {
            heap.decref(raised);
            heap.decref(reraised);
        }
    }

    private void collectLeaves(PyObject e, java.util.Set<PyObject> leaves) {
        if (!isGroup(e)) {
            leaves.add(e);
            return;
        }
        for (PyObject x : excs((PyInstance) e).items) collectLeaves(x, leaves);
    }

    /**
     * is_same_exception_metadata: the same traceback, cause and context objects. It compares the
     * struct's notes field too, which 3.11 never sets (add_note keeps __notes__ in the instance
     * dict), so a match whose notes are split()'s copy still counts as re-raised.
     */
    private static boolean sameMetadata(PyInstance a, PyInstance b) {
        return a.exc.traceback == b.exc.traceback && a.exc.cause == b.exc.cause && a.exc.context == b.exc.context;
    }
}
