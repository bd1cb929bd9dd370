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
        m.function("input", (args, kw) -> {
            Args.count("input", args, 0, 1);
            // Not a terminal: the prompt is written to sys.stdout (written through, nothing to flush).
            if (!args.isEmpty()) in.stdoutFile.writeObject(() -> in.ops.str(args.get(0)));
            String line = in.stdin.readLine();
            if (line == null) throw new PyRaise("EOFError", "EOF when reading a line");
            return in.values.str(line);
        });
    }

    /** vars(o): the object's __dict__ (vars() without an argument, the caller's locals, is refused before the run). */
    private static PyObject vars(Interpreter in, java.util.List<PyObject> args) {
        PyObject o = NativeModule.one("vars", args);
        if (o instanceof PyInstance i && InstanceDicts.hasDict(i)) return in.heap.newRef(in.instanceDicts.dictOf(i));
        if (o instanceof PyClass || o instanceof PyBuiltin b && in.builtinImpl.isTypeObject(b)) return in.getAttr(o, "__dict__");
        if (o instanceof PyFunction || o instanceof PyNamespace) return in.getAttr(o, "__dict__");
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
                || (o instanceof PyInstance i && i.cls.lookup("__call__") != null);
    }
}
