package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.ExceptionState;
import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyStr;
import com.studyhall.simulation.heap.PyTuple;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPython's builtin exception hierarchy as classes a program can name, catch and subclass. They
 * are static types in CPython, so here they are shared objects made on first use (programs that
 * never touch an exception allocate nothing for them).
 */
final class ExceptionClasses {
    /** Each builtin exception class the lab models, with its base. */
    static final Map<String, String> BASES = hierarchy();

    private static Map<String, String> hierarchy() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("BaseException", null);
        for (String n : List.of("SystemExit", "KeyboardInterrupt", "GeneratorExit", "Exception")) m.put(n, "BaseException");
        for (String n : List.of("StopIteration", "ArithmeticError", "AssertionError", "AttributeError", "BufferError",
                "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "ReferenceError", "RuntimeError",
                "SyntaxError", "TypeError", "ValueError")) {
            m.put(n, "Exception");
        }
        for (String n : List.of("ZeroDivisionError", "OverflowError", "FloatingPointError")) m.put(n, "ArithmeticError");
        m.put("ModuleNotFoundError", "ImportError");
        m.put("IndexError", "LookupError");
        m.put("KeyError", "LookupError");
        m.put("UnboundLocalError", "NameError");
        m.put("RecursionError", "RuntimeError");
        m.put("NotImplementedError", "RuntimeError");
        m.put("UnicodeError", "ValueError");
        m.put("UnicodeDecodeError", "UnicodeError");
        m.put("UnicodeEncodeError", "UnicodeError");
        return m;
    }

    private final Interpreter in;
    private final Map<String, PyClass> made = new HashMap<>();

    ExceptionClasses(Interpreter in) {
        this.in = in;
    }

    static boolean isName(String name) {
        return BASES.containsKey(name);
    }

    /** The class named (made on first use with its ancestors); null when the lab has no such class. */
    PyClass get(String name) {
        if (!BASES.containsKey(name)) return null;
        PyClass c = made.get(name);
        if (c != null) return c;
        String baseName = BASES.get(name);
        List<PyClass> bases = new ArrayList<>();
        if (baseName != null) bases.add(get(baseName));
        PyDict dict = in.values.shared(new PyDict());
        c = new PyClass(name, dict, bases, PyClass.linearize(bases, new ArrayList<>()), null, 0);
        c.builtin = true;
        // BaseException has no __weakref__ slot: a subclass statement adds the descriptor.
        c.instanceWeakrefs = false;
        in.values.shared(c);
        made.put(name, c);
        return c;
    }

    static boolean isException(PyClass c) {
        for (PyClass k : c.mro) if (k.builtin) return true;
        return false;
    }

    /**
     * A new exception instance of a builtin class named by a native error: args is (message,)
     * (the key itself for KeyError), or () when there is no message.
     */
    PyInstance make(String type, String message, PyObject arg) {
        PyClass cls = get(type);
        if (cls == null) cls = get("RuntimeError");
        PyObject args;
        if (arg == null && type.equals("KeyError") && message.length() >= 2 && message.startsWith("'") && message.endsWith("'")) {
            // A native KeyError whose message is already the repr of a str key.
            arg = in.values.str(message.substring(1, message.length() - 1));
        }
        if (arg != null) {
            args = in.heap.alloc(new PyTuple(new PyObject[] {arg}));
        } else if (message == null || message.isEmpty()) {
            args = in.heap.newRef(in.values.emptyTuple);
        } else {
            args = in.heap.alloc(new PyTuple(new PyObject[] {in.values.str(message)}));
        }
        return instance(cls, args);
    }

    /** BaseException_new: the instance holds the class and the argument tuple (an owned reference). */
    PyInstance instance(PyClass cls, PyObject args) {
        in.heap.incref(cls);
        PyInstance inst = in.heap.alloc(new PyInstance(cls));
        inst.exc = new ExceptionState(args);
        return inst;
    }

    /** BaseException.__str__: '' for no args, str(arg) for one (repr for KeyError), str(args) otherwise. */
    String str(PyInstance e) {
        PyTuple args = (PyTuple) e.exc.args;
        if (args == null || args.items.length == 0) return "";
        if (args.items.length == 1) {
            PyObject a = args.items[0];
            boolean keyError = e.cls.isSubclassOf(get("KeyError"));
            return keyError ? in.ops.repr(a) : in.ops.str(a);
        }
        return in.ops.repr(args);
    }

    /** BaseException.__repr__: ValueError('bad'), TypeError(), E(1, 2). */
    String repr(PyInstance e) {
        PyTuple args = (PyTuple) e.exc.args;
        if (args == null || args.items.length == 0) return e.cls.name + "()";
        if (args.items.length == 1) return e.cls.name + "(" + in.ops.repr(args.items[0]) + ")";
        return e.cls.name + in.ops.repr(args);
    }

    /** The text of the last line of an uncaught exception's report: "KeyError: 'x'" or "E". */
    String reportLine(PyInstance e) {
        String s = in.ops.str(e);
        return s.isEmpty() ? e.cls.name : e.cls.name + ": " + s;
    }

    static String text(PyObject message) {
        return message instanceof PyStr s ? s.value : "";
    }
}
