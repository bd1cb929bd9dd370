package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;


/** Attribute builtins (getattr, setattr, hasattr, delattr), callable, and input, which reads the run's stdin. */
final class ObjectBuiltins {
    private ObjectBuiltins() { }

    static void install(BuiltinsModule m, Interpreter in, Builtins protocols) {
        m.function("getattr", (args, kw) -> {
            Args.count("getattr", args, 2, 3);
            String name = attrName("getattr", args.get(1));
            if (args.size() < 3) return in.getAttrOf(args.get(0), name);
            try {
                return in.getAttr(args.get(0), name);
            } catch (PyRaise e) {
                if (args.size() < 3 || !in.exceptions.is(e, "AttributeError")) throw e;
                in.exceptions.discard(e);
                return in.heap.newRef(args.get(2));
            }
        });
        m.function("hasattr", (args, kw) -> {
            Args.count("hasattr", args, 2, 2);
            String name = attrName("hasattr", args.get(1));
            try {
                in.heap.decref(in.getAttr(args.get(0), name));
                return in.values.trueObj;
            } catch (PyRaise e) {
                if (!in.exceptions.is(e, "AttributeError")) throw e;
                in.exceptions.discard(e);
                return in.values.falseObj;
            }
        });
        m.function("setattr", (args, kw) -> {
            Args.count("setattr", args, 3, 3);
            in.setAttr(args.get(0), attrName("setattr", args.get(1)), in.heap.newRef(args.get(2)));
            return in.values.none;
        });
        m.function("delattr", (args, kw) -> {
            Args.count("delattr", args, 2, 2);
            in.delAttr(args.get(0), attrName("delattr", args.get(1)));
            return in.values.none;
        });
        // builtin_vars is METH_VARARGS: its argument comes packed in a tuple, counted for the call.
        m.function("vars", (args, kw) -> in.builtinImpl.withPackedArguments(args.size(), false, () -> vars(in, args)));
        m.function("callable", (args, kw) -> {
            return in.values.bool(isCallable(NativeModule.one("callable", args)));
        });
        for (String name : java.util.List.of("exit", "quit")) m.keywordFunction(name, (args, kw) -> quit(in, args, kw));
        m.function("input", (args, kw) -> {
            // builtin_input's clinic parser (_PyArg_CheckPositional); the shape table cannot try input().
            if (args.size() > 1) throw new PyRaise("TypeError", "input expected at most 1 argument, got " + args.size());
            // Not a terminal: the prompt is written to sys.stdout (written through, nothing to flush).
            if (!args.isEmpty()) in.stdoutFile.writeObject(() -> in.ops.str(args.get(0)));
            if (in.stdin.closed) throw new PyRaise("ValueError", "I/O operation on closed file.");
            String line = in.stdin.readLine();
            if (line == null) throw new PyRaise("EOFError", "EOF when reading a line");
            return in.values.str(line);
        });
    }

    /** vars(o): the object's __dict__; vars() without an argument is locals(). */
    private static PyObject vars(Interpreter in, java.util.List<PyObject> args) {
        if (args.isEmpty()) return in.heap.newRef(FrameLocals.of(in));
        PyObject o = NativeModule.one("vars", args);
        if (o instanceof PyInstance i && (Attributes.hooked(i)
                || !InstanceDicts.hasDict(i) && i.exc == null && i.cls.lookup("__getattr__") instanceof PyFunction)) {
            // builtin_vars reads __dict__ with _PyObject_LookupAttr, through the type's tp_getattro: a class's
            // own __getattribute__ (and __getattr__ when that raises AttributeError) answers it; an
            // AttributeError becomes the TypeError below, any other error passes through.
            try {
                return in.getAttr(o, "__dict__");
            } catch (PyRaise e) {
                if (!in.exceptions.is(e, "AttributeError")) throw e;
                in.exceptions.discard(e);
                throw new PyRaise("TypeError", "vars() argument must have __dict__ attribute");
            }
        }
        if (o instanceof PyInstance i && InstanceDicts.hasDict(i)) return in.heap.newRef(in.instanceDicts.dictOf(i));
        if (o instanceof PyClass || o instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b)) return in.getAttr(o, "__dict__");
        if (o instanceof PyFunction || o instanceof PyNamespace || o instanceof PyPartial) return in.getAttr(o, "__dict__");
        throw new PyRaise("TypeError", "vars() argument must have __dict__ attribute");
    }

    private static String attrName(String fname, PyObject o) {
        if (o instanceof PyStr s) return s.value;
        throw new PyRaise("TypeError", "attribute name must be string, not '" + o.typeName() + "'");
    }

    /** callable(): whether the object's type has tp_call. */
    static boolean isCallable(PyObject o) {
        return o instanceof PyFunction || o instanceof PyBoundMethod || o instanceof PyBuiltin
                || o instanceof PyClass || o instanceof PyNamedTupleClass || (o instanceof PyWeakref && !(o instanceof PyProxy))
                || (o instanceof PyProxy p && p.callable) || o instanceof PyFinalize
                || o instanceof PyPartial || o instanceof PyLruCache || o instanceof PyCType
                // Method descriptors and method-wrappers (str.lower, it.__next__), operator's and
                // functools' callable objects, a @contextmanager function.
                || o instanceof PyMethodDescriptor || o instanceof PyMethodWrapper || o instanceof PyItemGetter
                || o instanceof PyAttrGetter || o instanceof PyMethodCaller || o instanceof PyKeyWrapper
                || o instanceof PyContextManagerFactory
                // typing's special forms, aliases and ABC classes have __call__; a TypeVar and a ForwardRef do not.
                || (o instanceof PyTyping t && t.kind != PyTyping.Kind.TYPEVAR && t.kind != PyTyping.Kind.FORWARD_REF)
                || (o instanceof PyInstance i && i.cls.lookup("__call__") != null);
    }

    /**
     * exit() and quit(), the site module's Quitter objects (python3 file.py has them): they close
     * sys.stdin, then raise SystemExit(code), always with one argument (SystemExit(None) for no code,
     * where sys.exit() raises SystemExit()). Used other than called they are refused before the run.
     * Quitter.__call__ is Python code reached through tp_call: the arguments are packed first.
     */
    private static PyObject quit(Interpreter in, java.util.List<PyObject> args, java.util.Map<String, PyObject> kw) {
        int given = args.size() + kw.size();
        for (String k : kw.keySet()) {
            if (!k.equals("code")) throw new PyRaise("TypeError", "Quitter.__call__() got an unexpected keyword argument '" + k + "'");
        }
        if (given > 1) {
            throw new PyRaise("TypeError", args.size() > 1
                    ? "Quitter.__call__() takes from 1 to 2 positional arguments but " + (args.size() + 1) + " were given"
                    : "Quitter.__call__() got multiple values for argument 'code'");
        }
        in.heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, args.size());
        in.heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, args.size());
        in.stdin.closed = true;
        PyObject code = args.isEmpty() ? kw.getOrDefault("code", in.values.none) : args.get(0);
        throw PyRaise.withArg("SystemExit", "", in.heap.newRef(code));
    }
}
