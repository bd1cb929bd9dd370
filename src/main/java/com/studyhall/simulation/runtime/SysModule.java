package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/** sys: the refcount and size of an object, the recursion limit, and the facts of the machine a program asks about. */
final class SysModule extends NativeModule {
    /** sys.maxsize, sys.platform and sys.byteorder of the 64-bit Linux CPython the lab models; each one object the module keeps. */
    private final java.util.Map<String, PyObject> constants = new java.util.HashMap<>();

    SysModule(Interpreter in) {
        super("sys", in);
        function("exc_info", (args, kw) -> in.exceptions.excInfo());
        function("exit", (args, kw) -> {
            Args.noKeywords("sys.exit", kw);
            if (args.size() > 1) throw new PyRaise("TypeError", "exit expected at most 1 argument, got " + args.size());
            throw SystemExitStatus.raise(in, args.isEmpty() ? v.none : args.get(0));
        });
        function("getrefcount", (args, kw) -> {
            PyObject o = one("sys.getrefcount", args);
            return v.integer(o.shared ? 1_000_000_000L : o.refcnt);
        });
        function("getsizeof", (args, kw) -> {
            if (args.isEmpty()) throw new PyRaise("TypeError", "getsizeof() missing required argument 'object' (pos 1)");
            PyObject o = args.get(0);
            if (o instanceof PyInstance) {
                PyObject own = in.builtinImpl.types.instances().sizeofResult(o);
                if (own != null) return own;
            }
            if (o instanceof PyBuiltin b && TypeObjectSizes.of(b) != null) return v.integer(TypeObjectSizes.of(b));
            // frame_sizeof counts the code's co_stacksize, a figure of CPython's compiler the lab does not have.
            if (o instanceof PyFrameObject) throw new PyRaise("TypeError", "sys.getsizeof() of a frame is not supported in the memory lab");
            return v.integer(o.sizeof());
        });
        function("intern", (args, kw) -> {
            PyObject o = one("sys.intern", args);
            if (!(o instanceof PyStr s)) throw new PyRaise("TypeError", "intern() argument must be str, not " + o.typeName());
            return v.internInPlace(s, InternedAtStart.covers(s.value, in.source));
        });
        function("getrecursionlimit", (args, kw) -> {
            Args.count("sys.getrecursionlimit", args, 0, 0);
            return v.integer(in.recursionLimit);
        });
        function("setrecursionlimit", (args, kw) -> {
            long n = Args.integer(one("sys.setrecursionlimit", args));
            if (n < 1) throw new PyRaise("ValueError", "recursion limit must be greater or equal than 1");
            int depth = in.depth(); // the call's own level included: setrecursionlimit is METH_O
            if (n <= depth) {
                throw new PyRaise("RecursionError", "cannot set the recursion limit to " + n + " at the recursion depth "
                        + depth + ": the limit is too low");
            }
            in.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
            return v.none;
        });
    }

    /** sys.version of the python3 the corpus is recorded with (3.11.7 of the lab's image). */
    static final String VERSION = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";

    /**
     * sys.version_info, float_info and int_info: struct sequences, modelled as shared tuples of a
     * named class, so they index, slice, compare with tuples and print as CPython's; made on first use.
     */
    private PyObject versionInfo() {
        return structSequence("version_info", new String[] {"major", "minor", "micro", "releaselevel", "serial"},
                v.integer(3), v.integer(11), v.integer(7), v.shared(new PyStr("final")), v.integer(0));
    }

    /** sys.float_info: the IEEE 754 double's facts (float.h's DBL_* of the modelled machine). */
    private PyObject floatInfo() {
        return structSequence("float_info", new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp",
                "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"},
                v.shared(new PyFloat(Double.MAX_VALUE)), number(1024), number(308), v.shared(new PyFloat(Double.MIN_NORMAL)),
                number(-1021), number(-307), v.integer(15), v.integer(53), v.shared(new PyFloat(Math.ulp(1.0))),
                v.integer(2), v.integer(1));
    }

    /** sys.int_info: 30-bit digits in 4 bytes, and 3.11's int/str conversion limit. */
    private PyObject intInfo() {
        return structSequence("int_info", new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                "str_digits_check_threshold"}, v.integer(30), v.integer(4), number(4300), number(640));
    }

    /**
     * sys.argv of {@code python3 <script>} without arguments: a one-item list (64 bytes) the sys
     * module holds once, made at start-up (not counted, in the oldest generation), holding the
     * script's name. A program may change it like any list.
     */
    private PyObject argv() {
        PyStr name = heap.allocPreexisting(new PyStr(in.scriptName));
        PyList list = heap.allocPreexisting(new PyList(new java.util.ArrayList<>(java.util.List.of(name)), 1));
        heap.append(list, Heap.GENERATIONS - 1);
        in.builtinImpl.hold(list);
        return list;
    }

    /**
     * sys.stdout or sys.stderr, made at start-up (not counted, in the oldest generation, tracked)
     * with the references python3 script.py holds on it besides the program's (PyStdout.heldAtStart):
     * roots, so a program's names, containers and defaults add to a count CPython would show.
     */
    private PyObject stream(boolean error) {
        PyStdout stream = new PyStdout(error);
        return startUp(stream, stream.heldAtStart());
    }

    /** A stream made at start-up: not counted, in the oldest generation, tracked, with held references from roots. */
    private PyObject startUp(PyObject stream, int held) {
        heap.allocPreexisting(stream);
        heap.append(stream, Heap.GENERATIONS - 1);
        in.builtinImpl.hold(stream);
        for (int i = 1; i < held; i++) {
            heap.incref(stream);
            in.builtinImpl.hold(stream);
        }
        return stream;
    }

    /** sys.stdin, made at start-up like the output streams, with sys.stdin's and sys.__stdin__'s references. */
    private PyObject stdin() {
        PyStdin stream = new PyStdin();
        return startUp(stream, stream.heldAtStart());
    }

    /** An int the shared struct sequence holds: shared too (outside the small-int cache). */
    private PyObject number(long n) {
        return v.shared(new PyInt(n));
    }

    private PyObject structSequence(String name, String[] names, PyObject... items) {
        PyNamedTupleClass cls = v.shared(new PyNamedTupleClass("sys." + name));
        cls.structSequence = true;
        PyObject[] fields = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) fields[i] = v.shared(new PyStr(names[i]));
        cls.fields = v.shared(new PyTuple(fields));
        return v.shared(new PyNamedTuple(cls, items));
    }

    /** What contextlib's redirect_stdout/redirect_stderr put in sys.stdout or sys.stderr (one reference each), by name. */
    private final java.util.Map<String, PyObject> redirected = new java.util.HashMap<>();

    private PyObject startStream(String name) {
        return constants.computeIfAbsent(name, a -> stream(name.equals("stderr")));
    }

    /** What a redirect put in sys.stdout or sys.stderr (borrowed), or null while it is the start-up stream. */
    PyObject redirectedTo(String name) {
        return redirected.get(name);
    }

    /** sys.stdout or sys.stderr now: the start-up stream or what a redirect put there (borrowed). */
    PyObject current(String name) {
        PyObject r = redirected.get(name);
        return r != null ? r : startStream(name);
    }

    /**
     * setattr(sys, name, target), as _RedirectStream does (target's reference is taken); returns
     * the reference sys held on the old value, which the caller keeps (its _old_targets list). The
     * start-up stream's reference moves between the roots and that list, so its count is unchanged.
     */
    PyObject replace(String name, PyObject target) {
        PyObject old = current(name);
        in.builtinImpl.unhold(old);
        redirected.remove(name);
        in.builtinImpl.hold(target);
        if (target != startStream(name)) redirected.put(name, target);
        return old;
    }

    @Override
    java.util.Set<String> valueNames() {
        return java.util.Set.of("maxsize", "platform", "byteorder", "version_info", "version", "float_info", "int_info", "stdout", "stderr",
                "__stdout__", "__stderr__", "argv", "stdin", "__stdin__");
    }

    @Override
    PyObject value(String attr) {
        PyObject made = switch (attr) {
            case "maxsize" -> constants.computeIfAbsent(attr, a -> v.shared(new PyInt(Long.MAX_VALUE)));
            case "platform" -> constants.computeIfAbsent(attr, a -> v.shared(new PyStr("linux")));
            case "byteorder" -> constants.computeIfAbsent(attr, a -> v.shared(new PyStr("little")));
            case "version_info" -> constants.computeIfAbsent(attr, a -> versionInfo());
            case "float_info" -> constants.computeIfAbsent(attr, a -> floatInfo());
            case "int_info" -> constants.computeIfAbsent(attr, a -> intInfo());
            case "version" -> constants.computeIfAbsent(attr, a -> v.shared(new PyStr(VERSION)));
            // sys.__stdout__ and sys.__stderr__ are the same objects (the streams at start-up).
            case "stdout", "stderr" -> redirected.get(attr) != null ? redirected.get(attr) : startStream(attr);
            // sys.__stdout__ and sys.__stderr__ are the same objects (the streams at start-up).
            case "__stdout__", "__stderr__" -> startStream(attr.substring(2, attr.length() - 2));
            case "argv" -> constants.computeIfAbsent(attr, a -> argv());
            // sys.__stdin__ is the same object: one TextIOWrapper over file descriptor 0.
            case "stdin", "__stdin__" -> constants.computeIfAbsent("stdin", a -> stdin());
            default -> null;
        };
        return made == null ? null : heap.newRef(made);
    }
}
