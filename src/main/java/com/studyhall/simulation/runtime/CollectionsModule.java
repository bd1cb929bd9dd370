package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * collections: deque, defaultdict, Counter, OrderedDict, ChainMap and namedtuple. The five classes are
 * callable values of this table (so `from collections import deque` binds them); each builds its
 * object through the type that owns its behaviour. namedtuple makes a new class per call.
 */
final class CollectionsModule extends NativeModule {
    /** The module's classes and the names CPython gives their type objects. */
    static final Map<String, String> CLASSES = Map.of("deque", "collections.deque", "defaultdict", "collections.defaultdict",
            "Counter", "collections.Counter", "OrderedDict", "collections.OrderedDict",
            "ChainMap", "collections.ChainMap");

    private final NamedTupleType namedTuples;

    CollectionsModule(Interpreter in, Types types) {
        super("collections", in);
        DequeType deques = (DequeType) types.of(PyDeque.class);
        DefaultDictType defaultDicts = (DefaultDictType) types.of(PyDefaultDict.class);
        CounterType counters = (CounterType) types.of(PyCounter.class);
        OrderedDictType orderedDicts = (OrderedDictType) types.of(PyOrderedDict.class);
        namedTuples = (NamedTupleType) types.of(PyNamedTuple.class);
        keywordFunction("deque", deques::construct);
        keywordFunction("defaultdict", defaultDicts::construct);
        // Counter is a class of Python code: type_call packs the arguments (a tuple, a dict for keywords).
        keywordFunction("Counter", (args, kw) -> in.builtinImpl.withPackedArguments(args.size(), !kw.isEmpty(),
                () -> counters.construct(args, kw)));
        keywordFunction("OrderedDict", orderedDicts::construct);
        keywordFunction("OrderedDict.fromkeys", orderedDicts::fromKeys); // a class method (BuiltinFunctionType.attribute)
        ChainMapType chainMaps = (ChainMapType) types.of(PyChainMap.class);
        // ChainMap is a class of Python code too: type_call packs its arguments, then __init__(self, *maps) packs them again.
        keywordFunction("ChainMap", (args, kw) -> in.builtinImpl.withPackedArguments(args.size(), !kw.isEmpty(),
                () -> in.builtinImpl.withPackedArguments(args.size(), false, () -> chainMaps.construct(args, kw))));
        keywordFunction("namedtuple", this::namedtuple);
    }

    @Override
    String qualify(String fname) {
        return fname;
    }

    /** collections.abc: python3 imported it at start-up, so `collections.abc` is there without an import of its own. */
    @Override
    Set<String> valueNames() {
        return Set.of("abc", "UserDict", "UserList", "UserString");
    }

    @Override
    PyObject value(String attr) {
        if (attr.equals("abc")) return heap.newRef(in.importModule(CollectionsAbcModule.NAME));
        if (!UserCollections.SOURCES.containsKey(attr)) return null;
        // The three classes' globals stand for collections' own dict: its entry is the module's reference to each class.
        PyDict globals = (PyDict) libraryValue(" globals", () -> UserCollections.globals(in));
        heap.decref(globals); // borrowed: the module keeps it
        PyObject cls = globals.getStr(attr);
        if (cls == null) {
            cls = UserCollections.define(in, attr, globals); // binds itself in the globals (`global UserDict`)
            heap.decref(cls);
        }
        return heap.newRef(cls);
    }

    /** The class name of a collections object (for type() and isinstance), or null. */
    static String classOf(PyObject o) {
        if (o instanceof PyDeque) return "deque";
        if (o instanceof PyDefaultDict) return "defaultdict";
        if (o instanceof PyCounter) return "Counter";
        if (o instanceof PyOrderedDict) return "OrderedDict";
        if (o instanceof PyChainMap) return "ChainMap";
        return null;
    }

    /** namedtuple(typename, field_names, *, rename=False, defaults=None, module=None), as Lib/collections checks it. */
    private PyObject namedtuple(List<PyObject> args, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!Set.of("typename", "field_names", "rename", "defaults", "module").contains(k)) {
                throw new PyRaise("TypeError", "namedtuple() got an unexpected keyword argument '" + k + "'");
            }
        }
        if (args.size() > 2) {
            throw new PyRaise("TypeError", "namedtuple() takes 2 positional arguments but " + args.size() + " were given");
        }
        PyObject typeArg = Args.get(args, kw, 0, "typename");
        PyObject fieldsArg = Args.get(args, kw, 1, "field_names");
        if (typeArg == null || fieldsArg == null) {
            String missing = typeArg == null && fieldsArg == null ? "2 required positional arguments: 'typename' and 'field_names'"
                    : "1 required positional argument: '" + (typeArg == null ? "typename" : "field_names") + "'";
            throw new PyRaise("TypeError", "namedtuple() missing " + missing);
        }
        boolean rename = kw.containsKey("rename") && in.ops.truthy(kw.get("rename"));
        List<String> fields = new ArrayList<>();
        if (fieldsArg instanceof PyStr s) {
            for (String f : s.value.replace(',', ' ').trim().split("\\s+")) if (!f.isEmpty()) fields.add(f);
        } else {
            for (PyObject o : in.builtinImpl.iterate(fieldsArg)) fields.add(in.ops.str(o));
        }
        String typename = in.ops.str(typeArg);
        in.namedTupleClasses.validate(typename, fields, rename);
        PyTuple defaults = null;
        PyObject defaultsArg = kw.get("defaults");
        if (defaultsArg != null && !(defaultsArg instanceof PyNone)) {
            List<PyObject> ds = in.builtinImpl.iterate(defaultsArg);
            if (ds.size() > fields.size()) throw new PyRaise("TypeError", "Got more default values than field names");
            if (!ds.isEmpty()) {
                PyObject[] held = ds.toArray(new PyObject[0]);
                for (PyObject o : held) heap.incref(o);
                defaults = heap.alloc(new PyTuple(held));
            }
        }
        return in.namedTupleClasses.build(typename, fields, defaults);
    }

    /**
     * Counter.most_common(n) for an n that is not None, Lib/collections' Python code: it runs
     * {@code import heapq} (here before the call: an import of a loaded module allocates nothing, the
     * first one replays heapq's footprint, runtime.FirstImports) and returns
     * {@code heapq.nlargest(n, self.items(), key=_itemgetter(1))}, heapq.py's Python code too
     * (HeapqSelect); the key goes by position here, which allocates as the keyword does (a call's
     * keyword names are a constant tuple). Defined on first use with collections' globals
     * (_itemgetter is operator.itemgetter, heapq the module the import bound); a new reference.
     */
    PyFunction mostCommon() {
        PyModule heapq = in.importModule("heapq");
        return (PyFunction) libraryValue("most_common", () -> LibraryFunctions.define(in, MOST_COMMON, () -> {
            PyDict globals = in.heap.alloc(new PyDict());
            globals.put(in.values.intern("__name__"), in.values.intern("collections"), in.heap);
            globals.put(in.values.intern("_itemgetter"), in.builtinImpl.moduleFunction("operator", "itemgetter"), in.heap);
            globals.put(in.values.intern("heapq"), heapq, in.heap);
            return globals;
        }));
    }

    private static final String MOST_COMMON = """
            def most_common(self, n):
                return heapq.nlargest(n, self.items(), _itemgetter(1))
            """;
}
