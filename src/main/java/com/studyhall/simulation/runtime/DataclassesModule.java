package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * dataclasses: the parser has already written the methods @dataclass adds into the class body
 * (syntax.Dataclasses), so the decorator returns the class it is given, or with slots=True the
 * class made again with __slots__ (_add_slots); called with its options (which the parser read)
 * it returns the decorator to apply. field() makes a real Field; fields, asdict, astuple, replace
 * and is_dataclass work as Lib/dataclasses.py's Python code does, object by object.
 */
final class DataclassesModule extends NativeModule {
    /** The sentinels MISSING and KW_ONLY (instances of private classes in CPython: GC objects). */
    private PyObject missing, kwOnly;

    DataclassesModule(Interpreter in) {
        super("dataclasses", in);
        exceptionClass("FrozenInstanceError", FROZEN_ERROR);
        keywordFunction("dataclass", (args, kw) -> {
            if (args.isEmpty()) {
                // The parser read the options; slots=True and frozen=True change what the decorator does.
                boolean slots = kw.get("slots") == v.trueObj;
                boolean frozen = kw.get("frozen") == v.trueObj;
                String weakref = kw.get("weakref_slot") == v.trueObj ? "_weakref" : "";
                String decorator = slots ? (frozen ? "_add_slots_frozen" : "_add_slots") + weakref : frozen ? "_frozen" : "dataclass";
                return in.builtinImpl.moduleFunction("dataclasses", decorator);
            }
            Args.count("dataclass", args, 1, 1);
            PyClass cls = (PyClass) args.get(0);
            absorbParams(cls, cls);
            return heap.newRef(cls);
        });
        function("_add_slots", (args, kw) -> slots((PyClass) one("dataclass", args), false, false));
        function("_add_slots_frozen", (args, kw) -> slots((PyClass) one("dataclass", args), true, false));
        // weakref_slot=True (new in 3.11): '__weakref__' after the fields in the new class's __slots__.
        function("_add_slots_weakref", (args, kw) -> slots((PyClass) one("dataclass", args), false, true));
        function("_add_slots_frozen_weakref", (args, kw) -> slots((PyClass) one("dataclass", args), true, true));
        function("_frozen", (args, kw) -> {
            // CPython makes __setattr__ and __delattr__ in closures whose cells hold the class.
            PyClass cls = (PyClass) one("dataclass", args);
            absorbParams(cls, cls);
            cls.addHiddenRefs(2);
            return heap.newRef(cls);
        });
        keywordFunction("field", (args, kw) -> {
            if (!args.isEmpty()) throw new PyRaise("TypeError", "field() takes 0 positional arguments but " + args.size() + " were given");
            return field(kw);
        });
        function("fields", (args, kw) -> fields(one("fields", args)));
        function("is_dataclass", (args, kw) -> {
            PyObject o = one("is_dataclass", args);
            PyClass cls = o instanceof PyClass c ? c : o instanceof PyInstance i ? i.cls : null;
            return v.bool(cls != null && fieldsDict(cls) != null);
        });
        keywordFunction("asdict", (args, kw) -> {
            refuseFactory("asdict", kw);
            return new DataclassConversion(in, false).top(one("asdict", args));
        });
        keywordFunction("astuple", (args, kw) -> {
            refuseFactory("astuple", kw);
            return new DataclassConversion(in, true).top(one("astuple", args));
        });
        keywordFunction("replace", (args, kw) -> replace(args, kw));
    }

    static final String FROZEN_ERROR = "dataclasses.FrozenInstanceError";

    private PyObject slots(PyClass cls, boolean frozen, boolean weakrefSlot) {
        PyObject params = takeParams(cls);
        PyClass made = (PyClass) new DataclassSlots(in).remake(cls, frozen, weakrefSlot);
        addHiddenGarbage(made, params);
        heap.decref(params);
        readInitAnnotations(made);
        return made;
    }

    /**
     * The parser's note of what the decorator makes that the class body does not show (the
     * __dataclass_params__ entry, taken out of the class dict): CPython's _DataclassParams object,
     * and for a generated __repr__ the _recursive_repr wrapper (a second function, its closure tuple,
     * two cells, the repr_running set and the wrapper's __dict__). They die with the class.
     */
    private void absorbParams(PyClass from, PyClass into) {
        PyObject params = takeParams(from);
        addHiddenGarbage(into, params);
        heap.decref(params);
        readInitAnnotations(into);
    }

    /**
     * A class without a docstring gets one from inspect.signature(cls), which reads __init__'s
     * __annotations__: the function's annotation tuple becomes a dict (of atoms and static types,
     * untracked), so it is no garbage when the class dies.
     */
    private void readInitAnnotations(PyClass cls) {
        if (cls.doc != null || !(cls.lookup("__init__") instanceof PyFunction init)) return;
        heap.decref(in.builtinImpl.types.of(init).attribute(init, "__annotations__"));
    }

    private PyObject takeParams(PyClass cls) {
        PyObject[] e = cls.dict.remove(in.values.intern("__dataclass_params__"));
        if (e == null) return null;
        heap.decref(e[0]);
        return e[1];
    }

    private void addHiddenGarbage(PyClass cls, PyObject params) {
        if (!(params instanceof PyStr note)) return;
        java.util.regex.Matcher cells = java.util.regex.Pattern.compile("cells=(\\d+)").matcher(note.value);
        int initCells = cells.find() ? Integer.parseInt(cells.group(1)) : 0;
        cls.hiddenGarbage += 1 + (note.value.startsWith("repr") ? 6 : 0) + (initCells > 0 ? initCells + 1 : 0)
                + (note.value.endsWith("frozen") ? FROZEN_GARBAGE : 0);
    }

    /** What the frozen __setattr__/__delattr__'s closures leave beyond the functions (measured against python3). */
    private static final int FROZEN_GARBAGE = 3;

    /** dict_factory=/tuple_factory= are refused before the run (syntax.LibraryKeywords): any keyword here is unknown. */
    private static void refuseFactory(String name, Map<String, PyObject> kw) {
        for (String k : kw.keySet()) throw new PyRaise("TypeError", name + "() got an unexpected keyword argument '" + k + "'");
    }

    @Override
    Set<String> valueNames() {
        return Set.of("FrozenInstanceError", "MISSING", "KW_ONLY", "InitVar");
    }

    private PyClass initVarClass;

    /** dataclasses.InitVar (3.11), made by a function the lab calls once (CPython made it at import). */
    private static final String INIT_VAR = """
            def _make_initvar():
                class InitVar:
                    __slots__ = ('type', )

                    def __init__(self, type):
                        self.type = type

                    def __repr__(self):
                        if isinstance(self.type, type):
                            type_name = self.type.__name__
                        else:
                            type_name = repr(self.type)
                        return f'dataclasses.InitVar[{type_name}]'

                    def __class_getitem__(cls, type):
                        return InitVar(type)
                return InitVar
            """;

    @Override
    PyObject value(String attr) {
        return switch (attr) {
            case "MISSING" -> heap.newRef(missing());
            case "InitVar" -> {
                if (initVarClass == null) {
                    initVarClass = LibraryFunctions.defineClass(in, INIT_VAR, () -> {
                        PyDict globals = heap.alloc(new PyDict());
                        globals.put(v.intern("__name__"), v.intern("dataclasses"), heap);
                        return globals;
                    }, "dataclasses", "InitVar");
                    in.builtinImpl.hold(initVarClass);
                }
                yield heap.newRef(initVarClass);
            }
            case "KW_ONLY" -> {
                if (kwOnly == null) kwOnly = sentinel("_KW_ONLY_TYPE");
                yield heap.newRef(kwOnly);
            }
            default -> super.value(attr);
        };
    }

    PyObject missing() {
        if (missing == null) missing = sentinel("_MISSING_TYPE");
        return missing;
    }

    /**
     * MISSING and KW_ONLY are instances of Lib/dataclasses.py's private classes _MISSING_TYPE and
     * _KW_ONLY_TYPE (type, repr, size and __dict__ theirs), made as the import made them, uncounted;
     * the module keeps the instance (borrowed here), which keeps its class.
     */
    private PyObject sentinel(String className) {
        PyObject made = libraryValue(className, () -> {
            PyClass cls = LibraryFunctions.defineClass(in, "def _make():\n    class " + className + ":\n        pass\n    return " + className + "\n",
                    () -> {
                        PyDict globals = heap.alloc(new PyDict());
                        globals.put(v.intern("__name__"), v.intern("dataclasses"), heap);
                        return globals;
                    }, "dataclasses", className);
            int counted = heap.counts[0];
            try {
                return in.builtinImpl.callBorrowed(cls, java.util.List.of(), Map.of());
            } finally {
                heap.decref(cls); // the instance holds its class
                if (heap.counts[0] >= counted) heap.counts[0] = counted;
            }
        });
        heap.decref(made);
        return made;
    }

    /** field(*, default, default_factory, init, repr, hash, compare, metadata, kw_only): a new Field. */
    private PyObject field(Map<String, PyObject> kw) {
        for (String k : kw.keySet()) {
            if (!Set.of("default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only").contains(k)) {
                throw new PyRaise("TypeError", "field() got an unexpected keyword argument '" + k + "'");
            }
        }
        PyObject dflt = kw.get("default"), factory = kw.get("default_factory");
        if (dflt != null && factory != null) throw new PyRaise("ValueError", "cannot specify both default and default_factory");
        PyObject metadata = kw.get("metadata");
        // MappingProxyType(metadata), or the shared empty proxy for None.
        PyObject proxy = metadata == null || metadata == v.none ? emptyMetadata() : heap.alloc(new PyMappingProxy(heap.newRef(metadata)));
        PyField f = heap.alloc(new PyField(heap.newRef(v.none), heap.newRef(v.none),
                heap.newRef(dflt != null ? dflt : missing()), heap.newRef(factory != null ? factory : missing()), proxy));
        f.init = truth(kw.get("init"), true);
        f.repr = truth(kw.get("repr"), true);
        f.compare = truth(kw.get("compare"), true);
        PyObject hash = kw.get("hash");
        f.hash = hash == null || hash == v.none ? null : in.ops.truthy(hash);
        PyObject kwOnlyFlag = kw.get("kw_only");
        f.kwOnly = kwOnlyFlag == null ? null : in.ops.truthy(kwOnlyFlag);
        return f;
    }

    private PyObject emptyMetadata;

    private PyObject emptyMetadata() {
        if (emptyMetadata == null) emptyMetadata = v.shared(new PyMappingProxy(v.shared(new PyDict())));
        return heap.newRef(emptyMetadata);
    }

    private boolean truth(PyObject o, boolean fallback) {
        return o == null ? fallback : in.ops.truthy(o);
    }

    /**
     * The hidden builtin the generated class body calls for each own field: the Field a field()
     * call made (given its name, type and kw_only), or a new one for a plain default or none; a
     * default whose class is unhashable is _process_class's ValueError.
     */
    PyObject classField(List<PyObject> args) {
        PyField f;
        if (args.size() > 3 && args.get(3) instanceof PyField made) {
            f = (PyField) heap.newRef(made);
        } else {
            f = heap.alloc(new PyField(heap.newRef(v.none), heap.newRef(v.none),
                    heap.newRef(args.size() > 3 ? args.get(3) : missing()), heap.newRef(missing()), emptyMetadata()));
        }
        replace(f, "name", args.get(0));
        replace(f, "type", args.get(1));
        // kw_only None marks a ClassVar's pseudo-field (syntax.Dataclasses): its kw_only stays MISSING
        // and a mutable default is allowed.
        f.classVar = args.get(2) instanceof PyNone;
        // 'initvar' or 'initvar kw_only' marks an InitVar's pseudo-field: a mutable default is allowed.
        f.initVar = args.get(2) instanceof PyStr marker && marker.value.startsWith("initvar");
        f.kwOnly = f.classVar ? null : f.initVar ? Boolean.valueOf(((PyStr) args.get(2)).value.endsWith("kw_only")) : in.ops.truthy(args.get(2));
        if (!f.classVar && !f.initVar && f.defaultValue != missing() && unhashable(f.defaultValue)) {
            PyObject cls = in.builtinImpl.callBuiltinFunction("type", List.of(f.defaultValue));
            String type = in.ops.repr(cls);
            heap.decref(cls);
            heap.decref(f);
            throw new PyRaise("ValueError", "mutable default " + type + " for field " + ((PyStr) args.get(0)).value
                    + " is not allowed: use default_factory");
        }
        return f;
    }

    private void replace(PyField f, String slot, PyObject value) {
        PyObject old = slot.equals("name") ? f.name : f.type;
        heap.incref(value);
        if (slot.equals("name")) f.name = value;
        else f.type = value;
        heap.decref(old);
    }

    /** f.default.__class__.__hash__ is None. */
    private boolean unhashable(PyObject o) {
        if (o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyBytearray || o instanceof PyArray) return true;
        return o instanceof PyInstance i && i.cls.lookup("__hash__") == v.none;
    }

    /** The class's __dataclass_fields__ dict (borrowed), or null for a class that is no dataclass. */
    static PyDict fieldsDict(PyClass cls) {
        return cls.lookup("__dataclass_fields__") instanceof PyDict d ? d : null;
    }

    /** The Field objects of a dataclass or of its instance, in order (borrowed); null for anything else. */
    static List<PyField> fieldList(PyObject o) {
        PyClass cls = o instanceof PyClass c ? c : o instanceof PyInstance i ? i.cls : null;
        PyDict d = cls == null ? null : fieldsDict(cls);
        if (d == null) return null;
        List<PyField> out = new ArrayList<>();
        for (PyObject[] e : d.entries()) if (e[1] instanceof PyField f && !f.classVar && !f.initVar) out.add(f);
        return out;
    }

    /** fields(x): a tuple of the Field objects (tuple() of a generator: a new tuple sized exactly). */
    private PyObject fields(PyObject o) {
        List<PyField> fs = fieldList(o);
        if (fs == null) throw new PyRaise("TypeError", "must be called with a dataclass type or instance");
        DataclassConversion.countFieldsCall(heap);
        if (fs.isEmpty()) {
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, 10); // _PyTuple_Resize to 0 frees it
            return heap.newRef(v.emptyTuple);
        }
        PyObject[] items = new PyObject[fs.size()];
        for (int i = 0; i < items.length; i++) items[i] = heap.newRef(fs.get(i));
        return heap.allocCounted(new PyTuple(items));
    }

    /** replace(obj, /, **changes): the init fields not given are read from obj, then obj.__class__(**changes). */
    private PyObject replace(List<PyObject> args, Map<String, PyObject> kw) {
        if (args.size() != 1) {
            throw new PyRaise("TypeError", "replace() takes 1 positional argument but " + args.size() + " were given");
        }
        PyObject obj = args.get(0);
        if (!(obj instanceof PyInstance inst) || fieldsDict(inst.cls) == null) {
            throw new PyRaise("TypeError", "replace() should be called on dataclass instances");
        }
        Map<String, PyObject> changes = new LinkedHashMap<>(kw);
        List<PyObject> read = new ArrayList<>();
        // The **changes dict, then the loop over the fields dict's values (its view and iterator).
        heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
        heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
        boolean looping = true;
        try {
            for (PyField f : fieldList(inst.cls)) {
                String name = ((PyStr) f.name).value;
                if (!f.init) {
                    if (changes.containsKey(name)) {
                        throw new PyRaise("ValueError", "field " + name + " is declared with init=False, it cannot be specified with replace()");
                    }
                    continue;
                }
                if (!changes.containsKey(name)) {
                    PyObject value = in.getAttrOf(obj, name);
                    read.add(value);
                    changes.put(name, value);
                }
            }
            heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
            looping = false;
            for (PyObject r : read) in.builtinImpl.hold(r);
            // obj.__class__(**changes): BUILD_MAP and DICT_MERGE copy the dict for CALL_FUNCTION_EX.
            heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
            try {
                return in.callClassWithKeywordDict(inst.cls, List.of(), changes);
            } finally {
                heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
                for (PyObject r : read) in.builtinImpl.unhold(r);
            }
        } finally {
            if (looping) heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
            for (PyObject r : read) heap.decref(r);
            heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
        }
    }
}
