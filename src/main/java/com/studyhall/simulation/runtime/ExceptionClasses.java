package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.ExceptionState;
import com.studyhall.simulation.heap.PyClass;
import com.studyhall.simulation.heap.PyDict;
import com.studyhall.simulation.heap.PyInstance;
import com.studyhall.simulation.heap.PyRaise;
import com.studyhall.simulation.heap.PyInt;
import com.studyhall.simulation.heap.PyObject;
import com.studyhall.simulation.heap.PyStr;
import com.studyhall.simulation.heap.PyTuple;
import com.studyhall.simulation.heap.Subclasses;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        m.put(ExceptionGroups.BASE, "BaseException");
        // ExceptionGroup(BaseExceptionGroup, Exception): its second base is in SECOND_BASES.
        m.put(ExceptionGroups.GROUP, ExceptionGroups.BASE);
        for (String n : List.of("StopIteration", "ArithmeticError", "AssertionError", "AttributeError", "BufferError",
                "EOFError", "ImportError", "LookupError", "MemoryError", "NameError", "ReferenceError", "RuntimeError",
                "SyntaxError", "TypeError", "ValueError", "OSError", "StopAsyncIteration", "SystemError", "Warning")) {
            m.put(n, "Exception");
        }
        for (String n : List.of("BlockingIOError", "ChildProcessError", "ConnectionError", "FileExistsError",
                "FileNotFoundError", "InterruptedError", "IsADirectoryError", "NotADirectoryError", "PermissionError",
                "ProcessLookupError", "TimeoutError")) {
            m.put(n, "OSError");
        }
        for (String n : List.of("BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError")) {
            m.put(n, "ConnectionError");
        }
        m.put("IndentationError", "SyntaxError");
        m.put("TabError", "IndentationError");
        for (String n : List.of("BytesWarning", "DeprecationWarning", "EncodingWarning", "FutureWarning", "ImportWarning",
                "PendingDeprecationWarning", "ResourceWarning", "RuntimeWarning", "SyntaxWarning", "UnicodeWarning", "UserWarning")) {
            m.put(n, "Warning");
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
        m.put("UnicodeTranslateError", "UnicodeError");
        return m;
    }

    /** The builtin classes with a second base (a heap type CPython makes with a tuple of bases). */
    private static final Map<String, String> SECOND_BASES = Map.of(ExceptionGroups.GROUP, "Exception");

    /** Builtin names that are the same class as another (kept for Python 2 era code). */
    static final Map<String, String> ALIASES = Map.of("IOError", "OSError", "EnvironmentError", "OSError");

    /**
     * The object members (PyMemberDef) a builtin class adds to BaseException's fields, in its
     * tp_traverse order; subclasses inherit them. NameError's name and AttributeError's obj and name
     * are set by the interpreter's own errors (ExceptionHandling.nameErrorContext, attributeErrorContext).
     * ImportError's msg is its one argument, name and path come by keyword. Members of SyntaxError
     * and UnicodeError are not modelled.
     */
    private static final Map<String, String[]> MEMBERS = Map.of(
            "StopIteration", new String[] {"value"},
            "ImportError", new String[] {"msg", "name", "path"},
            "NameError", new String[] {"name"},
            "AttributeError", new String[] {"obj", "name"},
            "SystemExit", new String[] {"code"},
            "OSError", new String[] {"errno", "strerror", "filename", "filename2"},
            ExceptionGroups.BASE, ExceptionGroups.MEMBERS);

    /** tp_basicsize past BaseException's 72 bytes, for the classes whose struct is larger. */
    private static final Map<String, Integer> EXTRA_SIZE = Map.ofEntries(
            Map.entry("StopIteration", 8), Map.entry("SystemExit", 8), Map.entry("NameError", 8),
            Map.entry("AttributeError", 16), Map.entry("ImportError", 24), Map.entry("OSError", 40),
            Map.entry("SyntaxError", 64), Map.entry("UnicodeEncodeError", 40), Map.entry("UnicodeDecodeError", 40),
            Map.entry("UnicodeTranslateError", 40), Map.entry(ExceptionGroups.BASE, 16));

    /**
     * errno values OSError(errno, strerror) turns into a subclass (Objects/exceptions.c's errnomap
     * with Linux's numbers).
     */
    private static final Map<Long, String> ERRNO_CLASSES = Map.ofEntries(
            Map.entry(11L, "BlockingIOError"), Map.entry(114L, "BlockingIOError"), Map.entry(115L, "BlockingIOError"),
            Map.entry(32L, "BrokenPipeError"), Map.entry(108L, "BrokenPipeError"), Map.entry(10L, "ChildProcessError"),
            Map.entry(103L, "ConnectionAbortedError"), Map.entry(111L, "ConnectionRefusedError"),
            Map.entry(104L, "ConnectionResetError"), Map.entry(17L, "FileExistsError"), Map.entry(2L, "FileNotFoundError"),
            Map.entry(21L, "IsADirectoryError"), Map.entry(20L, "NotADirectoryError"), Map.entry(4L, "InterruptedError"),
            Map.entry(13L, "PermissionError"), Map.entry(1L, "PermissionError"), Map.entry(3L, "ProcessLookupError"),
            Map.entry(110L, "TimeoutError"));

    /** The nearest builtin ancestor's value in table, or null. */
    private static <T> T layout(PyClass cls, Map<String, T> table) {
        for (PyClass k : cls.mro) {
            if (k.builtin && table.containsKey(k.name)) return table.get(k.name);
        }
        return null;
    }

    /** The bytes an instance of cls has past BaseException's struct. */
    static int extraSize(PyClass cls) {
        Integer extra = layout(cls, EXTRA_SIZE);
        // An instance of ExceptionGroup itself counts its weak-reference slot here; a subclass's is counted with its own.
        if (cls.builtin && cls.name.equals(ExceptionGroups.GROUP)) return extra + 8;
        return extra == null ? 0 : extra;
    }

    private final Interpreter in;
    private final Map<String, PyClass> made = new HashMap<>();

    ExceptionClasses(Interpreter in) {
        this.in = in;
    }

    static boolean isName(String name) {
        return BASES.containsKey(name) || ALIASES.containsKey(name);
    }

    /**
     * The exception classes of library modules, by qualified name (module and class), with their
     * builtin base: Python classes in CPython (their instances have a __dict__), reached by a
     * program only through their module, so no bare name finds them.
     */
    static final Map<String, String> MODULE_CLASSES = Map.of(
            "json.decoder.JSONDecodeError", "ValueError", "statistics.StatisticsError", "ValueError",
            DataclassesModule.FROZEN_ERROR, "AttributeError", StructModule.ERROR, "Exception");

    /** The class named (made on first use with its ancestors); null when the lab has no such class. */
    PyClass get(String name) {
        if (ALIASES.containsKey(name)) name = ALIASES.get(name);
        if (MODULE_CLASSES.containsKey(name)) return moduleClass(name);
        if (!BASES.containsKey(name)) return null;
        PyClass c = made.get(name);
        if (c != null) return c;
        String baseName = BASES.get(name);
        List<PyClass> bases = new ArrayList<>();
        if (baseName != null) bases.add(get(baseName));
        if (SECOND_BASES.containsKey(name)) bases.add(get(SECOND_BASES.get(name)));
        PyDict dict = in.values.shared(new PyDict());
        c = new PyClass(name, dict, bases, PyClass.linearize(bases, new ArrayList<>()), null, 0);
        c.builtin = true;
        c.subclasses = new Subclasses(STARTUP_SUBCLASSED.contains(name));
        // BaseException has no __weakref__ slot: a subclass statement adds the descriptor. ExceptionGroup
        // is a heap type (made by a class statement in C), so its instances have one, 8 bytes past its base's.
        c.instanceWeakrefs = name.equals(ExceptionGroups.GROUP);
        in.values.shared(c);
        made.put(name, c);
        return c;
    }

    /** A library module's exception class, made on first use as the module's class statement makes it. */
    private PyClass moduleClass(String qualified) {
        PyClass c = made.get(qualified);
        if (c != null) return c;
        List<PyClass> bases = List.of(get(MODULE_CLASSES.get(qualified)));
        int dot = qualified.lastIndexOf('.');
        c = new PyClass(qualified.substring(dot + 1), in.values.shared(new PyDict()), bases,
                PyClass.linearize(bases, new ArrayList<>()), null, 0);
        c.module = qualified.substring(0, dot);
        c.subclasses = new Subclasses(false);
        in.values.shared(c);
        made.put(qualified, c);
        return c;
    }

    /** The name traceback prints for an exception's class: qualified by its module unless builtin or the program's own. */
    static String reportedName(PyClass cls) {
        return cls.module == null || cls.builtin ? cls.name : cls.module + "." + cls.name;
    }

    /**
     * The builtin exception classes that have subclasses when a program starts (builtin ones, or
     * the standard library's imported at start-up), so their tp_subclasses dict exists already
     * (python3 3.11.7: {@code type.__subclasses__(cls) != []}).
     */
    private static final Set<String> STARTUP_SUBCLASSED = Set.of("ArithmeticError", "BaseException",
            "BaseExceptionGroup", "ConnectionError", "Exception", "ImportError", "IndentationError", "LookupError",
            "NameError", "OSError", "RuntimeError", "SyntaxError", "SystemError", "UnicodeError", "ValueError", "Warning");

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

    /**
     * BaseException_new: the instance holds the class and the argument tuple (an owned reference).
     * OSError(errno, strerror) makes the errno's subclass; a class without its own __init__ runs the
     * builtin one, which sets the members from args.
     */
    PyInstance instance(PyClass cls, PyObject args) {
        if (cls == get("OSError") && args instanceof PyTuple t && t.items.length >= 2 && t.items.length <= 5
                && t.items[0] instanceof PyInt errno && errno.fitsLong() && ERRNO_CLASSES.containsKey(errno.longValue())) {
            cls = get(ERRNO_CLASSES.get(errno.longValue()));
        }
        in.heap.incref(cls);
        PyInstance inst = in.heap.alloc(new PyInstance(cls));
        String[] members = layout(cls, MEMBERS);
        inst.exc = new ExceptionState(args, members == null ? new String[0] : members);
        inst.exc.extraSize = extraSize(cls);
        if (!(cls.lookup("__init__") instanceof com.studyhall.simulation.heap.PyFunction)) initMembers(inst);
        return inst;
    }

    /**
     * StopIteration_init (value: the first argument or None), SystemExit_init (code: None, the one
     * argument, or the tuple) and OSError_init (from two to five arguments: errno, strerror,
     * filename, winerror, filename2; with a filename, args keeps only the first two), after args is set.
     */
    void initMembers(PyInstance e) {
        ExceptionState x = e.exc;
        if (x.members.length == 0 || !(x.args instanceof PyTuple args)) return;
        PyObject[] a = args.items;
        switch (x.memberNames[0]) {
            case "value" -> setMember(x, 0, a.length > 0 ? a[0] : in.values.none);
            case "code" -> setMember(x, 0, a.length == 0 ? null : a.length == 1 ? a[0] : args);
            case "message" -> { } // BaseExceptionGroup_new sets the group's members itself.
            case "name", "obj" -> { } // NameError_init and AttributeError_init take them by keyword only.
            case "msg" -> setMember(x, 0, a.length == 1 ? a[0] : null); // ImportError_init: msg only from one argument

            default -> {
                if (a.length < 2 || a.length > 5) return;
                PyObject filename = a.length >= 3 && !(a[2] instanceof com.studyhall.simulation.heap.PyNone) ? a[2] : null;
                if (filename != null) {
                    setMember(x, 2, filename);
                    if (a.length == 5 && !(a[4] instanceof com.studyhall.simulation.heap.PyNone)) setMember(x, 3, a[4]);
                }
                setMember(x, 0, a[0]);
                setMember(x, 1, a[1]);
                if (filename != null) {
                    PyObject old = x.args;
                    x.args = in.heap.alloc(new PyTuple(new PyObject[] {in.heap.newRef(a[0]), in.heap.newRef(a[1])}));
                    in.heap.decref(old);
                }
            }
        }
    }

    /**
     * NameError_init, AttributeError_init and ImportError_init take their members by keyword (name=,
     * obj=; ImportError's name= and path=, its msg being the argument); every other builtin __init__
     * takes no keywords.
     */
    void checkKeywords(PyClass cls, Map<String, PyObject> kwargs) {
        if (kwargs.isEmpty()) return;
        String[] members = layout(cls, MEMBERS);
        boolean byKeyword = members != null && List.of("name", "obj", "msg").contains(members[0]);
        if (!byKeyword) throw new PyRaise("TypeError", cls.name + "() takes no keyword arguments");
        String owner = members[0].equals("msg") ? "ImportError" : members.length == 1 ? "NameError" : "AttributeError";
        List<String> keywords = members[0].equals("msg") ? List.of("name", "path") : List.of(members);
        for (String k : kwargs.keySet()) {
            if (!keywords.contains(k)) {
                throw new PyRaise("TypeError", "'" + k + "' is an invalid keyword argument for " + owner + "()");
            }
        }
    }

    /** The members given by keyword (checked by checkKeywords), set as their __init__ sets them. */
    void keywordMembers(PyInstance e, Map<String, PyObject> kwargs) {
        for (Map.Entry<String, PyObject> k : kwargs.entrySet()) {
            int i = e.exc.member(k.getKey());
            if (i >= 0) setMember(e.exc, i, k.getValue());
        }
    }

    void setMember(ExceptionState x, int i, PyObject value) {
        PyObject old = x.members[i];
        x.members[i] = value == null ? null : in.heap.newRef(value);
        in.heap.decref(old);
    }

    /** OSError_str: "[Errno 2] No such file: 'f.txt'" once errno and strerror (and a filename) are set; null otherwise. */
    private String osErrorStr(PyInstance e) {
        ExceptionState x = e.exc;
        if (x.members.length != 4 || !x.memberNames[0].equals("errno")) return null;
        PyObject errno = x.members[0], strerror = x.members[1], filename = x.members[2], filename2 = x.members[3];
        if (filename != null) {
            String s = "[Errno " + in.ops.str(errno == null ? in.values.none : errno) + "] "
                    + in.ops.str(strerror == null ? in.values.none : strerror) + ": " + in.ops.repr(filename);
            return filename2 == null ? s : s + " -> " + in.ops.repr(filename2);
        }
        if (errno != null && strerror != null) return "[Errno " + in.ops.str(errno) + "] " + in.ops.str(strerror);
        return null;
    }

    /** BaseException.__str__: '' for no args, str(arg) for one (repr for KeyError), str(args) otherwise. */
    String str(PyInstance e) {
        if (e.exc.memberNames == ExceptionGroups.MEMBERS) return in.exceptions.groups.str(e);
        String os = osErrorStr(e);
        if (os != null) return os;
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
