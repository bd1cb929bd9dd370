package com.studyhall.simulation.syntax;

import com.studyhall.simulation.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, before anything runs, every construct outside the lab's subset (in the spirit of
 * jlox's Resolver): each refusal is a diagnostic naming line and column.
 */
public final class Checker implements Stmt.Visitor<Void>, Expr.Visitor<Void> {
    /**
     * Library names whose Python code makes objects the lab does not count (typing's subscriptions,
     * singledispatch's MRO composition, ExitStack's wrappers): the collector may not be observed beside them.
     */
    private static final Set<String> LIBRARY_CODE = Set.of("typing.Generic", "functools.singledispatch",
            "functools.singledispatchmethod", "functools.partialmethod", "contextlib.ExitStack",
            // typing_protocols: typing.py's classes and registries, modelled in Java without their allocations
            "typing.Protocol", "typing.runtime_checkable", "typing.NewType", "typing.overload", "typing.final",
            "typing.TypedDict", "typing.get_origin", "typing.get_args");
    /** Special attributes the lab models: a generator's __next__, a function's defaults and closure. */
    private static final Set<String> ALLOWED_SPECIAL_ATTRIBUTES = Set.of("__init__", "__del__", "__next__", "__class__",
            "__closure__", "__defaults__", "__kwdefaults__", "__name__", "__traceback__", "__cause__", "__context__",
            "__suppress_context__", "__notes__", "__wrapped__", "__dict__", "__mro__", "__bases__", "__base__", "__qualname__",
            "__module__", "__doc__", "__self__", "__func__", "__supertype__", "__final__", "__required_keys__",
            "__optional_keys__", "__total__",
            "__origin__", "__args__", "__parameters__", "__orig_bases__", "__orig_class__", "__dataclass_fields__", "__match_args__",
            "__weakref__", "__isabstractmethod__", "__callback__");

    /** Special attributes that describe a class or function of the program; a builtin's (len.__doc__) are not modelled. */
    private static final Set<String> DESCRIBED_SPECIALS = Set.of("__doc__", "__module__", "__qualname__", "__dict__");

    /** The special methods a user class may define: the engine calls each from the matching type slot. */
    private static final Set<String> SPECIAL_METHODS = specialMethods();

    private static Set<String> specialMethods() {
        Set<String> names = new java.util.HashSet<>(Set.of("__init__", "__del__", "__repr__", "__str__", "__eq__",
                "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__len__", "__bool__", "__getitem__", "__setitem__",
                "__delitem__", "__contains__", "__call__", "__neg__", "__pos__", "__invert__", "__enter__", "__exit__",
                "__iter__", "__next__", "__hash__", "__new__", "__getattr__", "__setattr__", "__missing__",
                "__copy__", "__deepcopy__", "__abs__", "__int__", "__float__", "__round__", "__format__", "__reversed__", "__sizeof__", "__delattr__", "__init_subclass__",
                "__get__", "__set__", "__delete__", "__set_name__", "__post_init__", "__getstate__", "__setstate__",
                "__class_getitem__", "__getattribute__", "__index__", "__reduce__", "__reduce_ex__", "__subclasshook__",
                "__divmod__", "__rdivmod__"));
        for (String op : List.of("add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "and", "or", "xor",
                "lshift", "rshift", "matmul")) {
            names.add("__" + op + "__");
            names.add("__r" + op + "__");
            names.add("__i" + op + "__");
        }
        return Set.copyOf(names);
    }

    /**
     * Special methods a program's class may define and builtins call (abs(), int(), float(), round(),
     * format() and f-strings, reversed()), read as attributes only from the program's own classes.
     */
    private static final Set<String> CLASS_ONLY_SPECIALS = Set.of("__abs__", "__int__", "__float__", "__round__",
            "__format__", "__reversed__", "__init_subclass__", "__get__", "__set__", "__delete__", "__set_name__", "__getstate__",
            "__setstate__", "__class_getitem__", "__index__", "__reduce__", "__reduce_ex__", "__subclasshook__", "__divmod__", "__rdivmod__");

    /** The special attributes of a collections class (OrderedDict.__init__(self, ...) in a subclass) the lab answers. */
    private static final Set<String> COLLECTIONS_CLASS_DUNDERS = Set.of("__init__", "__name__", "__qualname__", "__module__", "__dict__");

    private static final Set<String> DESCRIPTOR_HOOKS = Set.of("__get__", "__set__", "__delete__", "__set_name__");

    /** Special attributes a program may read: the special methods above, __slots__, and the ones below. */
    private static boolean readableSpecial(String name) {
        return SPECIAL_METHODS.contains(name) || name.equals("__slots__") || ALLOWED_SPECIAL_ATTRIBUTES.contains(name);
    }

    /** Which names read a builtin (the resolver's answer); null: every such name does. */
    private final java.util.function.Predicate<Expr.Name> readsBuiltin;
    private final List<Diagnostic> diagnostics;
    private final Catalog catalog;
    /** Names the program binds anywhere (a program may call its own variable "input"). */
    private final Set<String> bound = new HashSet<>();
    /** Attribute names the program defines: assigned on an object, or defined in a class body. */
    private final Set<String> definedAttributes = new HashSet<>();
    /** Module names bound by import (the alias if there is one) to the module. */
    private final Map<String, String> importedModules = new HashMap<>();
    /** Whether the program imports ctypes in any form (see refuseCtypesWrite). */
    private boolean ctypesImported;
    /** The enum rules, for a program that imports enum. */
    private final EnumChecks enums = new EnumChecks(this::refuse);
    private final MetaclassChecks metaclasses = new MetaclassChecks(this::refuse);
    private final RegexChecks regex = new RegexChecks(this::refuse, importedModules);
    private final CollectorObservations collector = new CollectorObservations(this::refuse, importedModules);
    private final CollectionsAbcChecks abcClasses = new CollectionsAbcChecks(this::refuse, importedModules);
    private final UncountedStatements uncounted = new UncountedStatements(this::refuse);
    private final FirstImportChecks firstImports = new FirstImportChecks(this::refuse, collector, importedModules, uncounted);
    private final DatetimeChecks datetimes = new DatetimeChecks(this::refuse);
    private final StdlibChecks stdlib = new StdlibChecks(this::refuse);
    private final RandomChecks randoms = new RandomChecks(this::refuse);
    private final TemplateChecks templates = new TemplateChecks(this::refuse);
    private final GetattributeChecks getattributes = new GetattributeChecks(this::refuse);
    private final ComparisonResultChecks comparisonResults = new ComparisonResultChecks(this::refuse);
    private final IndexChecks indexes = new IndexChecks(this::refuse);
    private final RedirectChecks redirects = new RedirectChecks(this::refuse);
    /** The modules the program imports, by their real names. */
    private final Set<String> importedModuleNames = new HashSet<>();
    private static final Set<String> QUITTERS = Set.of("exit", "quit");
    private final List<Expr.Name> builtinUses = new ArrayList<>();
    /** exit and quit read as callees: the site's Quitter objects run only when called (their repr is not modelled). */
    private final Set<Expr> calledQuitters = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /**
     * An lru_cache wrapper's cache_parameters is Lib/functools.py's lambda in the wrapper's __dict__;
     * the lab answers calls of it only (the reads that are a call's callee, and hasattr), and not the __dict__
     * itself (which also holds update_wrapper's __annotations__) of the functions decorated with it.
     */
    private final Set<Expr> answeredCacheParameters = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final Set<String> cacheWrappers = new HashSet<>();
    /** Names a {@code from m import *} bound that the lab does not model, with their module. */
    private final Map<String, String> starUnmodelled = new java.util.HashMap<>();
    private final List<Expr.Name> nameReads = new ArrayList<>();
    private final GlobalsUses globalsUses = new GlobalsUses();
    private final InternedRefcounts internedRefcounts = new InternedRefcounts();
    private final ConstantHolders constantHolders = new ConstantHolders();
    private final StartUpObjectCounts startUpCounts = new StartUpObjectCounts(importedModules);
    private final StreamUses streams = new StreamUses(importedModules);
    private final LocalsUses localsUses = new LocalsUses(this::refuse);
    /** Names a class statement binds: C.__dict__ of one would be a mappingproxy, which the lab does not model. */
    private final Set<String> classNames = new java.util.HashSet<>();
    /** The names a class's literal __slots__ lists: on the class they are member descriptors, not modelled. */
    private final Map<String, Set<String>> classSlots = new HashMap<>();
    /** The base names of the program's classes, so a slot read through a subclass ({@code Sub.slot}) is seen too. */
    private final Map<String, List<String>> classBases = new HashMap<>();
    /** Classes of the program whose bases are all such classes (or none): their __new__ is object.__new__. */
    private final Set<String> plainClasses = new java.util.HashSet<>();
    private final List<Expr.Attribute> attributeUses = new ArrayList<>();
    private final ClassOnlySpecialReads specialReads = new ClassOnlySpecialReads(classBases);
    private final NamedAttributeReads namedReads = new NamedAttributeReads();
    /** The program's classes deriving from dict, directly or through its own classes. */
    private final Set<String> dictSubclasses = new HashSet<>();
    /** type(self).__new__ / self.__class__.__new__ read inside a method (see classOfSelf). */
    private final Set<Expr.Attribute> selfNews = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    /** Inside a class's __index__ or __int__. */
    private boolean inConversionHook;
    private int functionDepth;
    private int classDepth;
    /** Whether the program can make bytes (a b'' literal, bytes(), bytearray(), str.encode): see {@link #refuseBytesMethods}. */
    private boolean makesBytes;
    /** Functions decorated with @contextmanager: their managers are not modelled as decorators (ContextDecorator). */
    private final Set<String> managerFactories = new java.util.HashSet<>();
    private int loopDepth;
    /** weakref's mappings (Mapping subclasses in CPython, so a mapping pattern would match them). */
    private static final Set<String> WEAK_MAPPINGS = Set.of("WeakValueDictionary", "WeakKeyDictionary");
    private boolean weakMappingUsed;
    private final ChainMapChecks chainMaps = new ChainMapChecks();
    private final ExceptionGroupChecks exceptionGroups = new ExceptionGroupChecks();
    private final WeakContainerLoops weakLoops = new WeakContainerLoops();
    private final ClassGraphWalks classGraphWalks = new ClassGraphWalks();
    private final UnicodeErrorChecks unicodeErrors = new UnicodeErrorChecks();
    private final CompilerWarningSites warningSites = new CompilerWarningSites();
    /** The first mapping pattern of the program, or null. */
    private Token mappingPattern;

    public Checker(List<Diagnostic> diagnostics, Catalog catalog) {
        this(diagnostics, null, catalog);
    }

    /**
     * readsBuiltin tells a program's own variable named like a builtin ({@code input = [...]}) from
     * the builtin (the resolver's answer; null: every such name reads the builtin); the catalogue
     * says what the runtime models.
     */
    public Checker(List<Diagnostic> diagnostics, java.util.function.Predicate<Expr.Name> readsBuiltin, Catalog catalog) {
        this.diagnostics = diagnostics;
        this.readsBuiltin = readsBuiltin;
        this.catalog = catalog;
    }

    /**
     * Where CPython's compiler may warn (is / is not, assert of a tuple, calls, subscripts), in its
     * compile order: the runtime writes the SyntaxWarnings before the program runs.
     */
    public List<CompilerWarningSites.Site> compilerWarningSites() {
        return warningSites.inCompileOrder();
    }

    public void check(List<Stmt> program) {
        int before = diagnostics.size();
        firstImports.program(program);
        program.forEach(s -> s.accept(this));
        checkNames();
        diagnostics.subList(before, diagnostics.size())
                .sort(java.util.Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    }

    /**
     * Nothing runs half-way: a builtin, module attribute or method name that CPython has and the
     * runtime does not is refused now, unless the program itself defines that name. A name
     * Python has nowhere runs, to CPython's own NameError or AttributeError.
     */
    private void checkNames() {
        checkComputedReads();
        checkFunctionAnnotations();
        if (gcImported) {
            for (Token t : cycleLeavingCalls) {
                refuse(t, "json.dumps(indent=...) in a program that imports gc (CPython's Python encoder leaves a reference cycle for the collector at each call)");
            }
        }
        if (weakMappingUsed && mappingPattern != null) {
            refuse(mappingPattern, "a mapping pattern in a program that uses a weakref mapping (WeakValueDictionary and WeakKeyDictionary are mappings the lab's match does not recognise)");
        }
        globalsUses.check(!starUnmodelled.isEmpty(), this::refuse);
        internedRefcounts.finish(constantHolders, this::refuse);
        startUpCounts.finish(this::refuse);
        streams.check(definedAttributes, importedModuleNames.contains("io"), this::refuse);
        firstImports.finish();
        uncounted.finish();
        abcClasses.finish(collector);
        collector.finish();
        regex.finish();
        buffers.finish(definedAttributes, nameReads);
        datetimes.finish();
        stdlib.finish();
        randoms.finish(importedModuleNames);
        templates.finish(importedModuleNames, definedAttributes, this::readsTemplateClass);
        getattributes.finish(importedModuleNames, bound);
        indexes.finish(importedModuleNames, bound);
        redirects.finish(importedModuleNames, bound);
        refuseAbstractSets();
        chainMaps.finish(mappingPattern, this::refuse);
        exceptionGroups.finish(this::refuse);
        weakLoops.finish(this::refuse);
        classGraphWalks.finish(classNames, this::refuse);
        comparisonResults.finish(classNames, importedModuleNames);
        unicodeErrors.finish(this::refuse);
        refuseWrappedBuiltins();
        for (Expr.Name n : nameReads) {
            String module = starUnmodelled.get(n.name());
            if (module != null && !bound.contains(n.name())) {
                refuse(n.token(), "'" + module + "." + n.name() + "' (bound by 'from " + module + " import *')");
            }
        }
        for (Expr.Name n : builtinUses) {
            if (!bound.contains(n.name()) && !catalog.builtins().contains(n.name())) {
                refuse(n.token(), "the builtin '" + n.name() + "'");
            } else if (!bound.contains(n.name()) && QUITTERS.contains(n.name()) && !calledQuitters.contains(n)) {
                refuse(n.token(), "'" + n.name() + "' other than called (the site module's Quitter object)");
            }
        }
        for (Expr.Attribute a : attributeUses) {
            String name = a.name();
            enums.checkAttribute(a);
            if (name.equals("cache_parameters") && !answeredCacheParameters.contains(a) && !definedAttributes.contains(name)) {
                refuse(a.token(), "an lru_cache wrapper's cache_parameters other than called (Lib/functools.py's lambda)");
                continue;
            }
            if (name.equals("__dict__") && a.object() instanceof Expr.Name n && cacheWrappers.contains(n.name())) {
                refuse(a.token(), "the __dict__ of an lru_cache wrapper ('" + n.name() + ".__dict__')");
                continue;
            }
            if (a.object() instanceof Expr.Name n && slotsThrough(n.name(), new HashSet<>()).contains(name)) {
                refuse(a.token(), "a slot's member descriptor read on its class ('" + n.name() + "." + name + "')");
                continue;
            }
            if (name.equals("fromkeys") && !dictSubclasses.isEmpty()
                    && !(a.object() instanceof Expr.Name n && n.name().equals("dict") && !bound.contains("dict"))) {
                // On a subclass it calls the class, then the subclass's own __setitem__ per key: not modelled.
                refuse(a.token(), "fromkeys in a program with a class deriving from dict");
                continue;
            }
            if (collectionsClass(a.object(), null) && name.startsWith("__") && name.endsWith("__") && !COLLECTIONS_CLASS_DUNDERS.contains(name)) {
                // OrderedDict.__setitem__(self, k, v) and the rest: the class's slot wrappers are not modelled.
                refuse(a.token(), "the special attribute '" + name + "' of a collections class");
                continue;
            }
            if (name.startsWith("__") && name.endsWith("__") && !(a.object() instanceof Expr.Name n && readsBuiltinType(n))) {
                refuseBuiltinOnlyDunder(a);
                continue;
            }
            if (a.object() instanceof Expr.Name n && readsBuiltinType(n)) {
                refuseTypeAttribute(a, n.name());
                continue;
            }
            if (collectionsClass(a.object(), null) && !(name.startsWith("__") && name.endsWith("__"))
                    && !(name.equals("fromkeys") && collectionsClass(a.object(), "OrderedDict"))) {
                refuse(a.token(), "an attribute of a collections class ('" + name + "')");
                continue;
            }
            if (a.object() instanceof Expr.Name n && importedModules.containsKey(n.name())) {
                String module = importedModules.get(n.name());
                if (module.equals("sys") && StreamUses.STREAMS.contains(name)) continue; // StreamUses
                Set<String> known = catalog.modules().get(module);
                Set<String> real = PythonNames.MODULES.getOrDefault(module, Set.of());
                if (known != null && !known.contains(name) && real.contains(name)) refuse(a.token(), "'" + module + "." + name + "'");
                continue;
            }
            if (name.equals("f_code") && !frameCodeNameReads.contains(a) && !definedAttributes.contains(name)) {
                refuse(a.token(), "a frame's f_code other than read for its co_name");
            } else if (PythonNames.ATTRIBUTES.contains(name) && !definedAttributes.contains(name) && !catalog.methods().contains(name)) {
                refuse(a.token(), "the attribute or method '" + name + "'");
            } else if (makesBytes) {
                refuseBytesMethods(a);
            }
        }
    }

    /**
     * Bytes share most method names with str (b.title(), b.center()), so the name alone does not
     * tell whether a method of bytes the lab lacks is being called: in a program that makes bytes,
     * a method name of CPython's bytes or bytearray that the lab's bytes types do not answer is
     * refused wherever it appears (unless the program defines it).
     */
    private void refuseBytesMethods(Expr.Attribute a) {
        String name = a.name();
        if (name.startsWith("__") || definedAttributes.contains(name) || isStrValue(a.object())) return;
        for (String type : List.of("bytes", "bytearray")) {
            if (cpythonHas(type, name) && !catalog.typeAttributes().getOrDefault(type, Set.of()).contains(name)) {
                refuse(a.token(), "the " + type + " method '" + name + "'");
                return;
            }
        }
    }

    /**
     * A str for certain: a str literal or an f-string, or a str method called on one ("x".upper().translate(t)).
     * (A bytes literal is a Constant too, but of a byte[]-like value, not a String.)
     */
    private static boolean isStrValue(Expr e) {
        if (e instanceof Expr.Constant c) return c.value() instanceof String;
        if (e instanceof Expr.FString) return true;
        return e instanceof Expr.Call c && c.callee() instanceof Expr.Attribute m && STR_TO_STR.contains(m.name()) && isStrValue(m.object());
    }

    /** str methods that return a str. */
    private static final Set<String> STR_TO_STR = Set.of("lower", "upper", "strip", "lstrip", "rstrip", "title", "capitalize",
            "casefold", "swapcase", "replace", "translate", "center", "ljust", "rjust", "zfill", "expandtabs", "format",
            "removeprefix", "removesuffix");

    /**
     * __new__ and __del__ of builtin values (every type's __new__, a generator's __del__) are not
     * modelled: reading them is refused unless the program defines them in a class, or asks super().
     */
    private void refuseBuiltinOnlyDunder(Expr.Attribute a) {
        if (a.object() instanceof Expr.Name n && !bound.contains(n.name()) && PythonNames.BUILTINS.contains(n.name())
                && DESCRIBED_SPECIALS.contains(a.name())) {
            refuse(a.token(), "the special attribute '" + a.name() + "' of a builtin object");
            return;
        }
        if (a.name().equals("__weakref__") && a.object() instanceof Expr.Name n && classNames.contains(n.name())) {
            refuse(a.token(), "a class's '__weakref__' (a getset descriptor; an instance's __weakref__ is supported)");
            return;
        }
        if (a.name().equals("__dict__") && a.object() instanceof Expr.Name n && classNames.contains(n.name())
                && !answeredClassDicts.contains(a)) {
            refuse(a.token(), "a class's '__dict__' beyond 'in' and reading a name (a mappingproxy; an instance's __dict__ is supported)");
            return;
        }
        boolean classOnly = CLASS_ONLY_SPECIALS.contains(a.name());
        if (!a.name().equals("__new__") && !a.name().equals("__del__") && !classOnly) return;
        boolean viaSuper = a.object() instanceof Expr.Call c && c.callee() instanceof Expr.Name n && n.name().equals("super");
        if (classOnly) {
            // The class's own method; builtin values' and object's slots for these are not modelled.
            if (definedAttributes.contains(a.name()) && !viaSuper) {
                if (specialReads.receiverDefines(a)) return;
                // Some class defines it, but this receiver may be a builtin value or an object without it.
                refuse(a.token(), "the special attribute '" + a.name() + "' read on a value that may not be an instance of a "
                        + "class defining it (builtin values' and object's '" + a.name() + "' are not modelled)");
                return;
            }
            // super().__init_subclass__(**kwargs) in a hook reaches object's, which the engine answers.
            if (viaSuper && a.name().equals("__init_subclass__")) return;
            // super().__set__(obj, value) in a descriptor subclass: the base's own hook (object has none:
            // CPython's AttributeError, which the engine raises too).
            if (viaSuper && DESCRIPTOR_HOOKS.contains(a.name()) && definedAttributes.contains(a.name())) return;
            refuse(a.token(), "the special attribute '" + a.name() + "' of a builtin object");
            return;
        }
        if (definedAttributes.contains(a.name())) return;
        if (viaSuper) return;
        if (selfNews.contains(a)) return;
        if (a.object() instanceof Expr.Name n && plainClasses.contains(n.name())) return;
        // int.__new__(cls, v), str.__new__, float.__new__, tuple.__new__: the type's own (runtime.ValueInstances).
        if (a.name().equals("__new__") && a.object() instanceof Expr.Name n && !bound.contains(n.name())
                && VALUE_TYPES.contains(n.name())) {
            return;
        }
        refuse(a.token(), "the special attribute '" + a.name() + "' of a builtin object");
    }

    /** The builtin types whose __new__ a program may call (to make an instance of its subclass). */
    private static final Set<String> VALUE_TYPES = Set.of("int", "float", "str", "tuple");

    /**
     * type(self) or self.__class__ inside a method: the program's own class, whose __new__ is
     * object.__new__ (a __copy__ that builds its result with type(self).__new__(type(self))).
     */
    private boolean classOfSelf(Expr e) {
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name t && t.name().equals("type")
                && !bound.contains("type") && c.args().size() == 1 && c.args().get(0) instanceof Expr.Name s) {
            return s.name().equals("self");
        }
        return e instanceof Expr.Attribute at && at.name().equals("__class__")
                && at.object() instanceof Expr.Name s && s.name().equals("self");
    }

    /** Whether n reads a builtin type object (str, dict...) rather than a variable of the program. */
    private boolean readsBuiltinType(Expr.Name n) {
        return catalog.typeAttributes().containsKey(n.name()) && !bound.contains(n.name())
                && (readsBuiltin == null || readsBuiltin.test(n));
    }

    /**
     * str.upper, dict.fromkeys, int.__add__: refused when CPython's type (or its metatype, type)
     * has the attribute and the engine does not answer it; a name neither has runs to CPython's
     * own AttributeError.
     */
    private void refuseTypeAttribute(Expr.Attribute a, String type) {
        if (catalog.typeAttributes().get(type).contains(a.name())) return;
        if (cpythonHas(type, a.name()) || cpythonHas("type", a.name())) refuse(a.token(), "'" + type + "." + a.name() + "'");
    }

    private static boolean cpythonHas(String type, String name) {
        for (String e : PythonTypes.ATTRIBUTES.getOrDefault(type, List.of())) {
            if (e.startsWith(name + " ")) return true;
        }
        return false;
    }

    /**
     * x.value = n in a program that imports ctypes: through from_address it writes a live object's
     * reference count, which the lab's model cannot follow; a class's own self.value is fine.
     */
    private void refuseCtypesWrite(Expr target) {
        if (target instanceof Expr.Attribute a && a.name().equals("value") && ctypesImported
                && !(a.object() instanceof Expr.Name n && n.name().equals("self"))) {
            refuse(a.token(), "writing memory through ctypes ('.value = ...')");
        }
    }

    private void bindName(String name) {
        bound.add(name);
        specialReads.bound(name);
    }

    /** Records the names an assignment or loop target binds. */
    private void bind(Expr target) {
        if (target instanceof Expr.Name n) {
            bindName(n.name());
        } else if (target instanceof Expr.Attribute a) {
            definedAttributes.add(a.name());
            specialReads.stored(a);
        } else if (target instanceof Expr.TupleDisplay t) {
            t.elements().forEach(this::bind);
        } else if (target instanceof Expr.ListDisplay l) {
            l.elements().forEach(this::bind);
        } else if (target instanceof Expr.Starred st) {
            bind(st.value());
        }
    }

    /** Whether the expression being checked is an assignment target (where `*rest` is allowed). */
    private boolean inTarget;

    private void target(Expr t) {
        boolean saved = inTarget;
        inTarget = true;
        try {
            expr(t);
        } finally {
            inTarget = saved;
        }
    }

    /** The items of a display or the arguments of a call, where a starred item unpacks. */
    private void displayItems(List<Expr> elements) {
        boolean target = inTarget;
        for (Expr e : elements) {
            inTarget = target && (e instanceof Expr.Starred || e instanceof Expr.TupleDisplay || e instanceof Expr.ListDisplay);
            starAllowed = e instanceof Expr.Starred;
            try {
                expr(e);
            } finally {
                inTarget = target;
                starAllowed = false;
            }
        }
    }

    /** Whether the starred expression being visited is an item of a display or call (where it unpacks). */
    private boolean starAllowed;

    /** Names bound by `from collections import ...` (alias to the collections name). */
    private final Map<String, String> collectionsNames = new HashMap<>();
    /** Names bound by `from typing import ...`. */
    private final Set<String> typingNames = new HashSet<>();
    /** The names `from typing import ...` bound, to the names they import. */
    private final Map<String, String> typingImports = new HashMap<>();
    /** Names bound to typing.NamedTuple by `from typing import NamedTuple [as N]`. */
    private final Set<String> namedTupleNames = new HashSet<>();

    /**
     * typing's forms whose __origin__ is a class ABCMeta made (collections.abc's, and ChainMap, a
     * MutableMapping): isinstance(x, Iterable) with typing's Iterable asks that class, whose caches
     * gc would count.
     */
    private static final Set<String> TYPING_ABC_FORMS = Set.of("Iterator", "Iterable", "Generator", "Sequence", "Mapping",
            "Callable", "Collection", "Container", "Reversible", "Hashable", "Sized", "AbstractSet", "MutableSet",
            "MutableMapping", "MutableSequence", "MappingView", "KeysView", "ItemsView", "ValuesView", "Awaitable", "Coroutine",
            "AsyncIterable", "AsyncIterator", "AsyncGenerator", "ChainMap");

    private void typingAbcCheck(Expr.Call e) {
        if (!(e.callee() instanceof Expr.Name n) || !(n.name().equals("isinstance") || n.name().equals("issubclass"))
                || bound.contains(n.name()) || e.args().size() != 2) {
            return;
        }
        if (namesTypingAbc(e.args().get(1))) abcClasses.abcCheck(n.token());
        if (mayRaiseInTyping(e.args().get(1))) collector.libraryCode(n.token(), n.name() + "() against typing's Any, Optional, Union or an alias of a forward reference or generic");
    }

    /** The typing name an expression reads (`from typing import X` bound, or `typing.X`), or null. */
    private String typingForm(Expr e) {
        if (e instanceof Expr.Name n) return typingImports.get(n.name());
        if (e instanceof Expr.Attribute a && a.object() instanceof Expr.Name o && "typing".equals(importedModules.get(o.name()))) return a.name();
        return null;
    }

    private static final Set<String> RAISING_FORMS = Set.of("Any", "Optional", "Union", "Self", "NoReturn", "Never", "LiteralString");

    /**
     * Whether a check may raise inside typing.py's __instancecheck__ (Any, a bare Optional or Union, an
     * alias whose arguments are forward references or subscriptions): CPython's traceback then keeps
     * typing's frame, which the lab's does not.
     */
    private boolean mayRaiseInTyping(Expr e) {
        String form = typingForm(e);
        if (form != null) return RAISING_FORMS.contains(form);
        if (e instanceof Expr.TupleDisplay t) return t.elements().stream().anyMatch(this::mayRaiseInTyping);
        if (e instanceof Expr.Binary b) return mayRaiseInTyping(b.left()) || mayRaiseInTyping(b.right());
        if (e instanceof Expr.Subscript s && typingForm(s.object()) != null) {
            Expr index = s.index();
            List<Expr> items = index instanceof Expr.TupleDisplay t ? t.elements() : List.of(index);
            return items.stream().anyMatch(i -> i instanceof Expr.Constant c && c.value() instanceof String || i instanceof Expr.Subscript
                    || mayRaiseInTyping(i));
        }
        return false;
    }

    /** Whether a class argument names one of {@link #TYPING_ABC_FORMS}, alone, in a tuple, a union or a subscription. */
    private boolean namesTypingAbc(Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute) return TYPING_ABC_FORMS.contains(String.valueOf(typingForm(e)));
        if (e instanceof Expr.TupleDisplay t) return t.elements().stream().anyMatch(this::namesTypingAbc);
        if (e instanceof Expr.Binary b) return namesTypingAbc(b.left()) || namesTypingAbc(b.right());
        if (e instanceof Expr.Subscript s) return namesTypingAbc(s.object()) || namesTypingAbc(s.index());
        return false;
    }

    /** Names assigned the result of a namedtuple(...) call. */
    private final Set<String> namedtupleClasses = new java.util.HashSet<>();

    /** Classes deriving from a namedtuple class: a class deriving from one of them is not modelled. */
    private final Set<String> namedtupleSubclasses = new java.util.HashSet<>();
    /** The literal field names of namedtuple classes and of the classes deriving from them, by name. */
    private final java.util.Map<String, Set<String>> namedtupleFields = new java.util.HashMap<>();

    /** The field names a namedtuple(...) call writes as literals ('x y', 'x, y', ['x', 'y']). */
    private static Set<String> literalFields(Expr e) {
        Set<String> out = new java.util.HashSet<>();
        if (e instanceof Expr.Call c && c.args().size() == 1) c.keywords().forEach(k -> out.add(k.name()));
        if (!(e instanceof Expr.Call c) || c.args().size() < 2) return out;
        Expr f = c.args().get(1);
        if (f instanceof Expr.Constant k && k.value() instanceof String names) {
            for (String n : names.replace(',', ' ').trim().split("\\s+")) out.add(n);
        }
        List<Expr> items = f instanceof Expr.ListDisplay l ? l.elements() : f instanceof Expr.TupleDisplay t ? t.elements() : List.of();
        for (Expr item : items) {
            // typing.NamedTuple's functional form lists (name, type) pairs.
            if (item instanceof Expr.TupleDisplay pair && !pair.elements().isEmpty()) item = pair.elements().get(0);
            if (item instanceof Expr.Constant k && k.value() instanceof String n) out.add(n);
        }
        return out;
    }
    /** How deep the checker is inside the body of a class deriving from a namedtuple class. */
    private int namedtupleSubclassBodies;

    /**
     * A class deriving from deque, defaultdict, Counter or OrderedDict is not modelled; one deriving
     * from a namedtuple class is (runtime.NamedTupleSubclasses) when that is its only base, and its
     * body defines no __new__ (namedtuple's generated one is all the engine makes instances with).
     * Returns whether s derives from a namedtuple class.
     */
    private boolean refuseCollectionsBases(Stmt.ClassDef s) {
        boolean derives = false;
        boolean typed = false;
        for (Expr base : s.bases()) {
            boolean typing = isTypingNamedTuple(base);
            typed |= typing;
            boolean namedtuple = typing || base instanceof Expr.Call c && collectionsClass(c.callee(), "namedtuple")
                    || base instanceof Expr.Name n && namedtupleClasses.contains(n.name());
            if (base instanceof Expr.Name n && namedtupleSubclasses.contains(n.name())) {
                refuse(s.token(), "a class deriving from a namedtuple's subclass");
            }
            // OrderedDict is modelled as a builtin base (runtime.BuiltinBases.ORDERED_DICT); the others are not.
            if (collectionsClass(base, null) && !collectionsClass(base, "OrderedDict")) {
                refuse(s.token(), "a class deriving from a collections type");
            }
            if (collectionsClass(base, "OrderedDict")) refuseOdictItems(s);
            derives |= namedtuple;
        }
        if (!derives) return false;
        if (s.bases().size() > 1 || !s.keywords().isEmpty()) {
            refuse(s.token(), "a class deriving from a namedtuple class and other bases or keywords");
        }
        if (typed) {
            // NamedTupleMeta raises its own AttributeError for __new__ (and the other names it protects).
            namedtupleSubclasses.add(s.name());
            namedtupleFields.put(s.name(), annotatedNames(s.body()));
            return true;
        }
        for (Stmt st : s.body()) {
            Stmt def = st instanceof Stmt.Decorated d ? d.definition() : st;
            if (def instanceof Stmt.FunctionDef fd && fd.name().equals("__new__")) {
                refuse(fd.token(), "__new__ in a class deriving from a namedtuple class");
            }
        }
        namedtupleSubclasses.add(s.name());
        Expr base = s.bases().get(0);
        namedtupleFields.put(s.name(), base instanceof Expr.Name n ? namedtupleFields.getOrDefault(n.name(), Set.of()) : literalFields(base));
        return true;
    }

    /** odict_repr reads a subclass's pairs through its items(), which the lab does not call: refused. */
    private void refuseOdictItems(Stmt.ClassDef s) {
        for (Stmt st : s.body()) {
            Stmt def = st instanceof Stmt.Decorated d ? d.definition() : st;
            if (def instanceof Stmt.FunctionDef fd && fd.name().equals("items")) {
                refuse(fd.token(), "items() in a class deriving from OrderedDict");
            }
        }
    }

    /** typing.NamedTuple as a base: a name `from typing import NamedTuple` bound, or typing.NamedTuple. */
    private boolean isTypingNamedTuple(Expr base) {
        return base instanceof Expr.Name n && namedTupleNames.contains(n.name()) && !classNames.contains(n.name())
                || base instanceof Expr.Attribute a && a.name().equals("NamedTuple") && a.object() instanceof Expr.Name m
                && "typing".equals(importedModules.get(m.name()));
    }

    /** The names a class body annotates (`x: int`), which the parser stores as `__annotations__['x'] = int`. */
    private static Set<String> annotatedNames(List<Stmt> body) {
        Set<String> out = new java.util.HashSet<>();
        for (Stmt st : body) {
            if (st instanceof Stmt.Assign a && a.targets().size() == 1 && a.targets().get(0) instanceof Expr.Subscript sub
                    && sub.object() instanceof Expr.Name n && n.name().equals("__annotations__")
                    && sub.index() instanceof Expr.Constant k && k.value() instanceof String name) {
                out.add(name);
            }
        }
        return out;
    }

    /**
     * The builtin types a class statement may name as a base in CPython but the lab does not model
     * as one (list, dict, set, int, float, str and tuple are modelled: runtime.BuiltinBases).
     */
    private static final Set<String> SUBCLASSABLE_BUILTIN_TYPES = Set.of("frozenset",
            "bytes", "bytearray", "complex", "type", "property", "staticmethod", "classmethod", "super",
            "enumerate", "zip", "map", "filter", "reversed");
    /** Modules whose classes a program may derive from (handled where they are modelled). */
    private static final Set<String> BASE_MODULES = Set.of("typing", "abc", "enum");
    /**
     * A module's type the lab models as a base: weakref.ref under either name (runtime.BuiltinBases.WEAKREF),
     * collections' classes written in Python (runtime.UserCollections).
     */
    private static final Set<String> MODULE_BASES = Set.of("weakref.ref", "weakref.ReferenceType",
            "collections.UserDict", "collections.UserList", "collections.UserString");

    /**
     * class Frozen(frozenset), class Q(operator.itemgetter): instances of builtin and module types with a
     * program's own attributes are not modelled; refused before the first line rather than half-way
     * (list, dict, set, int, float, str, tuple, OrderedDict and weakref.ref are).
     * (bool, range, slice and memoryview are CPython's own TypeError, raised when the class runs.)
     */
    private void refuseBuiltinBases(Stmt.ClassDef s) {
        for (Expr base : s.bases()) {
            if (base instanceof Expr.Name n && !bound.contains(n.name()) && SUBCLASSABLE_BUILTIN_TYPES.contains(n.name())) {
                refuse(n.token(), "a class deriving from the builtin type '" + n.name() + "'");
            } else if (base instanceof Expr.Attribute a && a.object() instanceof Expr.Name m
                    && importedModules.containsKey(m.name()) && !BASE_MODULES.contains(importedModules.get(m.name()))
                    && engineHas(importedModules.get(m.name()), a.name()) && !collectionsClass(base, null)
                    && !importedModules.get(m.name()).equals("collections.abc")
                    && !MODULE_BASES.contains(importedModules.get(m.name()) + "." + a.name())) {
                refuse(a.token(), "a class deriving from '" + importedModules.get(m.name()) + "." + a.name() + "'");
            } else if (base instanceof Expr.Name n && fromImported.containsKey(n.name()) && !collectionsClass(base, null)
                    && !fromImported.get(n.name()).startsWith("collections.abc.")
                    && !MODULE_BASES.contains(fromImported.get(n.name()))) {
                refuse(n.token(), "a class deriving from '" + fromImported.get(n.name()) + "'");
            }
        }
    }

    /** Whether the engine's module has the name (what it lacks is refused by name already). */
    private boolean engineHas(String module, String name) {
        return catalog.modules().getOrDefault(module, Set.of()).contains(name);
    }

    /** Names bound by `from m import name`, to m.name, for modules outside BASE_MODULES. */
    private final Map<String, String> fromImported = new HashMap<>();
    private final PythonLibraryFunctions pythonLibraryFunctions = new PythonLibraryFunctions(this::refuse, this::libraryName);

    /** module.name for an imported module's attribute (json.dumps) or a name imported from a module (from json import dumps). */
    private String libraryName(Expr e) {
        if (e instanceof Expr.Attribute a && a.object() instanceof Expr.Name n && importedModules.containsKey(n.name())) {
            return importedModules.get(n.name()) + "." + a.name();
        }
        return e instanceof Expr.Name n ? fromImported.get(n.name()) : null;
    }
    private final TypingSubscripts typingSubscripts = new TypingSubscripts(typingNames, importedModules);

    /** Whether e reads the class string.Template (bound by from string import Template, or string.Template). */
    private boolean readsTemplateClass(Expr e) {
        if (e instanceof Expr.Name n) return "string.Template".equals(fromImported.get(n.name()));
        return e instanceof Expr.Attribute a && a.name().equals("Template") && a.object() instanceof Expr.Name m
                && "string".equals(importedModules.get(m.name()));
    }
    private final BufferChecks buffers = new BufferChecks(this::refuse, importedModules, fromImported);

    /** Whether e names a collections class (or the given one): `deque`, `collections.deque`. */
    private boolean collectionsClass(Expr e, String which) {
        if (e instanceof Expr.Call c && which != null && which.equals("namedtuple")) return collectionsClass(c.callee(), which);
        String name = null;
        if (e instanceof Expr.Name n && !namedtupleClasses.contains(n.name())) name = collectionsNames.get(n.name());
        if (e instanceof Expr.Attribute a && a.object() instanceof Expr.Name m && "collections".equals(importedModules.get(m.name()))) {
            name = a.name();
        }
        if (name == null) return false;
        return which == null ? Set.of("deque", "defaultdict", "Counter", "OrderedDict", "ChainMap").contains(name) : which.equals(name);
    }

    private void refuse(Token at, String what) {
        Diagnostic d = new Diagnostic(at.line(), at.column(), "line " + at.line() + ": " + what + " is not supported in the memory lab");
        // A literal a computed getattr name may take is checked once per such getattr: say it once.
        if (!diagnostics.contains(d)) diagnostics.add(d);
    }

    private void error(Token at, String message) {
        diagnostics.add(new Diagnostic(at.line(), at.column(), "line " + at.line() + ": " + message));
    }

    private void body(List<Stmt> stmts) {
        stmts.forEach(s -> s.accept(this));
    }

    private int depth;
    private boolean tooDeep;

    private void expr(Expr e) {
        if (e == null) return;
        // CPython's compiler gives up on expressions nested about 3000 deep (even a long chain of +).
        if (depth >= Parser.MAX_NESTING) {
            if (!tooDeep) error(e.token(), Parser.TOO_DEEP);
            tooDeep = true;
            return;
        }
        depth++;
        try {
            e.accept(this);
        } finally {
            depth--;
        }
    }

    // ---- statements ----

    public Void visitExpression(Stmt.Expression s) {
        firstImports.expressionStatement(s);
        expr(s.expr());
        firstImports.expressionChecked(s);
        return null;
    }

    public Void visitAssign(Stmt.Assign s) {
        regex.assign(s);
        randoms.assign(s, s.value() instanceof Expr.Call c ? libraryFunction(c) : null);
        templates.assign(s, s.value() instanceof Expr.Call c ? libraryFunction(c) : null);
        internedRefcounts.assign(s);
        s.targets().forEach(this::refuseCtypesWrite);
        s.targets().forEach(this::bind);
        specialReads.assigned(s);
        s.targets().forEach(weakLoops::subscriptChanged);
        boolean typingForm = s.value() instanceof Expr.Call c && (isTypingNamedTuple(c.callee()));
        if (collectionsClass(s.value(), "namedtuple") || typingForm) s.targets().forEach(t -> {
            if (t instanceof Expr.Name n) {
                namedtupleClasses.add(n.name());
                namedtupleFields.put(n.name(), literalFields(s.value()));
            }
        });
        if (classDepth > 0 && functionDepth == 0) s.targets().forEach(t -> {
            if (t instanceof Expr.Name n) definedAttributes.add(n.name());
        });
        s.targets().forEach(t -> {
            if (t instanceof Expr.Name n) streams.bound(n.name(), s.value());
            if (t instanceof Expr.Name n && s.targets().size() == 1) globalsUses.bound(n.name(), s.value(), classDepth == 0 && functionDepth == 0);
        });
        s.targets().forEach(this::target);
        expr(s.value());
        typingSubscripts.assigned(s);
        return null;
    }

    public Void visitAugAssign(Stmt.AugAssign s) {
        refuseCtypesWrite(s.target());
        bind(s.target());
        expr(s.target());
        expr(s.value());
        return null;
    }

    public Void visitDel(Stmt.Del s) {
        for (Expr t : s.targets()) {
            if (t instanceof Expr.Attribute a) streams.deleted(a);
            if (t instanceof Expr.Name n) globalsUses.deleted(n);
            weakLoops.subscriptChanged(t);
            if (!(t instanceof Expr.Name || t instanceof Expr.Attribute || t instanceof Expr.Subscript
                    || t instanceof Expr.TupleDisplay || t instanceof Expr.ListDisplay)) {
                error(t.token(), "cannot delete " + (t instanceof Expr.Call ? "function call" : "expression"));
            }
            expr(t);
        }
        return null;
    }

    public Void visitIf(Stmt.If s) { expr(s.condition()); body(s.body()); body(s.orElse()); return null; }

    public Void visitWhile(Stmt.While s) {
        int test = warningSites.mark();
        expr(s.condition());
        int body = warningSites.mark();
        loop(s.body());
        warningSites.repeat(test, body);
        body(s.orElse());
        return null;
    }

    public Void visitFor(Stmt.For s) {
        allowClassDictKeys(s.iterable());
        internedRefcounts.forLoop(s);
        bind(s.target());
        target(s.target());
        streams.iteratedOrEntered(s.iterable());
        expr(s.iterable());
        weakLoops.enter(s.iterable());
        loop(s.body());
        weakLoops.leave();
        body(s.orElse());
        return null;
    }

    private void loop(List<Stmt> stmts) {
        loopDepth++;
        body(stmts);
        loopDepth--;
    }

    public Void visitFunctionDef(Stmt.FunctionDef s) {
        bindName(s.name());
        regex.defined(s.name());
        if (classDepth > 0 && s.name().equals("__del__")) collector.observer(s.token());
        if (classDepth > 0) definedAttributes.add(s.name());
        s.params().forEach(p -> bindName(p.name()));
        s.kwonly().forEach(p -> specialReads.bound(p.name()));
        if (s.varargs() != null) specialReads.bound(s.varargs());
        if (s.varkw() != null) specialReads.bound(s.varkw());
        s.params().forEach(p -> expr(p.defaultValue()));
        s.kwonly().forEach(p -> expr(p.defaultValue()));
        s.params().forEach(p -> streams.bound(p.name(), p.defaultValue()));
        s.kwonly().forEach(p -> streams.bound(p.name(), p.defaultValue()));
        s.annotations().forEach(a -> expr(a.value()));
        int savedLoops = loopDepth;
        loopDepth = 0;
        boolean savedConversion = inConversionHook;
        inConversionHook = classDepth > 0 && (s.name().equals("__index__") || s.name().equals("__int__"));
        functionDepth++;
        classGraphWalks.enterFunction(s);
        localsUses.enterFunction();
        firstImports.enterFunction();
        uncounted.enterFunction(s.name());
        constantHolders.enterCode();
        body(s.body());
        constantHolders.exitCode();
        uncounted.exitFunction();
        firstImports.exitFunction();
        localsUses.exitFunction();
        classGraphWalks.exitFunction();
        functionDepth--;
        inConversionHook = savedConversion;
        loopDepth = savedLoops;
        return null;
    }

    /** Whether an expression is a bool by its form: True/False, a comparison, not, bool(), isinstance()... */
    private static boolean boolValued(Expr e) {
        if (e instanceof Expr.Constant c) return c.value() instanceof Boolean;
        if (e instanceof Expr.Compare) return true;
        if (e instanceof Expr.Unary u) return u.op() == TokenType.NOT;
        if (e instanceof Expr.BoolOp b) return boolValued(b.left()) && boolValued(b.right());
        return e instanceof Expr.Call c && c.callee() instanceof Expr.Name n
                && java.util.Set.of("bool", "isinstance", "issubclass", "callable", "hasattr").contains(n.name());
    }

    public Void visitClassDef(Stmt.ClassDef s) {
        if (Dataclasses.isExpanded(s)) uncounted.statement("a @dataclass class statement (dataclasses' own Python code and the exec of its methods)");
        noteKeyedClassDict(s, decoratingClass);
        decoratingClass = false;
        getattributes.classDef(s);
        abcClasses.classDef(s);
        indexes.classDef(s);
        redirects.classDef(s);
        metaclasses.check(s, bound::contains, classNames);
        boolean metaclass = metaclasses.definesMetaclass(s, bound::contains);
        bindName(s.name());
        classNames.add(s.name());
        classBases.computeIfAbsent(s.name(), k -> new ArrayList<>())
                .addAll(s.bases().stream().filter(b -> b instanceof Expr.Name).map(b -> ((Expr.Name) b).name()).toList());
        if (s.bases().stream().allMatch(b -> b instanceof Expr.Name n && plainClasses.contains(n.name()))) plainClasses.add(s.name());
        if (classDepth > 0 && functionDepth == 0) definedAttributes.add(s.name());
        s.bases().forEach(this::expr);
        for (Expr.Keyword k : s.keywords()) expr(k.value());
        boolean namedtupleBase = refuseCollectionsBases(s);
        if (!metaclass) refuseBuiltinBases(s);
        if (s.bases().stream().anyMatch(b -> b instanceof Expr.Name n
                && (n.name().equals("dict") && !bound.contains("dict") || dictSubclasses.contains(n.name()))
                || collectionsClass(b, "OrderedDict"))) {
            dictSubclasses.add(s.name());
        }
        if (enums.isEnumClass(s, importedModules)) enums.checkBody(s);
        // A class inside a function has a body of its own: the class-body rules apply to it again.
        int savedFunctions = functionDepth;
        int savedLoops = loopDepth;
        functionDepth = 0;
        loopDepth = 0;
        classDepth++;
        uncounted.enterClass(s.name());
        specialReads.enterClass(s);
        constantHolders.enterCode();
        if (namedtupleBase) namedtupleSubclassBodies++;
        for (Stmt st : s.body()) {
            Stmt def = st instanceof Stmt.Decorated d ? d.definition() : st;
            if (def instanceof Stmt.FunctionDef fd && fd.name().startsWith("__") && fd.name().endsWith("__")
                    && !SPECIAL_METHODS.contains(fd.name()) && !(metaclass && MetaclassChecks.preparesNamespace(st))) {
                refuse(fd.token(), "the special method '" + fd.name() + "'");
                continue;
            }
            if (def instanceof Stmt.FunctionDef fd && ReduceChecks.NAMES.contains(fd.name())) ReduceChecks.check(fd, this::refuse);
            if (def instanceof Stmt.FunctionDef fd && ComparisonResultChecks.NAMES.contains(fd.name())) comparisonResults.check(fd);
            if (st instanceof Stmt.For || st instanceof Stmt.While) {
                refuse(st.token(), "a loop in a class body");
            } else {
                refuseSlotsNamingDict(st, s.name());
                st.accept(this);
            }
        }
        classDepth--;
        uncounted.exitClass();
        specialReads.exitClass();
        constantHolders.exitCode();
        if (namedtupleBase) namedtupleSubclassBodies--;
        functionDepth = savedFunctions;
        loopDepth = savedLoops;
        return null;
    }

    /** The literal slot names of a class of the program and of its bases among the program's classes. */
    private Set<String> slotsThrough(String className, Set<String> seen) {
        if (!seen.add(className)) return Set.of();
        Set<String> out = new HashSet<>(classSlots.getOrDefault(className, Set.of()));
        for (String base : classBases.getOrDefault(className, List.of())) out.addAll(slotsThrough(base, seen));
        return out;
    }

    /**
     * {@code __slots__ = ('x', '__dict__')} gives slotted instances a dict back; the lab does not
     * model that layout, so a literal naming it is refused before the run ('__weakref__' runs).
     */
    private void refuseSlotsNamingDict(Stmt st, String className) {
        if (!(st instanceof Stmt.Assign a) || a.targets().size() != 1 || !(a.targets().get(0) instanceof Expr.Name n)
                || !n.name().equals("__slots__")) {
            return;
        }
        List<Expr> items = a.value() instanceof Expr.TupleDisplay t ? t.elements()
                : a.value() instanceof Expr.ListDisplay l ? l.elements() : List.of(a.value());
        for (Expr item : items) {
            if (item instanceof Expr.Constant c && c.value().equals("__dict__")) {
                refuse(item.token(), "__slots__ naming '" + c.value() + "'");
            } else if (item instanceof Expr.Constant c && c.value() instanceof String slot && !slot.equals("__weakref__")) {
                classSlots.computeIfAbsent(className, k -> new HashSet<>()).add(PrivateNames.mangle(className, slot));
            }
        }
    }

    /** The cache wrapper is a descriptor that binds like a function: not modelled on methods. */
    public Void visitDecorated(Stmt.Decorated s) {
        s.decorators().forEach(this::expr);
        for (Expr d : s.decorators()) {
            Expr callee = d instanceof Expr.Call c ? c.callee() : d;
            if (callee instanceof Expr.Name n && managerFactories.contains(n.name())) {
                refuse(n.token(), "a @contextmanager manager used as a decorator");
            }
            if (isContextmanager(d) && s.definition() instanceof Stmt.FunctionDef f) managerFactories.add(f.name());
            if (isFunctoolsCache(callee) && s.definition() instanceof Stmt.FunctionDef f) cacheWrappers.add(f.name());
        }
        decoratingClass = s.definition() instanceof Stmt.ClassDef;
        s.definition().accept(this);
        return null;
    }

    /** `lru_cache`/`cache` imported from functools, or read on the functools module. */
    private boolean isFunctoolsCache(Expr e) {
        if (e instanceof Expr.Name n) {
            String from = fromImported.get(n.name());
            return "functools.lru_cache".equals(from) || "functools.cache".equals(from);
        }
        return e instanceof Expr.Attribute a && (a.name().equals("lru_cache") || a.name().equals("cache"))
                && a.object() instanceof Expr.Name m && "functools".equals(importedModules.get(m.name()));
    }

    /** `contextmanager` imported from contextlib, or `contextlib.contextmanager`. */
    private boolean isContextmanager(Expr e) {
        if (e instanceof Expr.Name n) return "contextlib.contextmanager".equals(fromImported.get(n.name()));
        return e instanceof Expr.Attribute a && a.name().equals("contextmanager") && a.object() instanceof Expr.Name m
                && "contextlib".equals(importedModules.get(m.name()));
    }

    public Void visitReturn(Stmt.Return s) {
        if (functionDepth == 0) error(s.token(), "'return' outside function");
        if (s.value() != null) internedRefcounts.returned(s.value());
        if (s.value() != null) startUpCounts.returned(s.value());
        // __index__/__int__ returning a bool: CPython warns, through machinery the lab does not count.
        if (inConversionHook && s.value() != null && boolValued(s.value())) collector.allocator(CollectorObservations.HiddenAllocator.WARNING, s.token());
        expr(s.value());
        return null;
    }

    public Void visitBreak(Stmt.Break s) {
        if (loopDepth == 0) error(s.token(), "'break' outside loop");
        return null;
    }

    public Void visitContinue(Stmt.Continue s) {
        if (loopDepth == 0) error(s.token(), "'continue' not properly in loop");
        return null;
    }

    public Void visitPass(Stmt.Pass s) { return null; }

    public Void visitLocalAnnotation(Stmt.LocalAnnotation s) {
        bindName(s.name());
        return null;
    }

    public Void visitGlobal(Stmt.Global s) {
        if (classDepth > 0 && functionDepth == 0) refuse(s.token(), "'global' in a class body");
        return null;
    }

    public Void visitImport(Stmt.Import s) {
        for (int i = 0; i < s.modules().size(); i++) {
            Token module = s.modules().get(i);
            if (!catalog.modules().containsKey(module.lexeme())) {
                diagnostics.add(new Diagnostic(module.line(), module.column(), "line " + module.line()
                        + ": import of '" + module.lexeme() + "' is not supported in the memory lab (only "
                        + String.join(", ", new java.util.TreeSet<>(catalog.modules().keySet())) + ")"));
            }
            boolean aliased = i < s.aliases().size() && s.aliases().get(i) != null;
            // import collections.abc binds collections (the package); import collections.abc as c binds the submodule.
            String alias = aliased ? s.aliases().get(i) : module.lexeme().split("\\.")[0];
            bindName(alias);
            importedModules.put(alias, aliased ? module.lexeme() : alias);
            abcClasses.imported(module);
            if (module.lexeme().equals("ctypes")) ctypesImported = true;
            if (module.lexeme().equals("gc")) gcImported = true;
            if (module.lexeme().equals("enum")) enums.imported = true;
            if (module.lexeme().equals("re")) {
                regex.imported(module);
                collector.allocator(CollectorObservations.HiddenAllocator.RE, module);
            }
            if (module.lexeme().equals("traceback")) collector.allocator(CollectorObservations.HiddenAllocator.TRACEBACK, module);
            if (module.lexeme().equals("datetime")) datetimes.imported();
            if (module.lexeme().equals("weakref")) collector.observer(module);
            firstImports.imported(s, module);
            stdlib.imported(module.lexeme());
            importedModuleNames.add(module.lexeme());
        }
        if (classDepth > 0 && functionDepth == 0) refuse(s.token(), "import inside a class body");
        return null;
    }

    public Void visitImportFrom(Stmt.ImportFrom s) {
        Token module = s.module();
        if (module.lexeme().equals("ctypes")) ctypesImported = true;
        if (module.lexeme().equals("gc")) gcImported = true;
        abcClasses.imported(module);
        for (int i = 0; i < s.names().size(); i++) {
            String alias = i < s.aliases().size() && s.aliases().get(i) != null ? s.aliases().get(i) : s.names().get(i).lexeme();
            abcClasses.fromImported(module.lexeme(), s.names().get(i), alias);
        }
        for (Token n : s.names()) if (WEAK_MAPPINGS.contains(n.lexeme())) weakMappingUsed = true;
        if (module.lexeme().equals("gc")) s.names().forEach(chainMaps::name);
        if (module.lexeme().equals("gc")) s.names().forEach(exceptionGroups::fromGc);
        if (module.lexeme().equals("re")) regex.fromImport(module);
        if (module.lexeme().equals("traceback")) collector.allocator(CollectorObservations.HiddenAllocator.TRACEBACK, module);
        if (module.lexeme().equals("datetime")) datetimes.imported();
        if (module.lexeme().equals("weakref")) collector.observer(module);
        firstImports.imported(s, module);
        stdlib.imported(module.lexeme());
        importedModuleNames.add(module.lexeme());
        for (Token n : s.names()) {
            regex.fromImported(module.lexeme(), n);
            collector.fromImported(module.lexeme(), n);
            firstImports.fromImported(module.lexeme(), n);
            if (LIBRARY_CODE.contains(module.lexeme() + "." + n.lexeme())) {
                collector.libraryCode(n, module.lexeme() + "." + n.lexeme());
                abcClasses.libraryCode(n, module.lexeme() + "." + n.lexeme());
            }
        }
        Set<String> known = catalog.modules().get(module.lexeme());
        if (known == null) {
            diagnostics.add(new Diagnostic(module.line(), module.column(), "line " + module.line()
                    + ": import of '" + module.lexeme() + "' is not supported in the memory lab (only "
                    + String.join(", ", new java.util.TreeSet<>(catalog.modules().keySet())) + ")"));
        } else {
            Set<String> real = PythonNames.MODULES.getOrDefault(module.lexeme(), Set.of());
            for (int i = 0; i < s.names().size(); i++) {
                Token name = s.names().get(i);
                if (module.lexeme().equals("sys")) {
                    streams.imported(name.lexeme(), i < s.aliases().size() && s.aliases().get(i) != null ? s.aliases().get(i) : name.lexeme());
                    if (name.lexeme().equals("stdin") || name.lexeme().equals("__stdin__")) {
                        collector.allocator(CollectorObservations.HiddenAllocator.STDIN, name);
                    }
                }
                if (s.star() && !known.contains(name.lexeme())) {
                    // A star binds it without naming it: only a read of it is refused (checkNames).
                    starUnmodelled.put(name.lexeme(), module.lexeme());
                    continue;
                }
                if (!known.contains(name.lexeme()) && real.contains(name.lexeme())) {
                    refuse(name, "'" + module.lexeme() + "." + name.lexeme() + "'");
                }
                String alias = i < s.aliases().size() && s.aliases().get(i) != null ? s.aliases().get(i) : name.lexeme();
                bindName(alias);
                if (!BASE_MODULES.contains(module.lexeme()) && engineHas(module.lexeme(), name.lexeme())) {
                    fromImported.put(alias, module.lexeme() + "." + name.lexeme());
                }
                if (module.lexeme().equals("collections")) collectionsNames.put(alias, name.lexeme());
                if (module.lexeme().equals("typing")) {
                    typingNames.add(alias);
                    typingImports.put(alias, name.lexeme());
                }
                if (module.lexeme().equals("typing") && name.lexeme().equals("NamedTuple")) namedTupleNames.add(alias);
                if (module.lexeme().equals("enum")) enums.importedName(name.lexeme(), alias);
            }
        }
        if (classDepth > 0 && functionDepth == 0) refuse(s.token(), "import inside a class body");
        return null;
    }

    public Void visitNonlocal(Stmt.Nonlocal s) { return null; }

    public Void visitTry(Stmt.Try s) {
        body(s.body());
        for (Stmt.Handler h : s.handlers()) {
            if (h.star()) exceptionGroups.used(h.token());
            expr(h.type());
            if (h.name() != null) bindName(h.name());
            body(h.body());
        }
        body(s.orElse());
        body(s.finalBody());
        return null;
    }

    public Void visitRaise(Stmt.Raise s) { expr(s.exception()); expr(s.cause()); return null; }

    public Void visitAssert(Stmt.Assert s) {
        warningSites.asserted(s);
        expr(s.test());
        expr(s.message());
        return null;
    }

    public Void visitWith(Stmt.With s) {
        for (Stmt.WithItem w : s.items()) {
            streams.iteratedOrEntered(w.context());
            expr(w.context());
            if (w.target() != null) {
                bind(w.target());
                target(w.target());
            }
        }
        body(s.body());
        return null;
    }

    /** A pattern's expressions are read (values, classes, mapping keys); its captures bind names. */
    public Void visitMatch(Stmt.Match s) {
        expr(s.subject());
        s.cases().forEach(c -> {
            Pattern.walk(c.pattern(), this::expr, this::bindName);
            if (mappingPattern == null) mappingPattern = firstMapping(c.pattern());
            abcClasses.pattern(firstStructural(c.pattern()));
            expr(c.guard());
            body(c.body());
        });
        return null;
    }

    /** isinstance(x, int), isinstance(x, (list, tuple)): builtin classes only, none of them made by ABCMeta. */
    private boolean builtinClasses(Expr e) {
        if (e instanceof Expr.Name n) return PythonNames.BUILTINS.contains(n.name()) && !bound.contains(n.name());
        if (e instanceof Expr.Binary b && b.op() == TokenType.PIPE) return builtinClasses(b.left()) && builtinClasses(b.right());
        return e instanceof Expr.TupleDisplay t && !t.elements().isEmpty() && t.elements().stream().allMatch(this::builtinClasses);
    }

    /** The first sequence or mapping pattern in p, or null. */
    private static Token firstStructural(Pattern p) {
        return first(p, q -> q instanceof Pattern.Sequence || q instanceof Pattern.Mapping);
    }

    private static Token firstMapping(Pattern p) {
        return first(p, q -> q instanceof Pattern.Mapping);
    }

    /** The token of the first pattern in p (p itself, then its parts in order) that is one of those wanted. */
    private static Token first(Pattern p, java.util.function.Predicate<Pattern> wanted) {
        if (wanted.test(p)) return p.token();
        List<Pattern> parts = p instanceof Pattern.As a && a.pattern() != null ? List.of(a.pattern())
                : p instanceof Pattern.Or o ? o.alternatives()
                : p instanceof Pattern.Sequence q ? q.items()
                : p instanceof Pattern.ClassPattern c ? concat(c.positional(), c.keywordPatterns()) : List.of();
        for (Pattern part : parts) {
            Token t = first(part, wanted);
            if (t != null) return t;
        }
        return null;
    }

    private static List<Pattern> concat(List<Pattern> a, List<Pattern> b) {
        List<Pattern> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    public Void visitUnsupported(Stmt.Unsupported s) {
        refuse(s.token(), s.what());
        return null;
    }

    // ---- expressions ----

    public Void visitConstant(Expr.Constant e) {
        if (e.value() instanceof BytesLiteral) {
            makesBytes = true;
            stdlib.bytesLiteral(e.token());
        }
        buffers.constant(e);
        namedReads.constant(e);
        constantHolders.constant(e);
        return null;
    }

    public Void visitFString(Expr.FString e) {
        e.parts().forEach(this::expr);
        datetimes.fstring(e);
        internedRefcounts.fstring(e);
        startUpCounts.fstring(e);
        return null;
    }

    /**
     * functools.lru_cache and cache are Python in CPython (lru_cache's closure and cells, the wrapper's
     * cache dict and __dict__, cache_parameters' lambda, update_wrapper's copies): 14 objects counted
     * after decorating a function right after gc.collect(), 18 the first time; the lab's wrapper makes
     * 4 to 6. gc's counts are refused from there to the next gc.collect() statement.
     */
    private static final Set<String> LRU_CACHES = Set.of("functools.lru_cache", "functools.cache");
    private static final String LRU_CACHE_WINDOW = "functools.lru_cache or cache (functools' Python code and update_wrapper)";

    public Void visitName(Expr.Name e) {
        nameReads.add(e);
        if (!inTarget) uncounted.read(e.name());
        if (!inTarget) abcClasses.nameRead(e);
        if (!inTarget && fromImported.containsKey(e.name()) && LRU_CACHES.contains(fromImported.get(e.name()))) uncounted.wherever(LRU_CACHE_WINDOW);
        if (!inTarget) streams.nameRead(e);
        if (!inTarget) globalsUses.nameRead(e);
        // super() would reach tuple's methods; namedtuple's own (__repr__, _replace...) are not modelled through it.
        if (namedtupleSubclassBodies > 0 && e.name().equals("super")) refuse(e.token(), "super() in a class deriving from a namedtuple class");
        if (WEAK_MAPPINGS.contains(e.name())) weakMappingUsed = true;
        weakLoops.used(e.name());
        if (e.name().equals("vars") || e.name().equals("dir")) chainMaps.name(e.token());
        exceptionGroups.name(e.token());
        // Read, not just bound: `from collections import *` binds ChainMap in every program that uses it.
        if (e.name().equals("ChainMap") || "ChainMap".equals(collectionsNames.get(e.name()))) chainMaps.used(e.token());
        if (e.name().equals("bytes") || e.name().equals("bytearray")) makesBytes = true;
        unicodeErrors.name(e);
        buffers.name(e);
        if (PythonNames.BUILTINS.contains(e.name()) && (readsBuiltin == null || readsBuiltin.test(e))) builtinUses.add(e);
        return null;
    }

    public Void visitAttribute(Expr.Attribute e) {
        attributeUses.add(e);
        pythonLibraryFunctions.attribute(e);
        specialReads.read(e);
        if (!inTarget) uncounted.read(e.name());
        if (!inTarget && e.object() instanceof Expr.Name m && importedModules.containsKey(m.name())
                && LRU_CACHES.contains(importedModules.get(m.name()) + "." + e.name())) {
            uncounted.wherever(LRU_CACHE_WINDOW);
        }
        randoms.attribute(e);
        templates.attribute(e);
        streams.attribute(e, inTarget);
        if (streams.isStdin(e)) collector.allocator(CollectorObservations.HiddenAllocator.STDIN, e.token());
        regex.attribute(e);
        abcClasses.attribute(e);
        collector.attribute(e);
        firstImports.attribute(e);
        if (e.object() instanceof Expr.Name n && importedModules.containsKey(n.name())
                && LIBRARY_CODE.contains(importedModules.get(n.name()) + "." + e.name())) {
            collector.libraryCode(e.token(), importedModules.get(n.name()) + "." + e.name());
            abcClasses.libraryCode(e.token(), importedModules.get(n.name()) + "." + e.name());
        }
        buffers.attribute(e);
        datetimes.attribute(e);
        if (WEAK_MAPPINGS.contains(e.name())) weakMappingUsed = true;
        weakLoops.used(e.name());
        if (e.name().equals("ChainMap")) chainMaps.used(e.token());
        chainMaps.attribute(e, inTarget);
        exceptionGroups.attribute(e, importedModules);
        unicodeErrors.attribute(e, inTarget);
        if (e.name().equals("__new__") && classDepth > 0 && functionDepth > 0 && classOfSelf(e.object())) selfNews.add(e);
        if (e.name().equals("encode")) makesBytes = true;
        // Point.x is the field's _tuplegetter descriptor, which the lab does not model on a subclass.
        if (e.object() instanceof Expr.Name n && namedtupleSubclasses.contains(n.name())
                && namedtupleFields.getOrDefault(n.name(), Set.of()).contains(e.name())) {
            refuse(e.token(), "a namedtuple field read through a class deriving from it");
        }
        if (inTarget && e.name().equals("__class__")) refuse(e.token(), "assigning to '__class__'");
        if (e.name().startsWith("co_") && e.object() instanceof Expr.Attribute code && code.name().equals("__code__")) {
            codeReads.add(code);
        }
        // frame.f_code.co_name (a traceback walk naming each frame's function): the one read of a frame's code the lab answers.
        if (e.name().equals("co_name") && e.object() instanceof Expr.Attribute code && code.name().equals("f_code")) {
            frameCodeNameReads.add(code);
        }
        if (e.name().equals("__abstractmethods__")) {
            abstractSetReads.add(e);
        } else {
            refuseUnreadableSpecial(e);
        }
        expr(e.object());
        return null;
    }

    /** frame.f_code read for its co_name. */
    private final Set<Expr.Attribute> frameCodeNameReads = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** f.__code__ read for one of its co_* attributes: the only way the lab lets a program see a code object. */
    private final Set<Expr.Attribute> codeReads = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void refuseUnreadableSpecial(Expr.Attribute e) {
        if (e.name().equals("__code__") && codeReads.contains(e)) return;
        // C.__annotations__ of a program's class whose bases are its classes too (runtime Attributes.classAnnotations).
        if (e.name().equals("__annotations__") && e.object() instanceof Expr.Name n && annotatedClasses.contains(n.name())) return;
        // name.__annotations__: decided once every class and import is known (checkFunctionAnnotations).
        if (e.name().equals("__annotations__") && e.object() instanceof Expr.Name) {
            annotationReads.add(e);
            return;
        }
        // C.__subclasses__ of a class the program has defined by then: its own subclasses (CPython's
        // builtin types list their start-up subclasses, which the lab does not have).
        if (e.name().equals("__subclasses__") && e.object() instanceof Expr.Name n && classNames.contains(n.name())) return;
        if (e.name().startsWith("__") && e.name().endsWith("__") && !readableSpecial(e.name())
                && !(enums.imported && e.name().equals("__members__")) && !streams.isStream(e) && !streams.isStdin(e)) {
            refuse(e.token(), "the special attribute '" + e.name() + "'");
        }
    }

    /**
     * getattr(o, "name") and hasattr(o, "name") are checked as o.name; a name computed at run time
     * as each identifier of the program's str literals would be (see NamedAttributeReads), the
     * special ones among them only where CPython's types have them ("__main__" is no attribute).
     */
    private void checkNamedReads(Expr.Call e) {
        if (!(e.callee() instanceof Expr.Name n) || readsBuiltin != null && !readsBuiltin.test(n)) return;
        Expr.Attribute read = namedReads.call(e);
        if (read == null) return;
        attributeUses.add(read);
        specialReads.read(read);
        if (n.name().equals("hasattr")) answeredCacheParameters.add(read); // True in both
        if (!read.name().equals("__abstractmethods__")) refuseUnreadableSpecial(read);
    }

    private void checkComputedReads() {
        for (Expr.Attribute read : namedReads.computedReads()) {
            boolean special = read.name().startsWith("__") && read.name().endsWith("__");
            if (special && PythonTypes.ATTRIBUTES.keySet().stream().noneMatch(type -> cpythonHas(type, read.name()))) continue;
            attributeUses.add(read);
            specialReads.read(read);
            if (!read.name().equals("__abstractmethods__")) refuseUnreadableSpecial(read);
        }
    }

    public Void visitSubscript(Expr.Subscript e) {
        if (!inTarget) warningSites.subscripted(e);
        weakLoops.subscripted(e);
        if (readsNamedConstant(e.index())) allowClassDict(e.object());
        if (readsSlotDescriptor(e.object(), e.index())) {
            String className = ((Expr.Name) ((Expr.Attribute) e.object()).object()).name();
            refuse(e.index().token(), "a slot's member descriptor read from its class's __dict__ ('" + className + ".__dict__["
                    + e.index().token().lexeme() + "]')");
        }
        globalsUses.answeredBy(e.object(), e.index());
        if (typingSubscripts.isForm(e.object())) {
            uncounted.wherever("a subscription of a typing form (typing's Python code and its caches)");
        }
        if ("Callable".equals(abcClasses.className(e.object()))) {
            uncounted.wherever("a subscription of collections.abc.Callable (_CallableGenericAlias's Python __new__)");
        }
        expr(e.object());
        expr(e.index());
        return null;
    }

    /** The functions whose one argument may be a class's __abstractmethods__ (read once, never kept). */
    private static final Set<String> ABSTRACT_SET_READERS = Set.of("sorted", "len", "bool", "list", "set", "tuple");
    /** C.__abstractmethods__ reads, and those in a place where the lab's fresh frozenset is not observable. */
    private final List<Expr.Attribute> abstractSetReads = new ArrayList<>();
    private final Set<Expr> answeredAbstractSets = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    private void allowAbstractSet(Expr e) {
        if (e instanceof Expr.Attribute a && a.name().equals("__abstractmethods__")) answeredAbstractSets.add(a);
    }

    /**
     * ABCMeta's __abstractmethods__ is a frozenset the class dict keeps; the lab makes one at each
     * read, so only reads whose result is used once and dropped run, without gc.
     */
    private void refuseAbstractSets() {
        for (Expr.Attribute a : abstractSetReads) {
            if (!answeredAbstractSets.contains(a)) {
                refuse(a.token(), "'__abstractmethods__' other than read by sorted(), len(), bool(), list(), set(), tuple() or 'in'");
            } else if (gcImported) {
                refuse(a.token(), "'__abstractmethods__' in a program that imports gc (the class dict's frozenset is not an object in the lab)");
            }
        }
    }

    /** C.__dict__ read where the lab's mappingproxy answers (see runtime.MappingProxyType). */
    private final Set<Expr> answeredClassDicts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

    /** Builtins that only iterate their argument's keys (or count them): a class's dict gives them its keys. */
    private static final Set<String> KEY_READERS = Set.of("list", "sorted", "tuple", "len", "set");
    /** Classes whose dict's keys the lab gives in CPython's order (runtime.MappingProxyType.classKeys). */
    private final Set<String> keyedClassDicts = new HashSet<>();
    private boolean decoratingClass;
    /** name.__annotations__ reads on a plain name, decided at the end. */
    private final List<Expr.Attribute> annotationReads = new ArrayList<>();

    /**
     * name.__annotations__ (the tutorial's {@code f.__annotations__}): a function's own (runtime
     * FunctionType: 3.11's annotation tuple made into a dict at the first read; a bound method's
     * and a staticmethod's are the function's), an instance's found in its class's dict (the body's
     * SETUP_ANNOTATIONS, or what a class read stored there), AttributeError for the rest. Refused
     * where the name is an imported module (module_get_annotations stores a new dict in the
     * module's), a class of the program other than those whose own annotations the lab reads, or a
     * builtin type or function the program does not rebind.
     */
    private void checkFunctionAnnotations() {
        for (Expr.Attribute e : annotationReads) {
            String name = ((Expr.Name) e.object()).name();
            boolean module = importedModules.containsKey(name);
            boolean otherClass = classNames.contains(name) && !annotatedClasses.contains(name);
            boolean builtin = !bound.contains(name) && PythonNames.BUILTINS.contains(name);
            if (module || otherClass || builtin) refuse(e.token(), "the special attribute '" + e.name() + "'");
        }
    }

    /** Classes whose __annotations__ the lab reads as 3.11's type_get_annotations: program bases only, no keywords. */
    private final Set<String> annotatedClasses = new HashSet<>();

    /** Iterating `vars(C)` or `C.__dict__` of such a class: its keys, in CPython's order. */
    private void allowClassDictKeys(Expr e) {
        Expr owner = e instanceof Expr.Attribute a && a.name().equals("__dict__") ? a.object()
                : e instanceof Expr.Call c && c.callee() instanceof Expr.Name n && n.name().equals("vars") && c.args().size() == 1
                        && c.keywords().isEmpty() ? c.args().get(0) : null;
        if (owner instanceof Expr.Name n && keyedClassDicts.contains(n.name())) allowClassDict(e);
    }

    /**
     * A class whose dict's keys the lab orders as CPython: no decorator, keyword or metaclass, bases
     * only such classes, and no __eq__ of its own (type_ready would add __hash__ after the rest).
     */
    private void noteKeyedClassDict(Stmt.ClassDef s, boolean decorated) {
        boolean keyed = !decorated && s.keywords().isEmpty()
                && s.bases().stream().allMatch(b -> b instanceof Expr.Name n && keyedClassDicts.contains(n.name()))
                && s.body().stream().noneMatch(st -> (st instanceof Stmt.Decorated d ? d.definition() : st) instanceof Stmt.FunctionDef f
                        && f.name().equals("__eq__"));
        if (keyed) keyedClassDicts.add(s.name());
        else keyedClassDicts.remove(s.name());
        if (s.keywords().isEmpty() && s.bases().stream().allMatch(b -> b instanceof Expr.Name n && annotatedClasses.contains(n.name()))) {
            annotatedClasses.add(s.name());
        } else {
            annotatedClasses.remove(s.name());
        }
    }

    private void allowClassDict(Expr e) {
        if (e instanceof Expr.Attribute a && a.name().equals("__dict__")) answeredClassDicts.add(a);
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name n && n.name().equals("vars")) answeredClassDicts.add(c);
    }

    /** C.__dict__['slot'] of a slot the class's literal __slots__ declares: a member descriptor, not modelled. */
    private boolean readsSlotDescriptor(Expr dict, Expr key) {
        return dict instanceof Expr.Attribute a && a.name().equals("__dict__") && a.object() instanceof Expr.Name n
                && key instanceof Expr.Constant c && c.value() instanceof String k && classSlots.getOrDefault(n.name(), Set.of()).contains(k);
    }

    /** A constant str key other than the getset descriptors' names (their objects are not modelled). */
    private static boolean readsNamedConstant(Expr key) {
        return key instanceof Expr.Constant c && c.value() instanceof String k && !k.equals("__dict__") && !k.equals("__weakref__");
    }

    public Void visitSlice(Expr.Slice e) { expr(e.lower()); expr(e.upper()); expr(e.step()); return null; }

    public Void visitCall(Expr.Call e) {
        warningSites.called(e);
        if (e.callee() instanceof Expr.Name n && (n.name().equals("isinstance") || n.name().equals("issubclass")) && !bound.contains(n.name())
                && !(e.args().size() == 2 && builtinClasses(e.args().get(1)))) {
            abcClasses.typeCheck(n.token());
        }
        weakLoops.called(e);
        String walk = libraryFunction(e);
        pythonLibraryFunctions.called(e, e.callee() instanceof Expr.Name n && !bound.contains(n.name()) ? n.name() : null, walk);
        if ("gc.get_referents".equals(walk) || "gc.get_referrers".equals(walk)) classGraphWalks.walk(e);
        if (("weakref.getweakrefcount".equals(walk) || "weakref.getweakrefs".equals(walk)) && e.args().size() == 1
                && builtinClasses(e.args().get(0))) {
            // A builtin class's weak references are its bases' start-up registries' (bool 1, int 0, Exception 1): not modelled.
            refuse(e.callee().token(), walk + " of a builtin name");
        }
        classGraphWalks.call(e);
        if (e.callee() instanceof Expr.Name n && ABSTRACT_SET_READERS.contains(n.name()) && !bound.contains(n.name())
                && e.args().size() == 1) {
            allowAbstractSet(e.args().get(0));
        }
        if (e.callee() instanceof Expr.Name n && KEY_READERS.contains(n.name()) && !bound.contains(n.name()) && e.args().size() == 1) {
            allowClassDictKeys(e.args().get(0));
        }
        datetimes.call(e);
        if (e.callee() instanceof Expr.Attribute m && m.name().equals("most_common") && importedModuleNames.contains("collections")
                && (e.args().size() == 1 && !(e.args().get(0) instanceof Expr.Constant c && c.value() == Expr.NONE) || !e.keywords().isEmpty())) {
            // Lib/collections: most_common(n) runs `import heapq` before heapq.nlargest.
            firstImports.importedByLibrary("heapq", "Counter.most_common(n)");
        }
        checkNamedReads(e);
        if (e.callee() instanceof Expr.Name n && QUITTERS.contains(n.name())) calledQuitters.add(n);
        if (e.callee() instanceof Expr.Attribute m && m.name().equals("cache_parameters")) answeredCacheParameters.add(m);
        // setattr(obj, "name", value) defines the attribute as obj.name = value would.
        if (e.callee() instanceof Expr.Name n && n.name().equals("setattr") && e.args().size() >= 2
                && e.args().get(1) instanceof Expr.Constant c && c.value() instanceof String attr) {
            definedAttributes.add(attr);
        }
        if (e.callee() instanceof Expr.Name n && n.name().equals("vars") && e.args().size() == 1
                && e.args().get(0) instanceof Expr.Name c && classNames.contains(c.name()) && !answeredClassDicts.contains(e)
                && (readsBuiltin == null || readsBuiltin.test(n))) {
            refuse(e.token(), "vars() of a class beyond 'in' and reading a name (a mappingproxy)");
        }
        if (e.callee() instanceof Expr.Attribute get && get.name().equals("get") && !e.args().isEmpty()
                && readsNamedConstant(e.args().get(0))) {
            allowClassDict(get.object());
        }
        if (GlobalsUses.isGlobalsCall(e) && (readsBuiltin == null || readsBuiltin.test((Expr.Name) e.callee()))) {
            // locals() and vars() at module level are the module's dict: globals()'s rules.
            if (!LocalsUses.isLocalsCall(e) || localsUses.called(e, classDepth > 0 && functionDepth == 0)) globalsUses.called(e);
        }
        if (e.callee() instanceof Expr.Name n && n.name().equals("id") && e.args().size() == 1 && madeForTheCall(e.args().get(0))
                && (readsBuiltin == null || readsBuiltin.test(n))) {
            refuse(e.token(), "id() of an object made for the call (it dies at once, and CPython gives its address to the next object of its size)");
        }
        globalsUses.call(e);
        internedRefcounts.call(e);
        constantHolders.getrefcount(e);
        startUpCounts.call(e);
        streams.call(e, e.callee() instanceof Expr.Name p && (readsBuiltin == null || readsBuiltin.test(p)));
        refuseUnknownCodec(e);
        refuseUnreadKeywords(e);
        typingAbcCheck(e);
        enums.checkCall(e);
        regex.call(e);
        buffers.call(e);
        expr(e.callee());
        displayItems(e.args());
        e.keywords().forEach(k -> expr(k.value()));
        return null;
    }

    /** A list, dict or set display, a comprehension or a lambda: an object no name holds. */
    private static boolean madeForTheCall(Expr e) {
        return e instanceof Expr.ListDisplay || e instanceof Expr.DictDisplay || e instanceof Expr.SetDisplay
                || e instanceof Expr.ListComp || e instanceof Expr.Lambda;
    }

    /** json.dumps(indent=...) calls, refused at the end when the program imports gc (LibraryKeywords.leavesCycle). */
    private final List<Token> cycleLeavingCalls = new ArrayList<>();
    private boolean gcImported;

    /** json.loads(s, parse_float=...), textwrap.fill(t, fix_sentence_endings=True): keywords the lab does not read. */
    private void refuseUnreadKeywords(Expr.Call e) {
        String function = libraryFunction(e);
        stdlib.call(e, function);
        randoms.call(e, function);
        templates.call(e, function);
        getattributes.call(e, function);
        indexes.call(e);
        redirects.call(e);
        if (function == null) return;
        wrappedBuiltins(e, function);
        if (LibraryKeywords.positionalFile(function, e.args().size())) refuse(e.token(), "the file argument of " + function + "()");
        for (Expr.Keyword k : e.keywords()) {
            if (LibraryKeywords.unread(function, k.name())) refuse(k.token(), "the keyword '" + k.name() + "' of " + function + "()");
            if (LibraryKeywords.leavesCycle(function, k.name())) cycleLeavingCalls.add(k.token());
        }
    }

    /** functools.wraps(x) and update_wrapper(w, x) with x a builtin or a module's function, checked at the end. */
    private final List<Expr> wrappedCandidates = new ArrayList<>();

    private void wrappedBuiltins(Expr.Call e, String function) {
        int at = function.equals("functools.wraps") ? 0 : function.equals("functools.update_wrapper") ? 1 : -1;
        if (at >= 0 && e.args().size() > at) wrappedCandidates.add(e.args().get(at));
    }

    /**
     * update_wrapper copies the wrapped callable's __doc__ (and __module__, __name__, __qualname__):
     * a builtin's or a library function's docstring is not modelled, so wrapping one (len, str.upper,
     * math.sqrt) is refused unless the program binds that name itself.
     */
    private void refuseWrappedBuiltins() {
        for (Expr x : wrappedCandidates) {
            Expr root = x instanceof Expr.Attribute a ? a.object() : x;
            if (!(root instanceof Expr.Name n) || bound.contains(n.name()) && !importedModules.containsKey(n.name())) continue;
            if (PythonNames.BUILTINS.contains(n.name()) || importedModules.containsKey(n.name()) && x instanceof Expr.Attribute) {
                refuse(x.token(), "functools.wraps or update_wrapper of a builtin or library function (its __doc__ is not modelled)");
            }
        }
    }

    /** The module.name a call's callee reads (json.dumps, or dumps bound by from json import dumps); null for others. */
    private String libraryFunction(Expr.Call e) {
        return e.callee() instanceof Expr.Attribute a && a.object() instanceof Expr.Name n
                && importedModules.containsKey(n.name()) ? importedModules.get(n.name()) + "." + a.name()
                : e.callee() instanceof Expr.Name n ? fromImported.get(n.name()) : null;
    }

    /** s.encode("utf-16"), b.decode("cp1252"): a codec named by a literal that the lab does not provide. */
    private void refuseUnknownCodec(Expr.Call e) {
        if (!(e.callee() instanceof Expr.Attribute a) || !(a.name().equals("encode") || a.name().equals("decode"))) return;
        Expr enc = !e.args().isEmpty() ? e.args().get(0) : null;
        for (Expr.Keyword k : e.keywords()) if ("encoding".equals(k.name())) enc = k.value();
        if (enc instanceof Expr.Constant c && c.value() instanceof String name
                && com.studyhall.simulation.library.Codecs.normalize(name) == null) {
            refuse(enc.token(), "the codec '" + name + "' (the lab has utf-8, ascii and latin-1)");
        }
        Expr errors = e.args().size() > 1 ? e.args().get(1) : null;
        for (Expr.Keyword k : e.keywords()) if ("errors".equals(k.name())) errors = k.value();
        if (errors instanceof Expr.Constant c && c.value() instanceof String name
                && com.studyhall.simulation.library.Codecs.unprovidedHandler(name)) {
            refuse(errors.token(), "the error handler '" + name + "' (the lab has strict, ignore, replace, xmlcharrefreplace and backslashreplace)");
        }
    }

    public Void visitBinary(Expr.Binary e) {
        if (e.op() == TokenType.PIPE && (typingSubscripts.isForm(e.left()) || typingSubscripts.isForm(e.right()))) {
            uncounted.wherever("a union with a typing form (its __or__ is Union[...], typing's Python code and its caches)");
        }
        expr(e.left());
        expr(e.right());
        return null;
    }

    public Void visitUnary(Expr.Unary e) { expr(e.operand()); return null; }

    public Void visitBoolOp(Expr.BoolOp e) { expr(e.left()); expr(e.right()); return null; }

    public Void visitCompare(Expr.Compare e) {
        warningSites.compared(e);
        streams.compared(e);
        globalsUses.compared(e);
        for (int i = 0; i < e.ops().size(); i++) {
            if (e.ops().get(i).equals("in") || e.ops().get(i).equals("not in")) {
                allowClassDict(e.rest().get(i));
                allowAbstractSet(e.rest().get(i));
                globalsUses.answeredBy(e.rest().get(i), i == 0 ? e.first() : e.rest().get(i - 1));
            }
        }
        expr(e.first());
        e.rest().forEach(this::expr);
        return null;
    }

    public Void visitListDisplay(Expr.ListDisplay e) {
        if (e.elements().size() > 2) constantHolders.display(e, e.elements());
        displayItems(e.elements());
        return null;
    }

    public Void visitTupleDisplay(Expr.TupleDisplay e) {
        constantHolders.display(e, e.elements());
        displayItems(e.elements());
        return null;
    }

    public Void visitDictDisplay(Expr.DictDisplay e) {
        e.keys().forEach(this::expr);
        e.values().forEach(this::expr);
        return null;
    }

    public Void visitSetDisplay(Expr.SetDisplay e) {
        constantHolders.display(e, e.elements());
        displayItems(e.elements());
        return null;
    }

    public Void visitListComp(Expr.ListComp e) {
        e.generators().forEach(c -> allowClassDictKeys(c.iter()));
        localsUses.enterComprehension();
        Object comprehensionCode = constantHolders.enterCode();
        int element = warningSites.mark();
        expr(e.element());
        expr(e.value());
        int firstIterable = warningSites.mark(), afterFirstIterable = firstIterable;
        for (Expr.Comprehension c : e.generators()) {
            bind(c.target());
            target(c.target());
            // The first iterable is evaluated in the enclosing scope.
            if (c == e.generators().get(0)) {
                localsUses.exitComprehension();
                constantHolders.exitCode();
            }
            expr(c.iter());
            if (c == e.generators().get(0)) {
                localsUses.enterComprehension();
                constantHolders.reenterCode(comprehensionCode);
                afterFirstIterable = warningSites.mark();
            }
            c.conditions().forEach(this::expr);
        }
        localsUses.exitComprehension();
        constantHolders.exitCode();
        // Compile order: the comprehension's code (the generators, then the element), then its first iterable.
        warningSites.moveToEnd(element, firstIterable);
        int moved = firstIterable - element;
        warningSites.moveToEnd(firstIterable - moved, afterFirstIterable - moved);
        return null;
    }

    public Void visitIfExp(Expr.IfExp e) { expr(e.condition()); expr(e.then()); expr(e.otherwise()); return null; }

    public Void visitLambda(Expr.Lambda e) { return visitFunctionDef(e.def()); }

    public Void visitYield(Expr.Yield e) {
        localsUses.yielded();
        expr(e.value());
        return null;
    }

    public Void visitStarred(Expr.Starred e) {
        if (!starAllowed && !inTarget) error(e.token(), "can't use starred expression here");
        starAllowed = false;
        expr(e.value());
        return null;
    }

    public Void visitNamedExpr(Expr.NamedExpr e) {
        bindName(e.target().name());
        expr(e.value());
        return null;
    }

    public Void visitUnsupported(Expr.Unsupported e) {
        refuse(e.token(), e.what());
        return null;
    }
}
