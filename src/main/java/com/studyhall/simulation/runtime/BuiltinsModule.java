package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.syntax.TokenType;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The builtins module: print, len, the constructors of the builtin types and the other builtin functions. */
final class BuiltinsModule extends NativeModule {
    /** Builtins that are type objects: int, str... are the same objects as the constructors of those names. */
    static final Set<String> TYPE_NAMES = PyBuiltin.TYPE_NAMES;

    private final Builtins p;
    /** What isinstance() and issubclass() answer. */
    final ClassChecks classChecks;

    /** id(x): a 64-bit address, 16 bytes per object number above a base (ctypes reads it back). */
    static final long ID_BASE = 0x7f0000000000L;
    static final long ID_STEP = 16L;

    /**
     * The entries CPython's __main__ dict has before a script's first line (python3 f.py, measured):
     * __name__, __doc__, __package__, __loader__, __spec__, __annotations__, __builtins__, __file__,
     * __cached__. The checker lets globals() run only where these need no objects of their own.
     */
    static final int STARTUP_ENTRIES = 9;

    static long idOf(PyObject o) {
        return ID_BASE + o.id * ID_STEP;
    }

    /** The ids handed out whose int is still alive: {the int, the object}. */
    private final List<PyObject[]> idsHeld = new ArrayList<>();

    /**
     * id(x). The lab never gives a freed object's number to another, while CPython's allocator
     * usually hands the freed block to the next object of its size class (`id([]) == id([])` is
     * True). So an id taken while the id of an object allocated before x, and freed since, is still
     * held (a name, a list, the stack) is not supported: the two could compare equal in CPython.
     */
    private PyObject id(PyObject o) {
        idsHeld.removeIf(pair -> pair[0].freed);
        for (PyObject[] pair : idsHeld) {
            if (pair[1].freed && pair[1].id < o.id) {
                throw new PyRaise("TypeError", "id() of an object made after another whose id() is still held has died "
                        + "(CPython may give the new object the dead one's address) is not supported in the memory lab");
            }
        }
        PyObject r = v.integer(idOf(o));
        idsHeld.add(new PyObject[] {r, o});
        return r;
    }

    /** slice_new: one to three bounds, a lone one the stop; reached through tp_call (Builtins.TP_CALL_TYPES). */
    private PyObject slice(List<PyObject> args, Map<String, PyObject> kw) {
        if (!kw.isEmpty()) throw new PyRaise("TypeError", "slice() takes no keyword arguments");
        if (args.isEmpty()) throw new PyRaise("TypeError", "slice expected at least 1 argument, got 0");
        if (args.size() > 3) throw new PyRaise("TypeError", "slice expected at most 3 arguments, got " + args.size());
        PyObject start = args.size() == 1 ? v.none : args.get(0);
        PyObject stop = args.size() == 1 ? args.get(0) : args.get(1);
        PyObject step = args.size() == 3 ? args.get(2) : v.none;
        return heap.alloc(new SliceValue(heap.newRef(start), heap.newRef(stop), heap.newRef(step)));
    }

    BuiltinsModule(Interpreter in, Builtins protocols) {
        super("builtins", in);
        this.p = protocols;
        this.classChecks = new ClassChecks(in, protocols);
        keywordFunction("print", this::print);
        function("len", (args, kw) -> {
            PyObject o = one("len", args);
            // The module dict's startup entries (__name__ ... __cached__) are not kept in the lab's.
            return v.integer(p.len(o) + (o == in.globals ? STARTUP_ENTRIES : 0));
        });
        function("globals", (args, kw) -> {
            if (!args.isEmpty()) throw new PyRaise("TypeError", "globals() takes no arguments (" + args.size() + " given)");
            return heap.newRef(in.globals);
        });
        function("locals", (args, kw) -> {
            if (!args.isEmpty()) throw new PyRaise("TypeError", "locals() takes no arguments (" + args.size() + " given)");
            return heap.newRef(FrameLocals.of(in));
        });
        function("range", (args, kw) -> range(args));
        function("slice", (args, kw) -> slice(args, kw));
        // Hidden names the dataclass methods written into a class body call (syntax.Dataclasses):
        // the class's Field for each own field, and FrozenInstanceError for a frozen class.
        function("__dataclass_field__", (args, kw) -> dataclasses().classField(args));
        function("__dataclass_frozen_error__", (args, kw) ->
                in.callNative(in.exceptions.classes.get(DataclassesModule.FROZEN_ERROR), args, Map.of()));
        function("id", (args, kw) -> id(one("id", args)));
        keywordFunction("type", (args, kw) -> {
            if (args.size() == 3) return in.typeCall.make(args, kw);
            if (args.size() != 1) throw new PyRaise("TypeError", "type() takes 1 or 3 arguments");
            if (!kw.isEmpty()) throw new PyRaise("TypeError", "type() takes no keyword arguments");
            PyObject o = args.get(0);
            if (o instanceof PyInstance i) return heap.newRef(i.cls);
            if (o instanceof PyNamedTuple t) return heap.newRef(t.cls);
            if (CollectionsModule.classOf(o) != null) return p.moduleFunction("collections", CollectionsModule.classOf(o));
            if (o instanceof PyChainMapView w) return p.typeObject("collections.abc." + w.kind);
            if (o instanceof PyClass c && c.metaclass != null) return heap.newRef(c.metaclass);
            // typing's metaclasses: every class over a protocol (concrete ones too) and every TypedDict class.
            if (o instanceof PyClass c && in.protocolClasses.madeByProtocolMeta(c)) return p.typeObject("typing._ProtocolMeta");
            if (in.typedDicts.is(o)) return p.typeObject("typing._TypedDictMeta");
            if (o instanceof PyClass c && c.abcMeta) return p.typeObject("abc.ABCMeta");
            if (o instanceof PyClass c && c.enumKind != null) return p.typeObject("enum.EnumType");
            if (o instanceof PyBuiltin b && Builtins.isModuleType(b)) return p.typeObject(Builtins.metaclassOfModuleType(b));
            // ChainMap is a MutableMapping: its class is made by abc.ABCMeta (the other four are C types).
            if (o instanceof PyBuiltin b && Builtins.isCollectionsClass(b) && b.name.equals("ChainMap")) return p.typeObject("abc.ABCMeta");
            // type(r) is weakref.ref: the module's function stands for the type.
            if (o.getClass() == PyWeakref.class) return p.moduleFunction("weakref", "ref");
            if (!(o instanceof PyInstance) && Builtins.WEAKREF_PYTHON_CLASSES.contains(o.typeName())) return p.moduleFunction("weakref", o.typeName());
            return p.typeObject(o instanceof PyClass ? "type" : o.typeName());
        });
        function("isinstance", (args, kw) -> isinstance(args));
        function("repr", (args, kw) -> StrObjects.repr(in, one("repr", args)));
        // builtin_ascii is PyObject_ASCII, the !a conversion's function.
        function("ascii", (args, kw) -> StrObjects.ascii(in, one("ascii", args)));
        function("abs", (args, kw) -> {
            PyObject o = one("abs", args);
            if (o instanceof PyInt i) return v.integer(i.value().abs());
            if (o instanceof PyFraction f) return ((FractionType) p.types.of(f)).abs(f);
            if (o instanceof PyFloat f) return v.floating(Math.abs(f.value));
            if (o instanceof PyComplex z) return ((ComplexType) p.types.of(z)).abs(z);
            if (o instanceof PyTimedelta) return ((TimedeltaType) p.types.of(o)).abs(o);
            if (o instanceof PyInstance) {
                PyObject r = p.types.instances().special(o, "__abs__");
                if (r != null) return r;
                // int's or float's own __abs__ of a subclass's instance: a plain number.
                if (BuiltinBases.receiver(o) instanceof PyInt i) return v.integer(i.value().abs());
                if (BuiltinBases.receiver(o) instanceof PyFloat f) return v.floating(Math.abs(f.value));
            }
            throw new PyRaise("TypeError", "bad operand type for abs(): '" + o.typeName() + "'");
        });
        keywordFunction("str", (args, kw) -> {
            // PyObject_Str answers an exact str itself, and what a class's __str__ returned.
            if (args.size() <= 1 && kw.isEmpty()) return args.isEmpty() ? v.str("") : StrObjects.str(in, args.get(0));
            // str(b, encoding, errors): the bytes decoded (PyUnicode_FromEncodedObject).
            if (args.size() > 3) throw new PyRaise("TypeError", "str() takes at most 3 arguments (" + args.size() + " given)");
            if (args.isEmpty()) throw new PyRaise("TypeError", "str() argument 'object' missing");
            PyObject o = args.get(0);
            if (o instanceof PyStr) throw new PyRaise("TypeError", "decoding str is not supported");
            if (BytesLikeType.buffer(o) == null) {
                throw new PyRaise("TypeError", "decoding to str: need a bytes-like object, " + o.typeName() + " found");
            }
            return p.callMethod(o, "decode", args.subList(1, args.size()), kw);
        });
        function("bool", (args, kw) -> v.bool(!args.isEmpty() && in.ops.truthy(args.get(0))));
        function("list", (args, kw) -> filled(heap.allocFromType(new PyList(new ArrayList<>(), 0)), l -> {
            if (!args.isEmpty()) p.extend(l, args.get(0));
        }));
        function("tuple", (args, kw) -> {
            if (args.isEmpty()) return v.emptyTuple;
            if (args.get(0).getClass() == PyTuple.class) return heap.newRef(args.get(0));
            // PySequence_Tuple: the iterator, then PyObject_LengthHint (a class's __len__ runs after its __iter__).
            List<PyObject> items = p.sizedInstanceItems(args.get(0));
            if (items == null) items = p.iterate(args.get(0));
            if (items.isEmpty()) return v.emptyTuple;
            items.forEach(heap::incref);
            return heap.alloc(new PyTuple(items.toArray(new PyObject[0])));
        });
        function("set", (args, kw) -> filled(heap.alloc(new PySet()), s -> {
            if (!args.isEmpty()) {
                // set_update_internal: a set or dict source is merged with one presizing resize.
                if (args.get(0) instanceof PySet src) s.copyTableIfSameSize(src, src.size());
                else if (args.get(0) instanceof PyDict) s.reserveFor((int) p.len(args.get(0)));
                p.addEachIterated(s, args.get(0));
            }
        }));
        function("frozenset", (args, kw) -> {
            Args.count("frozenset", args, 0, 1);
            // frozenset_new: a frozenset given a frozenset is that frozenset.
            if (!args.isEmpty() && args.get(0).getClass() == PyFrozenSet.class) return heap.newRef(args.get(0));
            return filled(heap.alloc(new PyFrozenSet()), s -> {
                if (args.isEmpty()) return;
                if (args.get(0) instanceof PySet src) s.copyTableIfSameSize(src, src.size());
                else if (args.get(0) instanceof PyDict) s.reserveFor((int) p.len(args.get(0)));
                p.addEachIterated(s, args.get(0));
            });
        });
        keywordFunction("dict", (args, kw) -> filled(heap.allocFromType(new PyDict()), d -> {
            if (args.size() > 1) throw new PyRaise("TypeError", "dict expected at most 1 argument, got " + args.size());
            if (!args.isEmpty()) p.update(d, args.get(0));
            if (!kw.isEmpty()) {
                // The keywords arrive as a presized dict (_PyStack_AsDict) that is merged in.
                if (d.map.isEmpty()) d.presize(kw.size(), true);
                for (Map.Entry<String, PyObject> e : kw.entrySet()) p.put(d, v.intern(e.getKey()), heap.newRef(e.getValue()));
            }
        }));
        keywordFunction("sum", (args, kw) -> {
            // sum(iterable, /, start=0): an Argument Clinic function, so start may come by name;
            // its checks in _PyArg_UnpackKeywords's order.
            if (args.size() + kw.size() > 2) {
                throw new PyRaise("TypeError", "sum() takes at most 2 arguments (" + (args.size() + kw.size()) + " given)");
            }
            if (args.isEmpty()) throw new PyRaise("TypeError", "sum() takes at least 1 positional argument (0 given)");
            for (String name : kw.keySet()) {
                if (!name.equals("start")) throw new PyRaise("TypeError", "'" + name + "' is an invalid keyword argument for sum()");
            }
            if (!kw.isEmpty()) p.clinicParser("sum", 1);
            return sum(kw.containsKey("start") ? List.of(args.get(0), kw.get("start")) : args);
        });
        keywordFunction("enumerate", (args, kw) -> {
            if (args.size() + kw.size() > 2) {
                throw new PyRaise("TypeError", "enumerate() takes at most 2 arguments (" + (args.size() + kw.size()) + " given)");
            }
            for (String name : kw.keySet()) {
                if (!name.equals("start") && !(name.equals("iterable") && args.isEmpty())) {
                    throw new PyRaise("TypeError", "'" + name + "' is an invalid keyword argument for enumerate()");
                }
            }
            PyObject iterable = args.isEmpty() ? kw.get("iterable") : args.get(0);
            if (iterable == null) throw new PyRaise("TypeError", "enumerate() missing required argument 'iterable'");
            PyObject start = args.size() > 1 ? args.get(1) : kw.get("start");
            long first = start == null ? 0 : Args.integer(start);
            PyObject inner = p.getIter(iterable);
            PyIter en = heap.alloc(new PyIter("enumerate", inner));
            en.index = first;
            en.result = heap.alloc(new PyTuple(new PyObject[] {v.none, v.none}));
            return en;
        });
        IterationBuiltins.install(this, in, protocols);
        NumberBuiltins.install(this, in);
        ObjectBuiltins.install(this, in, protocols);
        DirBuiltin.install(this, in);
        BytesBuiltins.install(this, in, protocols);
        classFunctions();
    }

    /**
     * Making a property (property() or a setter's copy), a staticmethod or a classmethod makes and
     * frees an object CPython 3.11 takes from the 1-tuple free list (measured with python3 3.11.7:
     * one more in gc.get_count() right after a full collection, none when the free list has one;
     * not traced to its source in type_call): counted.
     */
    static void propertyInitTemporary(Heap heap) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
    }

    /**
     * property_init's doc: the argument when it is not None, else the getter's __doc__, None too
     * (getter_doc). Only a program's function (or bound method) has a __doc__ the lab models.
     */
    static void propertyDoc(Interpreter in, PyDescriptor p, PyObject given) {
        if (given != null && !(given instanceof PyNone)) {
            p.doc = in.heap.newRef(given);
            return;
        }
        if (p.fget == null) return;
        if (!(p.fget instanceof PyFunction || p.fget instanceof PyBoundMethod)) {
            p.docUnknown = true;
            return;
        }
        p.doc = in.getAttr(p.fget, "__doc__");
        p.getterDoc = true;
    }

    /** The builtins that make and inspect classes: decorators, super(), issubclass. */
    private void classFunctions() {
        function("staticmethod", (args, kw) -> wrap("staticmethod", one("staticmethod", args)));
        function("classmethod", (args, kw) -> wrap("classmethod", one("classmethod", args)));
        keywordFunction("property", (args, kw) -> {
            if (args.size() > 4) throw new PyRaise("TypeError", "property() takes at most 4 arguments (" + args.size() + " given)");
            PyObject[] f = new PyObject[3];
            String[] names = {"fget", "fset", "fdel"};
            for (int i = 0; i < 3; i++) {
                PyObject given = i < args.size() ? args.get(i) : kw.get(names[i]);
                f[i] = given == null || given instanceof PyNone ? null : heap.newRef(given);
            }
            propertyInitTemporary(heap);
            PyDescriptor made = heap.alloc(new PyDescriptor("property", f[0], f[1], f[2]));
            propertyDoc(in, made, args.size() > 3 ? args.get(3) : kw.get("doc"));
            return made;
        });
        function("super", (args, kw) -> makeSuper(args));
        function("issubclass", (args, kw) -> {
            if (args.size() != 2) throw new PyRaise("TypeError", "issubclass expected 2 arguments, got " + args.size());
            return v.bool(classChecks.isSubclass(args.get(0), args.get(1)));
        });
        function("object", (args, kw) -> {
            if (!args.isEmpty()) throw new PyRaise("TypeError", "object() takes no arguments");
            return heap.alloc(new PyPlainObject());
        });
    }

    /** staticmethod(f) and classmethod(f) hold the function. */
    /**
     * sm_init/cm_init: functools_wraps copies the function's __module__, __name__, __qualname__,
     * __doc__ and __annotations__ into the wrapper's own __dict__ (made then, counted), reading the
     * function's __annotations__ (a dict made on first read).
     */
    private PyObject wrap(String kind, PyObject f) {
        PyDescriptor d = heap.alloc(new PyDescriptor(kind, heap.newRef(f), null, null));
        // As for a property, the measured 1-tuple temporary (propertyInitTemporary), alive while the copies are made.
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
        d.countedDict = true;
        if (f instanceof PyFunction fn) heap.decref(p.types.of(fn).attribute(fn, "__annotations__"));
        if (f instanceof PyBuiltin) failedAnnotationsRead();
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        return d;
    }

    /**
     * A builtin function has no __annotations__: functools_copy_attr's PyObject_GetAttr fails, and
     * set_attribute_error_context normalizes the AttributeError to set its name and obj (the
     * exception, counted, and its args 1-tuple) before the error is cleared: the exception is
     * freed, the tuple goes to the free list.
     */
    private void failedAnnotationsRead() {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        // BaseException_dealloc clears the args first; the exception itself is freed last.
        heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 1);
        heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
    }

    /**
     * super(): without arguments, the method's defining class (its __class__ cell) and its first
     * argument; super(C, obj) names both.
     */
    private PyObject makeSuper(List<PyObject> args) {
        PyClass type;
        PyObject obj;
        if (args.isEmpty()) {
            Frame f = in.frame();
            if (!(f.function instanceof PyFunction fn) || fn.definingClass == null) {
                throw new PyRaise("RuntimeError", f.function == null ? "super(): no arguments" : "super(): __class__ cell not found");
            }
            if (f.locals.length == 0 || f.locals[0] == null) throw new PyRaise("RuntimeError", "super(): no arguments");
            type = fn.definingClass;
            obj = f.locals[0] instanceof PyCell cell ? cell.contents : f.locals[0];
        } else if (args.size() == 2 && args.get(0) instanceof PyClass t) {
            type = t;
            obj = args.get(1);
        } else {
            throw new PyRaise("TypeError", "super() argument 1 must be a type, not " + args.get(0).typeName());
        }
        PyClass objType = obj instanceof PyInstance i ? i.cls : obj instanceof PyClass c ? c : null;
        // supercheck: a class whose metaclass derives from type (super() in a metaclass's method) has its metaclass as type.
        if (obj instanceof PyClass c && !c.isSubclassOf(type) && c.metaclass != null && c.metaclass.isSubclassOf(type)) {
            objType = c.metaclass;
        }
        if (objType == null || !objType.isSubclassOf(type)) {
            throw new PyRaise("TypeError", "super(type, obj): obj must be an instance or subtype of type");
        }
        heap.incref(type);
        heap.incref(obj);
        heap.incref(objType);
        return heap.alloc(new PySuper(type, obj, objType));
    }

    @Override
    String qualify(String fname) {
        return fname;
    }

    private DataclassesModule dataclasses() {
        return (DataclassesModule) p.nativeModule("dataclasses");
    }

    /** A new container filled by {@code fill}; released again when filling raises, as its tp_init failing frees it. */
    private <T extends PyObject> T filled(T made, java.util.function.Consumer<T> fill) {
        try {
            fill.accept(made);
            return made;
        } catch (RuntimeException | Error e) {
            heap.decref(made);
            throw e;
        }
    }

    /**
     * builtin_print: Argument Clinic's parser (made at the first call) packs the positional
     * arguments into a tuple that lives for the call; each argument, separator and end is a write
     * of its own to sys.stdout or sys.stderr (StandardOutput), and flush=True flushes it.
     */
    private PyObject print(List<PyObject> args, Map<String, PyObject> kwargs) {
        p.clinicParser("print", 4);
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, args.size());
        return p.holdingArguments(args, () -> printPacked(args, kwargs));
    }

    /** print's body while its argument tuple holds the arguments. */
    private PyObject printPacked(List<PyObject> args, Map<String, PyObject> kwargs) {
        try {
            String sep = " ";
            String end = "\n";
            boolean flush = false;
            PyStringIO file = null;
            StandardOutput stream = in.stdoutFile;
            // file=None or absent: whatever sys.stdout is now (contextlib.redirect_stdout may have replaced it).
            PyObject target = ((SysModule) p.nativeModule("sys")).redirectedTo("stdout");
            for (Map.Entry<String, PyObject> kw : kwargs.entrySet()) {
                if (kw.getKey().equals("file") && !(kw.getValue() instanceof PyNone)) target = null;
            }
            if (target instanceof PyStdout std) stream = in.stream(std);
            else if (target instanceof PyStringIO buffer) file = buffer;
            else if (target != null) return printToWriter(target, args, kwargs);
            for (Map.Entry<String, PyObject> kw : kwargs.entrySet()) {
                PyObject val = kw.getValue();
                if (kw.getKey().equals("flush")) {
                    flush = in.ops.truthy(val);
                    continue;
                }
                // file=None is standard output; sys.stdout and sys.stderr write to their own stream.
                if (kw.getKey().equals("file") && val instanceof PyNone) continue;
                if (kw.getKey().equals("file") && val instanceof PyStdout std) {
                    stream = in.stream(std);
                    continue;
                }
                if (kw.getKey().equals("file") && val instanceof PyStringIO buffer) {
                    file = buffer;
                    continue;
                }
                String s = val instanceof PyNone ? null : val instanceof PyStr str ? str.value : "\0bad";
                if ("\0bad".equals(s)) throw new PyRaise("TypeError", kw.getKey() + " must be None or a string, not " + val.typeName());
                if (kw.getKey().equals("sep")) sep = s == null ? " " : s;
                else if (kw.getKey().equals("end")) end = s == null ? "\n" : s;
                else throw new PyRaise("TypeError", "'" + kw.getKey() + "' is an invalid keyword argument for print()");
            }
            if (file != null) {
                printTo(file, args, sep, end, flush);
                return v.none;
            }
            String separator = sep;
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) stream.writeObject(() -> separator);
                PyObject arg = args.get(i);
                stream.writeObject(() -> in.ops.str(arg));
            }
            String ending = end;
            stream.writeObject(() -> ending);
            // flush=True flushes nothing more: both streams write through (StandardOutput).
            return v.none;
        } finally {
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, args.size());
        }
    }

    /**
     * print() while sys.stdout is an object of the program's (a redirect to None prints nothing;
     * another object gets each argument's str, the separators and the end through its write()).
     */
    private PyObject printToWriter(PyObject target, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (target instanceof PyNone) return v.none;
        String sep = kwargs.get("sep") instanceof PyStr s ? s.value : " ";
        String end = kwargs.get("end") instanceof PyStr s ? s.value : "\n";
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) writeTo(target, v.str(sep));
            PyObject arg = args.get(i);
            writeTo(target, arg.getClass() == PyStr.class ? heap.newRef(arg) : v.str(in.ops.str(arg)));
        }
        writeTo(target, v.str(end));
        return v.none;
    }

    private void writeTo(PyObject target, PyObject text) {
        // PyFile_WriteObject: the bound write method, called with the text, both released after.
        PyObject write = in.getAttr(target, "write");
        try {
            heap.decref(p.callValue(write, List.of(text)));
        } finally {
            heap.decref(write);
            heap.decref(text);
        }
    }

    /**
     * print(..., file=buffer): each argument, separator and end written with PyFile_WriteObject (the
     * separator and end as str objects: the default ones are shared one-character strings).
     */
    private void printTo(PyStringIO file, List<PyObject> args, String sep, String end, boolean flush) {
        StringIOType buffers = (StringIOType) p.types.of(file);
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) writeText(buffers, file, sep);
            buffers.writeObject(file, args.get(i));
        }
        writeText(buffers, file, end);
        if (flush) heap.decref(p.callMethod(file, "flush", List.of(), Map.of()));
    }

    private void writeText(StringIOType buffers, PyStringIO file, String text) {
        PyObject s = v.str(text);
        try {
            buffers.writeObject(file, s);
        } finally {
            heap.decref(s);
        }
    }

    private PyObject range(List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "range expected at least 1 argument, got 0");
        if (args.size() > 3) throw new PyRaise("TypeError", "range expected at most 3 arguments, got " + args.size());
        BigInteger[] n = new BigInteger[args.size()];
        for (int i = 0; i < n.length; i++) {
            PyInt x = NumberIndex.of(args.get(i));
            if (x == null) {
                throw new PyRaise("TypeError", "'" + args.get(i).typeName() + "' object cannot be interpreted as an integer");
            }
            n[i] = x.value();
        }
        BigInteger start = n.length == 1 ? BigInteger.ZERO : n[0];
        BigInteger stop = n.length == 1 ? n[0] : n[1];
        BigInteger step = n.length == 3 ? n[2] : BigInteger.ONE;
        if (step.signum() == 0) throw new PyRaise("ValueError", "range() arg 3 must not be zero");
        return heap.alloc(new PyRange(start, stop, step));
    }

    private PyObject isinstance(List<PyObject> args) {
        if (args.size() != 2) throw new PyRaise("TypeError", "isinstance expected 2 arguments, got " + args.size());
        return v.bool(classChecks.isInstance(args.get(0), args.get(1)));
    }

    private PyObject sum(List<PyObject> args) {
        if (args.isEmpty()) throw new PyRaise("TypeError", "sum() takes at least 1 positional argument (0 given)");
        if (args.size() > 1) {
            // builtin_sum_impl refuses these starts before it looks at the iterable.
            String refused = args.get(1) instanceof PyStr ? "strings [use ''.join(seq) instead]"
                    : args.get(1) instanceof PyBytes ? "bytes [use b''.join(seq) instead]"
                    : args.get(1) instanceof PyBytearray ? "bytearray [use b''.join(seq) instead]" : null;
            if (refused != null) throw new PyRaise("TypeError", "sum() can't sum " + refused);
        }
        PyObject acc = args.size() > 1 ? heap.newRef(args.get(1)) : v.integer(0);
        // Streams through the iterator: a huge range never becomes a list.
        PyObject it = p.getIter(args.get(0));
        try {
            for (PyObject o = p.next(it); o != null; o = p.next(it)) {
                try {
                    PyObject nextAcc = in.ops.binary(TokenType.PLUS, acc, o);
                    heap.decref(acc);
                    acc = nextAcc;
                } finally {
                    heap.decref(o);
                }
            }
        } catch (RuntimeException e) {
            heap.decref(acc);
            throw e;
        } finally {
            heap.decref(it);
        }
        return acc;
    }
}
