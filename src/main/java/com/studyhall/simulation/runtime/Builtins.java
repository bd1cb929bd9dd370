package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The object protocols the interpreter calls (as CPython's abstract.c): each dispatches to the
 * type that owns the behaviour ({@link Types}); and the native modules, whose functions are
 * callable values found by name in each module's table.
 */
final class Builtins {
    private final Interpreter in;
    private final Heap heap;
    private final Values v;
    final Types types;
    /** The native modules made so far, by name; the rest are made on first use, from moduleMakers. */
    private final Map<String, NativeModule> modules = new HashMap<>();
    /**
     * How to make each native module other than builtins, gc, sys and weakref, which every run
     * uses: most programs import none of them, and making them all (their function tables) was
     * about a twentieth of a small program's whole run.
     */
    private final Map<String, java.util.function.Supplier<NativeModule>> moduleMakers = new HashMap<>();
    private final BuiltinsModule builtinsModule;
    private final GcModule gcModule;
    private final WeakrefModule weakrefModule;
    private final LazyIterType lazyIterators;
    /** The shared function objects, one per module function (module functions are made once, as in CPython). */
    private final Map<String, PyBuiltin> shared = new HashMap<>();
    /** The special methods of builtin types as callables (int.__add__, [1].__len__). */
    final SlotWrappers slotWrappers;
    /** Attributes of builtin type objects: str.upper, dict.fromkeys, int.__add__. */
    final TypeAttributes typeAttributes;

    Builtins(Interpreter in) {
        this.in = in;
        this.heap = in.heap;
        this.v = in.values;
        this.types = new Types(in);
        this.lazyIterators = types.lazyIterators();
        this.slotWrappers = new SlotWrappers(in);
        this.typeAttributes = new TypeAttributes(in);
        builtinsModule = new BuiltinsModule(in, this);
        gcModule = new GcModule(in);
        weakrefModule = new WeakrefModule(in);
        for (NativeModule m : List.of(builtinsModule, gcModule, new SysModule(in), weakrefModule)) modules.put(m.name, m);
        lazyModule("math", () -> new MathModule(in));
        lazyModule("random", () -> new RandomModule(in, (RandomType) types.of(PyRandom.class)));
        lazyModule("copy", () -> new CopyModule(in));
        lazyModule("collections", () -> new CollectionsModule(in, types));
        lazyModule(CollectionsAbcModule.NAME, () -> new CollectionsAbcModule(in));
        lazyModule("functools", () -> new FunctoolsModule(in, types));
        lazyModule("string", () -> new StringModule(in, (TemplateType) types.of(PyTemplate.class)));
        lazyModule("itertools", () -> new ItertoolsModule(in));
        lazyModule("heapq", () -> new HeapqModule(in, this));
        lazyModule("array", () -> new ArrayModule(in, types));
        lazyModule("bisect", () -> new BisectModule(in, this));
        lazyModule("struct", () -> new StructModule(in, this));
        lazyModule("operator", () -> new OperatorModule(in, this));
        lazyModule("typing", () -> new TypingModule(in));
        lazyModule("dataclasses", () -> new DataclassesModule(in));
        lazyModule("time", () -> new TimeModule(in));
        lazyModule("ctypes", () -> new CtypesModule(in));
        lazyModule("abc", () -> new AbcModule(in));
        lazyModule("enum", () -> new EnumModule(in));
        lazyModule("contextlib", () -> new ContextlibModule(in, types));
        lazyModule("json", () -> new JsonModule(in, this));
        lazyModule("textwrap", () -> new TextwrapModule(in, this));
        lazyModule("traceback", () -> new TracebackModule(in));
        lazyModule("statistics", () -> new StatisticsModule(in, this));
        lazyModule("datetime", () -> new DatetimeModule(in, this));
        lazyModule("fractions", () -> new FractionsModule(in, (FractionType) types.of(PyFraction.class)));
        lazyModule("pprint", () -> new PprintModule(in, this));
        lazyModule("io", () -> new IoModule(in, (StringIOType) types.of(PyStringIO.class)));
        lazyModule("types", () -> new TypesModule(in, this, (NamespaceType) types.of(PyNamespace.class)));
        lazyModule("re", () -> new RegexModule(in, types.regexSearch, (PatternType) types.of(PyRegexPattern.class)));
    }

    private void lazyModule(String name, java.util.function.Supplier<NativeModule> maker) {
        moduleMakers.put(name, maker);
    }

    /** The native module of that name, made now if this run has not needed it yet; null when there is none. */
    private NativeModule module(String name) {
        NativeModule m = modules.get(name);
        if (m != null) return m;
        java.util.function.Supplier<NativeModule> maker = moduleMakers.get(name);
        if (maker == null) return null;
        m = maker.get();
        if (!m.name.equals(name)) throw new IllegalStateException("module " + m.name + " registered as " + name);
        modules.put(name, m);
        return m;
    }

    /** type_new_set_names: the cached_property objects of a new class's namespace learn their names. */
    void setNames(PyClass cls) {
        for (PyObject[] e : cls.dict.entries()) {
            if (e[1] instanceof PyCachedProperty cp) ((CachedPropertyType) types.of(cp)).setName(cp, cls.name, ((PyStr) e[0]).value);
        }
    }

    /** A native module by name, or null. */
    NativeModule nativeModule(String name) {
        return module(name);
    }

    /** Objects made by a builtin for its own use (dict item tuples), released when the statement ends. */
    final List<PyObject> scratch = new ArrayList<>();

    /**
     * References native code holds across a call back into Python (sort keys, the best item of
     * max, map's arguments): roots, as CPython's C stack is, until the native code lets go.
     */
    final List<PyObject> held = new ArrayList<>();

    void hold(PyObject o) {
        held.add(o);
    }

    void unhold(PyObject o) {
        for (int i = held.size() - 1; i >= 0; i--) {
            if (held.get(i) == o) {
                held.remove(i);
                return;
            }
        }
    }

    void releaseScratch() {
        releaseScratch(0);
    }

    /** Releases what was added to scratch after the mark. */
    void releaseScratch(int mark) {
        while (scratch.size() > mark) heap.decref(scratch.remove(scratch.size() - 1));
    }

    /** The objects native modules keep for the whole run (datetime's class constants): one reference each. */
    java.util.Collection<PyObject> kept() {
        List<PyObject> kept = new ArrayList<>();
        if (modules.get("datetime") instanceof DatetimeModule d) kept.addAll(d.kept());
        for (NativeModule m : modules.values()) kept.addAll(m.libraryKept());
        return kept;
    }

    Finalizers finalizers() {
        return weakrefModule.finalizers;
    }

    /** weakref's module: a class deriving from weakref.ref makes its instances there. */
    WeakrefModule weakrefModule() {
        return weakrefModule;
    }

    /** atexit's turn at shutdown: weakref.finalize's exit function is the only one a lab program registers. */
    void atExit() {
        weakrefModule.finalizers.atExit();
    }

    PyList garbageList() {
        return gcModule.garbageList();
    }

    /** A builtin function by name (a new reference to a shared object), or null when there is none. */
    PyObject builtin(String name) {
        if (builtinsModule.function(name) == null) return null;
        return shared.computeIfAbsent(name, n -> v.shared(new PyBuiltin(n, null, null)));
    }

    private static final String OBJECT_NEW = "<object.__new__>";

    /** object.__new__, one shared builtin (a new reference). */
    private static final String OBJECT_INIT_SUBCLASS = "<object.__init_subclass__>";

    /** object.__init_subclass__ bound to cls (read through super() in a class's hook): takes nothing, does nothing. */
    PyObject objectInitSubclass(PyObject cls) {
        heap.incref(cls);
        return heap.alloc(new PyBuiltin("__init_subclass__", cls, OBJECT_INIT_SUBCLASS));
    }

    private static final String TYPE_NEW = "<type.__new__>";

    /** type.__new__ (tp_new_wrapper in type's dict): one shared builtin. */
    PyObject typeNew() {
        return shared.computeIfAbsent(TYPE_NEW, n -> v.shared(new PyBuiltin("__new__", null, TYPE_NEW)));
    }

    private static final String EXCEPTION_NEW = "<BaseException.__new__>";

    /** BaseException.__new__ (BaseExceptionGroup's for a group class), as super().__new__ reads it in an exception class. */
    PyObject exceptionNew() {
        return shared.computeIfAbsent(EXCEPTION_NEW, n -> v.shared(new PyBuiltin("__new__", null, EXCEPTION_NEW)));
    }

    PyObject objectNew() {
        return shared.computeIfAbsent(OBJECT_NEW, n -> v.shared(new PyBuiltin("__new__", null, OBJECT_NEW)));
    }

    /**
     * The plain type's own tp_new called from C (long_subtype_new calls long_new_impl on int, int(x)
     * of a subclass's value calls int's): no call is made, so no argument tuple is packed.
     */
    PyObject newPlain(String type, List<PyObject> args, Map<String, PyObject> kwargs) {
        return builtinsModule.function(type).call(args, kwargs);
    }

    private static final String VALUE_NEW = ".__new__>";

    /**
     * What __new__ is read as on a class: int.__new__ (and float's, str's, tuple's) for a class
     * deriving from one of them, object.__new__ otherwise. One shared builtin per type.
     */
    PyObject newOf(String builtinBase) {
        if (builtinBase == null || !BuiltinBases.VALUES.contains(builtinBase) && !BuiltinBases.WEAKREF.equals(builtinBase)) return objectNew();
        String owner = "<" + builtinBase + VALUE_NEW;
        return shared.computeIfAbsent(owner, n -> v.shared(new PyBuiltin("__new__", null, owner)));
    }

    /** The NotImplemented singleton (shared). */
    PyObject notImplemented() {
        return slotWrappers.notImplemented();
    }

    /** Builtin type objects other than the constructors (NoneType, function...). */
    PyObject typeObject(String name) {
        if (BuiltinsModule.TYPE_NAMES.contains(name) && builtinsModule.function(name) != null) return builtin(name);
        for (Map.Entry<String, String> e : TYPE_NAMES.entrySet()) if (e.getValue().equals(name)) return typeObject(e.getKey());
        if (MODULE_TYPES.contains(name) || name.equals(BuiltinBases.ORDERED_DICT)) return moduleFunction(name.substring(0, name.indexOf('.')), name.substring(name.indexOf('.') + 1));
        return shared.computeIfAbsent("<type>" + name, n -> v.shared(new PyBuiltin(name, null, "<type>")));
    }

    /** A builtin type's tp_mro and tp_bases tuples, made once and kept as the type keeps them. */
    private final Map<String, PyObject> lineages = new HashMap<>();

    /**
     * A builtin type's __mro__, __bases__ or __base__: every builtin type derives from object
     * directly except bool (int); object has no base (None) and an empty __bases__.
     */
    private PyObject lineage(PyBuiltin type, String name) {
        // Type objects are shared: read like a builtin name, without a reference of their own.
        PyObject object = builtin("object");
        PyObject base = type.name.equals("object") ? null : type.name.equals("bool") ? builtin("int") : object;
        if (name.equals("__base__")) return base == null ? v.none : base;
        PyObject tuple = lineages.get(type.name + name);
        if (tuple == null) {
            List<PyObject> items = new ArrayList<>();
            if (name.equals("__mro__")) {
                items.add(type);
                if (base != null && base != object) items.add(base);
                if (base != null) items.add(object);
            } else if (base != null) {
                items.add(base);
            }
            tuple = items.isEmpty() ? v.emptyTuple : v.shared(new PyTuple(items.toArray(new PyObject[0])));
            lineages.put(type.name + name, tuple);
        }
        return heap.newRef(tuple);
    }

    boolean isTypeObject(PyBuiltin b) {
        return "<type>".equals(b.owner) || (b.owner == null && b.self == null && BuiltinsModule.TYPE_NAMES.contains(b.name));
    }

    /**
     * Library classes whose constructor is a module function here: the function stands for the
     * class (`type(g) is operator.itemgetter`, `isinstance(g, operator.itemgetter)`, its repr).
     */
    static final java.util.Set<String> MODULE_TYPES = java.util.Set.of("operator.itemgetter", "operator.attrgetter",
            "operator.methodcaller", "functools.partial", "functools.cached_property", "contextlib.suppress",
            "contextlib.closing", "contextlib.nullcontext", "datetime.date", "datetime.datetime",
            "datetime.timedelta", "datetime.time", "datetime.timezone", "types.SimpleNamespace", "io.StringIO", "fractions.Fraction",
            "itertools.count", "itertools.cycle", "itertools.repeat", "itertools.accumulate", "itertools.chain",
            "itertools.compress", "itertools.dropwhile", "itertools.filterfalse", "itertools.groupby", "itertools.islice",
            "itertools.pairwise", "itertools.starmap", "itertools.takewhile", "itertools.zip_longest", "itertools.product",
            "itertools.permutations", "itertools.combinations", "itertools.combinations_with_replacement",
            "weakref.ref", "weakref.WeakSet", "weakref.WeakValueDictionary", "weakref.WeakKeyDictionary", "weakref.WeakMethod",
            "weakref.finalize", "random.Random", "string.Template");

    /**
     * The module types whose objects name their type otherwise: io.StringIO's C type lives in _io,
     * and Fraction, a class of Lib/fractions.py, is named by its class name in CPython's messages.
     */
    private static final Map<String, String> TYPE_NAMES = Map.of("io.StringIO", "_io.StringIO", "fractions.Fraction", "Fraction");

    /** The type name a module type's objects report. */
    static String typeName(PyBuiltin moduleType) {
        String name = moduleType.owner + "." + moduleType.name;
        return TYPE_NAMES.getOrDefault(name, name);
    }

    /** weakref's classes written in Python: their objects' type names are bare, as a Python class's tp_name. */
    static final java.util.Set<String> WEAKREF_PYTHON_CLASSES = java.util.Set.of("WeakSet", "WeakValueDictionary",
            "WeakKeyDictionary", "WeakMethod", "finalize");

    /** The type's own name where the module's name for it differs (weakref.ref is weakref.ReferenceType). */
    static String qualifiedName(PyBuiltin b) {
        if ("weakref".equals(b.owner) && b.name.equals("ref")) return "weakref.ReferenceType";
        if ("weakref".equals(b.owner) && b.name.equals("WeakSet")) return "_weakrefset.WeakSet";
        if ("io".equals(b.owner) && b.name.equals("StringIO")) return "_io.StringIO";
        return b.owner + "." + b.name;
    }

    /** The metaclass of a library class standing as a module function: contextlib's and weakref's mappings derive from ABCs. */
    static String metaclassOfModuleType(PyBuiltin b) {
        boolean abc = "contextlib".equals(b.owner) || b.name.equals("WeakValueDictionary") || b.name.equals("WeakKeyDictionary");
        return abc ? "abc.ABCMeta" : "type";
    }

    /** Whether the builtin is one of collections' classes (ChainMap, a class of Python code, among them). */
    static boolean isCollectionsClass(PyBuiltin b) {
        return b.self == null && "collections".equals(b.owner) && CollectionsModule.CLASSES.containsKey(b.name);
    }

    /** Whether the builtin is one of {@link #MODULE_TYPES}. */
    static boolean isModuleType(PyBuiltin b) {
        return b.self == null && b.owner != null && MODULE_TYPES.contains(b.owner + "." + b.name);
    }

    /** A module function as a value (a new reference to the shared object), as `module.name` reads it. */
    PyObject moduleFunction(String module, String name) {
        return shared.computeIfAbsent(module + "." + name, n -> v.shared(new PyBuiltin(name, null, module)));
    }

    /**
     * The describing attributes CPython has on a builtin value that the lab leaves out: every object's
     * __doc__ (its type's docstring), a builtin function's or generator's names, a function's or
     * module's __dict__. Elsewhere (an int's __dict__) CPython's own AttributeError stands.
     */
    private static boolean describedButNotModelled(PyObject obj, String name) {
        return switch (name) {
            case "__doc__" -> !(obj instanceof PyFunction || obj instanceof PyPartial || obj instanceof PyBoundMethod || obj instanceof PyCachedProperty
                    || obj instanceof PyNamedTupleClass || obj instanceof PyDescriptor d && d.kind.equals("property"));
            case "__dict__" -> obj instanceof PyModule || obj instanceof PyBuiltin;
            case "__qualname__" -> obj instanceof PyBuiltin b && typeModule(b) == null;
            case "__module__" -> obj instanceof PyBuiltin b && typeModule(b) == null;
            default -> false;
        };
    }

    /**
     * The module a type object names as its __module__ (measured with python3 3.11): "builtins" for
     * the builtin types, "collections" for that module's, and for a library class the module that
     * defines it (io.StringIO's is "_io", weakref.WeakSet's "_weakrefset"). Null for a function or
     * a bound method: not answered.
     */
    private static String typeModule(PyBuiltin b) {
        if (isModuleType(b)) {
            String defined = qualifiedName(b);
            return defined.substring(0, defined.lastIndexOf('.'));
        }
        if (isCollectionsClass(b)) return "collections";
        if (!b.isTypeObject()) return null;
        return b.owner == null || "<type>".equals(b.owner) ? "builtins" : null;
    }

    /**
     * A builtin function's __qualname__ where the lab knows it (measured with python3 3.11): its name
     * for a function of the builtins module, "type.name" for a method bound to a builtin value or
     * type object ([].append is "list.append", dict.fromkeys "dict.fromkeys", a subclass instance's
     * append "MyList.append"). Null for a module's
     * functions (math.sqrt's __module__ is "math", heapq's "_heapq"...): not answered.
     */
    private String builtinQualname(PyBuiltin f) {
        if (f.isTypeObject() || isModuleType(f) || isCollectionsClass(f)) return null;
        if (f.self == null) return f.owner == null && builtinsModule.function(f.name) != null ? f.name : null;
        if (f.owner != null && !f.owner.equals("<classmethod>")) return null;
        if (f.self instanceof PyBuiltin t && t.isTypeObject()) return t.name + "." + f.name;
        // meth_get__qualname__ names the type of __self__ by its own __qualname__ (a subclass's too).
        if (f.self instanceof PyInstance i) return i.cls.qualname + "." + f.name;
        String type = f.self.typeName();
        return type.contains(".") || types.named(type) == null ? null : type + "." + f.name;
    }

    PyObject attribute(PyObject obj, String name) {
        BuiltinType type = types.of(obj);
        // A type's __qualname__ is its __name__ (no builtin or library type is nested in another).
        if (name.equals("__qualname__") && obj instanceof PyBuiltin t && typeModule(t) != null) return attribute(obj, "__name__");
        if (name.equals("__module__") && obj instanceof PyBuiltin t && typeModule(t) != null) return v.intern(typeModule(t));
        if (name.equals("__dict__") && obj instanceof PyBuiltin b && isTypeObject(b)) return heap.alloc(new PyMappingProxy(b.name));
        String qualname = obj instanceof PyBuiltin f ? builtinQualname(f) : null;
        if (qualname != null && name.equals("__qualname__")) return v.str(qualname);
        // A function of the builtins module names it; a method bound to a value names none (m_module is NULL).
        if (qualname != null && name.equals("__module__")) return qualname.contains(".") ? v.none : v.intern("builtins");
        if (describedButNotModelled(obj, name)) {
            throw new PyRaise("TypeError", "the attribute '" + name + "' of a '" + obj.typeName() + "' object is not supported in the memory lab");
        }
        if (name.equals("__name__") && obj instanceof PyModule m) return v.intern(m.name);
        // A type's __name__ leaves out its module (types.GenericAlias is GenericAlias).
        if (name.equals("__name__") && obj instanceof PyBuiltin b) {
            String full = isModuleType(b) ? qualifiedName(b) : b.name;
            return v.intern(full.substring(full.lastIndexOf('.') + 1));
        }
        if (obj instanceof PyModule m) {
            NativeModule module = module(m.name);
            PyObject value = module.value(name);
            if (value != null) return value;
            if (module.function(name) != null) {
                return moduleFunction(m.name, name);
            }
            throw type.noAttribute(obj, name);
        }
        if (name.equals("__new__") && obj instanceof PyBuiltin b && b.name.equals("object") && isTypeObject(b)) return objectNew();
        if (name.equals("__new__") && obj instanceof PyBuiltin b && b.name.equals("type") && isTypeObject(b)) return typeNew();
        if (name.equals("__new__") && BuiltinBases.WEAKREF.equals(BuiltinBases.moduleBase(obj))) return newOf(BuiltinBases.WEAKREF);
        if (obj instanceof PyBuiltin b && isModuleType(b)) {
            // weakref.ref.__eq__ (and R.__eq__ of a subclass): the type's slot wrapper, not the type's own call.
            PyObject slot = typeAttributes.slotWrapperOf(b, name);
            if (slot != null) return slot;
        }
        if (name.equals("__new__") && obj instanceof PyBuiltin b && BuiltinBases.VALUES.contains(b.name) && isTypeObject(b)) {
            return newOf(b.name);
        }
        if (obj instanceof PyBuiltin b && isTypeObject(b) && TypeAttributes.LINEAGE.contains(name)) return lineage(b, name);
        if (obj instanceof PyBuiltin b && isTypeObject(b)) {
            PyObject found = typeAttributes.get(b, name);
            if (found != null) return found;
            throw new PyRaise("AttributeError", "type object '" + b.name + "' has no attribute '" + name + "'");
        }
        PyObject data = type.attribute(obj, name);
        if (data != null) return data;
        if (type.hasMethod(name) && !type.lacksMethod(obj, name) || obj instanceof PyGenerator && Interpreter.GENERATOR_METHODS.contains(name)) {
            heap.incref(obj);
            return heap.alloc(new PyBuiltin(name, obj, null));
        }
        if (type.classMethod(name) != null) return typeAttributes.get((PyBuiltin) typeObject(type.name), name);
        PyObject wrapper = specialMethod(obj, name);
        if (wrapper != null) return wrapper;
        String[] entry = TypeAttributes.entry(obj.typeName(), name);
        if (entry != null && entry[0].equals("NoneType")) return v.none; // list.__hash__ is None: lists are unhashable
        // CPython's type has it and the lab does not model it (a builtin's __doc__, a function's
        // __dict__): say so, rather than raise an AttributeError CPython never raises. The checker
        // refuses these up front where it can see the receiver (len.__doc__, int.__dict__).
        if (entry != null) {
            throw new PyRaise("TypeError", "the attribute '" + name + "' of a '" + obj.typeName() + "' object is not supported in the memory lab");
        }
        throw type.noAttribute(obj, name);
    }

    /**
     * obj.__len__ and the other special methods of a builtin value: a method-wrapper bound to obj
     * when CPython's type has a slot wrapper of that name, a bound builtin when it is a method
     * (list.__getitem__); null when the type has no such attribute.
     */
    private PyObject specialMethod(PyObject obj, String name) {
        String[] entry = specialEntry(obj, name);
        if (entry == null) return null;
        heap.incref(obj);
        if (entry[0].equals("method_descriptor")) return heap.alloc(new PyBuiltin(name, obj, null));
        PyMethodDescriptor d = typeAttributes.descriptor("wrapper_descriptor", entry[1], name);
        heap.incref(d);
        return heap.alloc(new PyMethodWrapper(d, obj));
    }

    /** CPython's {kind, owner} of a special method the engine answers on obj's type, or null. */
    private String[] specialEntry(PyObject obj, String name) {
        if (!name.startsWith("__") || !SlotWrappers.SUPPORTED.contains(name)) return null;
        if (obj instanceof PyWeakContainer c) return WeakContainerMembers.hasDunder(c.kind, name) ? new String[] {"wrapper_descriptor", c.kind} : null;
        String[] entry = TypeAttributes.entry(obj.typeName(), name);
        if (entry != null) return entry[0].equals("wrapper_descriptor") || entry[0].equals("method_descriptor") ? entry : null;
        List<String> dir = DirNames.OF_TYPE.get(obj instanceof PyWeakref ? "weakref.ReferenceType" : obj.typeName());
        if (dir != null) return dir.contains(name) ? new String[] {"wrapper_descriptor", obj.typeName()} : null;
        // Descriptors and method-wrappers: object's slots, their own repr, and __call__.
        if (obj instanceof PyMethodDescriptor || obj instanceof PyMethodWrapper) {
            if (Set.of("__repr__", "__str__", "__call__").contains(name)) return new String[] {"wrapper_descriptor", obj.typeName()};
            return TypeAttributes.entry("object", name) != null ? new String[] {"wrapper_descriptor", "object"} : null;
        }
        return null;
    }

    /** A function of the builtins module called from native code (arguments borrowed). */
    PyObject callBuiltinFunction(String name, List<PyObject> args) {
        return builtinsModule.function(name).call(args, Map.of());
    }

    /** Every name a program can use: builtins that resolve, module attributes, methods of the builtin types. */
    com.studyhall.simulation.syntax.Catalog catalog() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (String n : com.studyhall.simulation.syntax.PythonNames.BUILTINS) if (builtin(n) != null || typeObjectExists(n)) names.add(n);
        names.addAll(ExceptionClasses.BASES.keySet());
        names.addAll(ExceptionClasses.ALIASES.keySet());
        names.add("Ellipsis");
        names.add("NotImplemented");
        Map<String, java.util.Set<String>> moduleNames = new HashMap<>();
        moduleMakers.keySet().forEach(this::module);
        modules.forEach((name, m) -> {
            if (!name.equals("builtins")) moduleNames.put(name, m.names());
        });
        java.util.Set<String> methods = new java.util.HashSet<>();
        for (BuiltinType t : types.all()) {
            methods.addAll(t.methodNames());
            methods.addAll(t.classMethodNames());
        }
        methods.addAll(Interpreter.GENERATOR_METHODS);
        methods.addAll(GeneratorType.DATA_ATTRIBUTES);
        methods.add("from_iterable"); // itertools.chain.from_iterable (BuiltinFunctionType.attribute)
        methods.addAll(TracebackType.ATTRIBUTES);
        methods.addAll(CodeType.ATTRIBUTES);
        methods.addAll(ExceptionHandling.ATTRIBUTES);
        methods.addAll(List.of("start", "stop", "step")); // range's and slice's data attributes
        methods.addAll(List.of("real", "imag", "numerator", "denominator")); // int's and float's data attributes
        methods.addAll(List.of("year", "month", "day", "hour", "minute", "second", "microsecond", "days", "seconds", "microseconds",
                "tzinfo"));
        for (String c : DatetimeModule.CLASS_METHODS) methods.add(c.substring(c.indexOf('.') + 1)); // date.today...
        for (String c : DatetimeModule.CONSTANTS) methods.add(c.substring(c.indexOf('.') + 1)); // timedelta.max...
        methods.addAll(List.of("fget", "fset", "fdel")); // a property's functions (DescriptorType.attribute)
        methods.addAll(PatternType.DATA_ATTRIBUTES);
        methods.addAll(MatchType.DATA_ATTRIBUTES);
        Map<String, java.util.Set<String>> typeNames = new HashMap<>();
        for (String t : com.studyhall.simulation.syntax.PythonTypes.ATTRIBUTES.keySet()) typeNames.put(t, typeAttributes.supported(t));
        return new com.studyhall.simulation.syntax.Catalog(names, moduleNames, methods, typeNames);
    }

    private boolean typeObjectExists(String name) {
        return BuiltinsModule.TYPE_NAMES.contains(name);
    }

    // ---- calls ----

    PyObject call(PyBuiltin b, List<PyObject> args, Map<String, PyObject> kwargs) {
        if ("<classmethod>".equals(b.owner)) return typeAttributes.callClassMethod((PyBuiltin) b.self, b.name, args, kwargs);
        if (OBJECT_INIT_SUBCLASS.equals(b.owner)) {
            String cls = b.self instanceof PyClass c ? c.name : b.self.typeName();
            if (!kwargs.isEmpty()) throw new PyRaise("TypeError", cls + ".__init_subclass__() takes no keyword arguments");
            if (!args.isEmpty()) throw new PyRaise("TypeError", cls + ".__init_subclass__() takes no arguments (" + args.size() + " given)");
            return v.none;
        }
        if (b.self != null) {
            if (!in.calledWithStars(b)) return callMethod(b.self, b.name, args, kwargs);
            // CALL_FUNCTION_EX built the tuple and dict (on the caller's stack): PyObject_Call hands
            // them to a METH_VARARGS | METH_KEYWORDS method as they are (withPackedArguments below).
            StarCall star = in.starCall;
            star.offer(args);
            try {
                return callMethod(b.self, b.name, args, kwargs);
            } finally {
                star.withdraw();
            }
        }
        // types.MethodType(func, obj) binds (method_new); the other type objects make no instances here.
        if ("<type>".equals(b.owner) && b.name.equals("method")) return TypesModule.bind(heap, args, kwargs);
        if ("<type>".equals(b.owner)) {
            PyObject singleton = singletonOf(b.name);
            if (singleton == null) throw new PyRaise("TypeError", "cannot create '" + b.name + "' instances");
            // none_new, ellipsis_new, notimplemented_new: no arguments, and the one object.
            if (!args.isEmpty() || !kwargs.isEmpty())
                throw new PyRaise("TypeError", (b.name.equals("ellipsis") ? "EllipsisType" : b.name) + " takes no arguments");
            return singleton;
        }
        if (OBJECT_NEW.equals(b.owner)) return in.objectNew(args, kwargs);
        if (EXCEPTION_NEW.equals(b.owner)) return in.exceptions.newCalled(args, kwargs, in.calledWithStars(b));
        if (TYPE_NEW.equals(b.owner)) {
            // tp_new_wrapper (METH_VARARGS | METH_KEYWORDS): the packed arguments, then their slice without the metatype.
            java.util.function.Supplier<PyObject> sliced =
                    () -> withPackedArguments(Math.max(0, args.size() - 1), false, () -> in.typeCall.typeNewWrapper(args, kwargs));
            // super().__new__(mcs, name, bases, ns, **kw): CALL_FUNCTION_EX built the tuple and dict already.
            return in.calledWithStars(b) ? sliced.get() : withPackedArguments(args.size(), !kwargs.isEmpty(), sliced);
        }
        if (b.owner != null && b.owner.endsWith(VALUE_NEW)) {
            // tp_new_wrapper is METH_VARARGS | METH_KEYWORDS: it gets its arguments packed, and slices the class off them.
            String type = b.owner.substring(1, b.owner.length() - VALUE_NEW.length());
            java.util.function.Supplier<PyObject> made = BuiltinBases.WEAKREF.equals(type)
                    ? () -> weakrefModule.callNew(args) : () -> in.valueInstances.callNew(type, args, kwargs);
            return withPackedArguments(args.size(), !kwargs.isEmpty(),
                    () -> withPackedArguments(Math.max(0, args.size() - 1), false, made));
        }
        NativeModule module = b.owner == null ? builtinsModule : module(b.owner);
        boolean throughTpCall = b.owner == null ? TP_CALL_TYPES.contains(b.name) : TP_CALL_LIBRARY.contains(b.owner + "." + b.name);
        if (!in.calledWithStars(b)) {
            return throughTpCall ? callThroughTpCall(module, b.name, args, kwargs) : module.function(b.name).call(args, kwargs);
        }
        // CALL_FUNCTION_EX: PyObject_Call hands a function that takes its arguments packed (METH_VARARGS,
        // a type's tp_call) the tuple and dict as they are; one reached by vectorcall (FASTCALL, a
        // type's vectorcall: print, sorted, dict) gets the keywords' names in a tuple made for the call.
        StarCall star = in.starCall;
        star.offer(args);
        try {
            return throughTpCall ? callThroughTpCall(module, b.name, args, kwargs) : module.function(b.name).call(args, kwargs);
        } finally {
            star.withdraw();
            if (star.reachedByVectorcall() && !kwargs.isEmpty()) {
                heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, kwargs.size());
                heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, kwargs.size());
            }
        }
    }

    /** PRECALL_NO_KW_STR_1 (Specializer): PyObject_Str of the one argument, with no argument tuple. */
    PyObject strWithoutArgumentTuple(List<PyObject> args) {
        return builtinsModule.function("str").call(args, Map.of());
    }

    /** The builtin types CPython 3.11 calls through tp_call: they have no vectorcall. */
    private static final Set<String> TP_CALL_TYPES = Set.of("str", "int", "bytes", "bytearray", "zip", "complex", "slice");
    /** Those whose tp_new parses its arguments with Argument Clinic (a keyword-name tuple once it has a dict). */
    private static final Set<String> CLINIC_NEW = Set.of("str", "int", "bytes", "bytearray", "complex");

    /**
     * Library types without vectorcall (and functools' METH_VARARGS functions reduce and cmp_to_key),
     * whose modules do not pack the arguments themselves: the caller's tuple and keyword dict, measured
     * with python3 3.11.7 one above the lab's count for each (itertools.repeat(1, 2) counts 2 after a
     * gc.collect(), defaultdict(list) 2). itertools.chain keeps its argument tuple as its source.
     */
    private static final Set<String> TP_CALL_LIBRARY = Set.of("collections.deque", "collections.defaultdict",
            "collections.OrderedDict", "functools.cmp_to_key", "functools.reduce",
            "itertools.count", "itertools.repeat", "itertools.islice", "itertools.cycle", "itertools.accumulate",
            "itertools.zip_longest", "itertools.product", "itertools.permutations", "itertools.combinations",
            "itertools.combinations_with_replacement", "itertools.compress", "itertools.pairwise", "itertools.groupby",
            "itertools.starmap", "itertools.takewhile", "itertools.dropwhile", "itertools.filterfalse");

    /**
     * _PyObject_MakeTpCall: the positional arguments are packed into a tuple and the keywords into
     * a dict for the call's length (counted, not made); with a dict, tp_new's Argument Clinic
     * parser (int, str, bytes, bytearray) leaves its fast path and makes its keyword-name tuple.
     */
    private PyObject callThroughTpCall(NativeModule module, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        return withPackedArguments(args, kwargs, () -> {
            if (!kwargs.isEmpty() && CLINIC_NEW.contains(name)) clinicParser(name + ".__new__", name.equals("int") ? 1 : name.equals("complex") ? 2 : 3);
            return module.function(name).call(args, kwargs);
        });
    }

    /**
     * Whether CALL_FUNCTION_EX built this call's tuple and dict (Interpreter.starCall), so the
     * METH_VARARGS builtin that asks uses them instead of packing its own.
     */
    boolean takeArgumentsPackedByCaller(List<PyObject> args) {
        return in.starCall != null && in.starCall.take(args);
    }

    /** withPackedArguments with the references the tuple and the keyword dict hold while the call runs. */
    PyObject withPackedArguments(List<PyObject> args, Map<String, PyObject> kwargs, java.util.function.Supplier<PyObject> call) {
        if (takeArgumentsPackedByCaller(args)) return call.get();
        List<PyObject> packed = new ArrayList<>(args);
        packed.addAll(kwargs.values());
        return withPackedArguments(args.size(), !kwargs.isEmpty(), () -> holdingArguments(packed, call));
    }

    /**
     * The references a packed argument tuple holds while the call runs (the tuple itself is counted by
     * withPackedArguments, not made): a __str__ or __index__ that prints sys.getrefcount(self) under
     * str(x) or print(x) sees them, one more than under "%s" % x.
     */
    <T> T holdingArguments(List<PyObject> args, java.util.function.Supplier<T> call) {
        for (PyObject a : args) {
            heap.incref(a);
            hold(a);
        }
        try {
            return call.get();
        } finally {
            for (int i = args.size() - 1; i >= 0; i--) {
                unhold(args.get(i));
                heap.decref(args.get(i));
            }
        }
    }

    /**
     * A C call that gets its positional arguments as a tuple and its keywords as a dict (tp_call,
     * METH_VARARGS | METH_KEYWORDS): both counted, not made, for the length of the call.
     */
    PyObject withPackedArguments(int positional, boolean keywords, java.util.function.Supplier<PyObject> call) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, positional);
        if (keywords) heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
        try {
            return call.get();
        } finally {
            if (keywords) heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, positional);
        }
    }

    /** obj.name(...) for an object of a builtin type or a native module. */
    PyObject callMethod(PyObject self, String name, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (NamedTupleSubclasses.handles(self, name)) return in.namedSubclasses.call(self, name, args, kwargs);
        PyObject slot = self instanceof PyBuiltin b && isModuleType(b) ? typeAttributes.slotWrapperOf(b, name) : null;
        if (slot != null) {
            // weakref.ref.__call__(r), weakref.ref.__eq__(r, other): the slot wrapper read from the type and called.
            try {
                return callBorrowed(slot, args, kwargs);
            } finally {
                heap.decref(slot);
            }
        }
        BuiltinType base = BuiltinBases.of(types, self);
        // int, float, str and tuple leave __init__ to object's (which the instance's own type has).
        if (base != null && !(name.equals("__init__") && self instanceof PyInstance i && i.holdsValue())) {
            // A subclass's instance: the builtin type's method or slot, never the subclass's override.
            BuiltinBases.refuseFromkeys(name, base.name);
            PyObject receiver = BuiltinBases.receiver(self);
            BuiltinType.Method m = base.method(name);
            if (m != null) return in.valueInstances.plain(self, m.call(receiver, args, kwargs));
            PyObject r = slotWrappers.callBase(base, name, receiver, args, kwargs);
            if (r != null) return in.valueInstances.plain(self, r);
        }
        BuiltinType type = types.of(self);
        if (name.equals("__new__") && self instanceof PyBuiltin b && b.name.equals("object") && isTypeObject(b)) {
            return in.objectNew(args, kwargs);
        }
        // object.__setattr__(self, name, value), object.__init__(self): object's own methods called through the type.
        if (self instanceof PyBuiltin b && b.name.equals("object") && isTypeObject(b) && !args.isEmpty()
                && args.get(0) instanceof PyInstance inst && types.instances().hasMethod(name)) {
            java.util.function.Supplier<PyObject> call = () -> types.instances().method(name).call(inst, args.subList(1, args.size()), kwargs);
            String[] entry = TypeAttributes.entry("object", name);
            if (entry == null || !entry[0].equals("wrapper_descriptor")) return call.get();
            // wrapperdescr_call (tp_call, no vectorcall): the arguments packed into a tuple, self sliced off into another.
            return withPackedArguments(args.size(), !kwargs.isEmpty(), () -> withPackedArguments(args.size() - 1, false, call));
        }
        if (self instanceof PyModule m) {
            NativeModule module = module(m.name);
            NativeModule.Function f = module.function(name);
            if (f != null) {
                return TP_CALL_LIBRARY.contains(m.name + "." + name) ? callThroughTpCall(module, name, args, kwargs) : f.call(args, kwargs);
            }
            PyObject value = module.value(name);
            if (value == null) throw type.noAttribute(self, name);
            // A type object the module holds (ctypes.c_long); anything else raises "not callable".
            hold(value);
            try {
                return callBorrowed(value, args, kwargs);
            } finally {
                unhold(value);
                heap.decref(value);
            }
        }
        if (self instanceof PyGenerator g && Interpreter.GENERATOR_METHODS.contains(name)) return in.generatorMethod(g, name, args);
        BuiltinType.Method m = type.method(name);
        if (m != null && self instanceof PyWeakContainer && type.lacksMethod(self, name)) throw type.noAttribute(self, name);
        if (m != null) {
            ArgumentShapes.check(self, name, args, kwargs);
            String[] objectEntry = self instanceof PyInstance i && i.exc == null ? TypeAttributes.entry("object", name) : null;
            if (objectEntry != null && objectEntry[0].equals("wrapper_descriptor") && objectEntry[1].equals("object")) {
                // object's slot bound to an instance is a method-wrapper: wrapper_call packs the arguments.
                return withPackedArguments(args.size(), !kwargs.isEmpty(), () -> m.call(self, args, kwargs));
            }
            return m.call(self, args, kwargs);
        }
        boolean typeObject = self instanceof PyBuiltin b && isTypeObject(b);
        if (self instanceof PyInstance && SlotWrappers.SUPPORTED.contains(name)) {
            // object's method descriptors bound to an instance (inst.__sizeof__ read from object).
            String[] objectEntry = TypeAttributes.entry("object", name);
            if (objectEntry != null && objectEntry[0].equals("method_descriptor")) return slotWrappers.call("object", name, self, args, kwargs);
        }
        String[] special = typeObject ? null : specialEntry(self, name);
        if (special != null) return slotWrappers.call(special[1], name, self, args, kwargs);
        // A callable data attribute (a proxy's forwarded method), str.upper(s), dict.fromkeys(...), [].__hash__ (None).
        PyObject attr = type.attribute(self, name);
        if (attr == null) attr = attribute(self, name);
        hold(attr);
        try {
            return callBorrowed(attr, args, kwargs);
        } finally {
            unhold(attr);
            heap.decref(attr);
        }
    }

    /** Calls any callable with borrowed arguments and keywords, as C code does; a new reference. */
    PyObject callBorrowed(PyObject f, List<PyObject> args, Map<String, PyObject> kwargs) {
        if (kwargs.isEmpty()) return in.callNested(f, args);
        if (f instanceof PyFunction || f instanceof PyBoundMethod) {
            List<PyObject> owned = new ArrayList<>();
            for (PyObject a : args) owned.add(heap.newRef(a));
            Map<String, PyObject> ownedKw = new java.util.LinkedHashMap<>();
            kwargs.forEach((k, val) -> ownedKw.put(k, heap.newRef(val)));
            return in.callOwned(heap.newRef(f), owned, ownedKw);
        }
        return in.callNative(f, args, kwargs);
    }

    // ---- protocols ----

    long len(PyObject o) {
        return types.of(o).len(o);
    }

    /**
     * set_update_internal's loop over a source that is neither a set nor a dict: each key is
     * PyIter_Next's reference, and set_add_entry takes one more while it compares (a class's
     * __eq__ sees both).
     */
    void addEachIterated(PySet s, PyObject source) {
        if (source instanceof PyDict || source instanceof PySet) {
            for (PyObject o : iterate(source)) s.add(heap.newRef(o), heap);
            return;
        }
        java.util.function.Consumer<PyObject> addOwned = o -> {
            hold(o);
            try {
                s.add(heap.newRef(o), heap);
            } finally {
                unhold(o);
                heap.decref(o);
            }
        };
        if (lazySource(source)) takeEach(source, addOwned);
        else for (PyObject o : iterate(source)) addOwned.accept(heap.newRef(o));
    }

    /** The items of an iterable (borrowed references). */
    List<PyObject> iterate(PyObject o) {
        return types.of(o).items(o);
    }

    PyObject getIter(PyObject o) {
        return types.of(o).iter(o);
    }

    /** The next item as a new reference, or null when exhausted. */
    PyObject next(PyObject iterator) {
        if (iterator instanceof PyGenerator g) return in.generators.nextValue(g);
        if (iterator instanceof PyLazyIter) return lazyIterators.next(iterator);
        if (iterator instanceof PyItertool) return ((ItertoolsType) types.of(iterator)).next(iterator);
        if (iterator instanceof PyRegexScanner) return ((RegexScannerType) types.of(iterator)).next(iterator);
        if (iterator instanceof PyStringIO) return ((StringIOType) types.of(iterator)).next(iterator);
        if (iterator instanceof PyStdin) return ((StdinType) types.of(iterator)).next(iterator);
        if (iterator instanceof PyInstance) return types.instances().next(iterator);
        return types.iterators().next(iterator);
    }

    boolean isIterator(PyObject o) {
        return o instanceof PyIter || o instanceof PyLazyIter || o instanceof PyItertool || o instanceof PyGenerator
                || o instanceof PyRegexScanner || o instanceof PyStringIO || o instanceof PyStdin
                || (o instanceof PyInstance && types.instances().isIterator(o));
    }

    /** Calls any callable from native code (key functions, map, filter): arguments borrowed, result new. */
    PyObject callValue(PyObject callee, List<PyObject> args) {
        if (callee instanceof PyFunction || callee instanceof PyBoundMethod) {
            heap.incref(callee);
            List<PyObject> owned = new ArrayList<>();
            for (PyObject a : args) owned.add(heap.newRef(a));
            return in.callOwned(callee, owned, new java.util.LinkedHashMap<>());
        }
        return in.callNative(callee, args, Map.of());
    }

    boolean contains(PyObject container, PyObject item) {
        return types.of(container).contains(container, item);
    }

    PyObject getItem(PyObject obj, PyObject key) {
        if (key instanceof SliceValue s) return types.of(obj).slice(obj, s);
        return types.of(obj).getItem(obj, key);
    }

    /** STORE_SUBSCR: takes the caller's reference to value. */
    void setItem(PyObject obj, PyObject key, PyObject value) {
        types.of(obj).setItem(obj, key, value);
    }

    void delItem(PyObject obj, PyObject key) {
        types.of(obj).delItem(obj, key);
    }

    // ---- containers ----

    /** The Argument Clinic functions whose parser has made its keyword-name tuple. */
    private final java.util.Set<String> readyParsers = new java.util.HashSet<>();

    /**
     * An Argument Clinic parser's first use (_PyArg_Parser's parser_init) makes the tuple of its
     * keyword names, kept by a C static to the end of the run: counted, not made (it would show
     * in the trace as an object of the program's).
     */
    void clinicParser(String function, int keywords) {
        if (readyParsers.add(function)) heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, keywords);
    }

    void sort(PyList l, Map<String, PyObject> kwargs) {
        IterationBuiltins.sorter(in, this).sort(l, kwargs);
    }

    void put(PyDict d, PyObject key, PyObject value) {
        PyObject old = d.put(key, value, heap);
        in.maintainTracking(d, key);
        in.maintainTracking(d, value);
        if (old != null) heap.decref(old);
    }

    /** dict_merge from a dict: each entry inserted with its stored hash (no __hash__ call). */
    void putAll(PyDict d, PyDict o) {
        for (Map.Entry<Object, PyObject[]> e : o.keyedEntries()) {
            PyObject[] kv = e.getValue();
            PyObject key = heap.newRef(kv[0]), value = heap.newRef(kv[1]);
            PyObject old = d.putKeyed(Keys.stored(e.getKey(), true), key, value, heap);
            in.maintainTracking(d, key);
            in.maintainTracking(d, value);
            if (old != null) heap.decref(old);
        }
    }

    void update(PyDict d, PyObject src) {
        // dict_merge takes any dict, a subclass's instance too, by its entries (no keys() call).
        if (PyInstance.bodyOf(src) instanceof PyDict o) {
            if (d.map.isEmpty() && !o.map.isEmpty()) d.mergeShapeFrom(o);
            putAll(d, o);
            return;
        }
        if (src instanceof PyChainMap c) {
            // PyDict_Merge from a mapping that is not a dict: keys(), then m[key] for each.
            ((ChainMapType) types.of(c)).copyInto(d, c);
            return;
        }
        if (src instanceof PyInstance && mergeByKeys(d, src)) return;
        int[] index = {0};
        if (lazySource(src)) {
            // PyDict_MergeFromSeq2 takes one pair at a time and lets it go before the next: zip's result
            // tuple is refilled in place, a generator's tuples come back from the free list.
            takeEach(src, pair -> {
                hold(pair);
                try {
                    putPair(d, pair, index[0]++);
                } finally {
                    unhold(pair);
                    heap.decref(pair);
                }
            });
            return;
        }
        for (PyObject pair : iterate(src)) putPair(d, pair, index[0]++);
    }

    /**
     * dict_update_arg: an object with a keys attribute is a mapping (a program's Mapping subclass, or any
     * class with keys()): PyDict_Merge lists its keys (PyMapping_Keys: list(o.keys())), then reads o[key]
     * for each. False when the object has no keys attribute (it is then a sequence of pairs).
     */
    boolean mergeByKeys(PyDict d, PyObject src) {
        PyList listed = mappingKeys(src);
        if (listed == null) return false;
        hold(listed); // a root while src[key] runs the program's code
        try {
            for (PyObject key : List.copyOf(listed.items)) {
                PyObject value = getItem(src, key);
                put(d, heap.newRef(key), value);
            }
        } finally {
            unhold(listed);
            heap.decref(listed);
        }
        return true;
    }

    /** PyMapping_Keys of a program's object: list(o.keys()) (a new reference), or null when it has no keys attribute. */
    PyList mappingKeys(PyObject src) {
        PyObject keys = in.lookupAttr(src, "keys");
        if (keys == null) return null;
        PyObject view;
        hold(keys); // roots while the program's keys() and __iter__ run
        try {
            view = callValue(keys, List.of());
        } finally {
            unhold(keys);
            heap.decref(keys);
        }
        hold(view);
        try {
            return (PyList) in.callNative(builtin("list"), List.of(view), Map.of());
        } finally {
            unhold(view);
            heap.decref(view);
        }
    }

    private void putPair(PyDict d, PyObject pair, int index) {
        List<PyObject> kv = iterate(pair);
        if (kv.size() != 2) {
            throw new PyRaise("ValueError", "dictionary update sequence element #" + index + " has length " + kv.size() + "; 2 is required");
        }
        put(d, heap.newRef(kv.get(0)), heap.newRef(kv.get(1)));
    }

    /** list.append with list_resize's growth pattern; takes the caller's reference. */
    void append(PyList l, PyObject o) {
        l.resizeFor(l.items.size() + 1);
        l.items.add(o);
    }

    /**
     * list_extend: a list that has no item array yet is preallocated exactly (rounded up to even);
     * otherwise lists and tuples resize once, other iterables append one by one after a
     * length-hint resize.
     */
    void extend(PyList l, PyObject src) {
        if (lazySource(src)) {
            extendFromIterator(l, src);
            return;
        }
        boolean fast = src instanceof PyList || src instanceof PyTuple;
        List<PyObject> items = iterate(src);
        // PyObject_LengthHint asks a list/dict/set subclass's instance for len() (its own __len__ if it has one).
        int n = PyInstance.bodyOf(src) != src ? (int) len(src) : items.size();
        if (l.allocated == 0) {
            // PyObject_LengthHint defaults to 8 for iterators that cannot tell their length.
            int hint = fast || hasLengthHint(src) ? n : 8;
            if (hint > 0) l.allocated = (hint + 1) & ~1;
        } else if (fast || hasLengthHint(src)) {
            l.resizeFor(l.items.size() + n);
        }
        for (PyObject o : items) {
            if (l.items.size() >= l.allocated) l.resizeFor(l.items.size() + 1);
            l.items.add(heap.newRef(o));
        }
        if (!fast && l.items.size() < l.allocated) l.resizeFor(l.items.size());
    }

    /**
     * list_extend from an iterator that cannot tell its length (a generator, a user class, map...):
     * room for 8 (PyObject_LengthHint's default) in an empty list, then each item appended as it
     * comes, so the list owns what it took if the iterator raises part-way.
     */
    private void extendFromIterator(PyList l, PyObject src) {
        PyObject it = getIter(src);
        hold(it); // the iterator's reference is list_extend's own
        try {
            // The iterator first, then PyObject_LengthHint: a class's __len__ runs after its __iter__.
            int hint = sizedInstanceHint(src);
            if (hint < 0) hint = reversedSequenceHint(src);
            // An empty list is preallocated for the hint; a list with items is resized for it first.
            if (l.allocated == 0) {
                if (hint > 0) l.allocated = (hint + 1) & ~1;
            } else {
                l.resizeFor(l.items.size() + hint);
            }
            for (PyObject item = next(it); item != null; item = next(it)) {
                if (l.items.size() >= l.allocated) l.resizeFor(l.items.size() + 1);
                l.items.add(item);
            }
        } finally {
            unhold(it);
            heap.decref(it);
        }
        if (l.items.size() < l.allocated) l.resizeFor(l.items.size());
    }

    /**
     * The items of a program's instance whose class defines __len__ as PySequence_Tuple reads them:
     * its iterator made, its __len__ asked for the hint, then every item (scratch owns them);
     * null for any other object.
     */
    List<PyObject> sizedInstanceItems(PyObject src) {
        if (!(src instanceof PyInstance) || PyInstance.bodyOf(src) != src || !types.instances().defines(src, "__len__")) return null;
        PyObject it = getIter(src);
        hold(it);
        try {
            sizedInstanceHint(src);
        } catch (RuntimeException e) {
            unhold(it);
            heap.decref(it);
            throw e;
        }
        unhold(it);
        return IterType.drainAndRelease(this, heap, it);
    }

    /**
     * PyObject_LengthHint of a program's instance whose class defines __len__ (_PyObject_HasLen):
     * its __len__ runs (a TypeError from it is swallowed: -1, the caller's default); -1 for any
     * other object. list_extend and PySequence_Tuple ask it right after making the iterator.
     */
    int sizedInstanceHint(PyObject src) {
        if (!(src instanceof PyInstance) || PyInstance.bodyOf(src) != src || !types.instances().defines(src, "__len__")) return -1;
        try {
            return (int) Math.min(Integer.MAX_VALUE, len(src));
        } catch (PyRaise e) {
            if (!ExceptionHandling.catchable(e) || !in.exceptions.is(e, "TypeError")) throw e;
            in.exceptions.discard(e);
            return -1;
        }
    }

    /**
     * PyObject_LengthHint of an iterator that may run a program's code: reversed() over a program's
     * sequence answers from its __len__ (reversed_len: the items left, at most the length), the
     * others take the default 8.
     */
    private int reversedSequenceHint(PyObject src) {
        if (!(src instanceof PyLazyIter r && r.kind.equals("reversed") && r.refs[0] instanceof PyInstance seq)) return 8;
        hold(src); // the consuming call's argument while __len__ runs
        try {
            long n = len(seq);
            return (int) Math.max(0, Math.min(n, r.index + 1));
        } finally {
            unhold(src);
        }
    }

    /** Walks an iterable one item at a time, handing each item's new reference to {@code take}. */
    void takeEach(PyObject src, java.util.function.Consumer<PyObject> take) {
        PyObject it = getIter(src);
        hold(it); // the iterator's reference is the consuming C function's own
        try {
            for (PyObject item = next(it); item != null; item = next(it)) take.accept(item);
        } finally {
            unhold(it);
            heap.decref(it);
        }
    }

    /** True for what may run a program's code while it is iterated (and so is consumed item by item). */
    static boolean lazySource(PyObject o) {
        return !(o instanceof PyList || o instanceof PyTuple) && !hasLengthHint(o);
    }

    private static boolean hasLengthHint(PyObject o) {
        // A list/dict/set subclass's instance has a length (list.__init__ presizes for it, list_extend hints it).
        // The other sized builtins too (bytes, bytearray, deque, array, memoryview), and the reversed iterators
        // over a list or a builtin sequence (listreviter_len, reversed_len).
        return PyInstance.bodyOf(o) != o || o instanceof PyRange || o instanceof PyStr || o instanceof PyDict || o instanceof PySet || o instanceof PyView
                || o instanceof PyBytes || o instanceof PyBytearray || o instanceof PyDeque || o instanceof PyArray || o instanceof PyMemoryView
                || (o instanceof PyIter it && !it.kind.equals("enumerate") && !it.kind.equals("iterator"))
                || (o instanceof PyLazyIter r && (r.kind.equals("list_reverseiterator") || r.kind.equals("reversed") && !(r.refs[0] instanceof PyInstance)));
    }

    void listInplaceRepeat(PyList l, PyInt n) {
        int times = n.value().max(BigInteger.ZERO).intValue();
        int size = l.items.size();
        // list_inplace_repeat: an empty list or a count of 1 is left alone; otherwise one list_resize from the old length.
        if (size == 0 || times == 1) return;
        if (times == 0) {
            l.clear(heap);
            return;
        }
        l.resizeFor(size * times);
        List<PyObject> copy = new ArrayList<>(l.items);
        for (int i = 1; i < times; i++) for (PyObject o : copy) l.items.add(heap.newRef(o));
    }

    /** The one instance of NoneType, ellipsis or NotImplementedType (what calling the type answers), else null. */
    private PyObject singletonOf(String typeName) {
        return switch (typeName) {
            case "NoneType" -> v.none;
            case "ellipsis" -> v.ellipsis();
            case "NotImplementedType" -> slotWrappers.notImplemented();
            default -> null;
        };
    }
}
