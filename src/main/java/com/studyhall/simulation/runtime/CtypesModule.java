package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ctypes as the reference-counting lessons use it: {@code c_long.from_address(id(x)).value} reads
 * x's reference count without the extra reference {@code sys.getrefcount} adds, and
 * {@code cast(id(x), py_object).value} turns an id back into its object. The simple number types
 * and py_object are one type object each (CPython's aliases, c_ssize_t for c_long, are the same
 * object); the rest of ctypes (structures, pointers, libraries) is refused before the run.
 */
final class CtypesModule extends NativeModule {
    /** Each simple type by its own name: its width in bits and whether it is signed. */
    private static final Map<String, int[]> SIMPLE = new LinkedHashMap<>();
    /** Linux x86-64's aliases: the same type objects under other names. */
    private static final Map<String, String> ALIASES = new LinkedHashMap<>();

    static {
        simple("c_byte", 8, true);
        simple("c_ubyte", 8, false);
        simple("c_short", 16, true);
        simple("c_ushort", 16, false);
        simple("c_int", 32, true);
        simple("c_uint", 32, false);
        simple("c_long", 64, true);
        simple("c_ulong", 64, false);
        ALIASES.put("c_int8", "c_byte");
        ALIASES.put("c_uint8", "c_ubyte");
        ALIASES.put("c_int16", "c_short");
        ALIASES.put("c_uint16", "c_ushort");
        ALIASES.put("c_int32", "c_int");
        ALIASES.put("c_uint32", "c_uint");
        for (String longAlias : List.of("c_int64", "c_longlong", "c_ssize_t")) ALIASES.put(longAlias, "c_long");
        for (String ulongAlias : List.of("c_uint64", "c_ulonglong", "c_size_t")) ALIASES.put(ulongAlias, "c_ulong");
    }

    private static void simple(String name, int bits, boolean signed) {
        SIMPLE.put(name, new int[] {bits, signed ? 1 : 0});
    }

    /**
     * The type objects made so far: each is made when a program first reads it, so programs that
     * do not use ctypes keep the object numbers they always had.
     */
    private final Map<String, PyCType> made = new LinkedHashMap<>();

    CtypesModule(Interpreter in) {
        super("ctypes", in);
        function("sizeof", (args, kw) -> v.integer(sizeOf(one("sizeof", args))));
        function("cast", (args, kw) -> cast(args));
    }

    @Override
    Set<String> valueNames() {
        Set<String> names = new java.util.LinkedHashSet<>(SIMPLE.keySet());
        names.addAll(ALIASES.keySet());
        names.add("py_object");
        return names;
    }

    @Override
    PyObject value(String attr) {
        String name = ALIASES.getOrDefault(attr, attr);
        if (!name.equals("py_object") && !SIMPLE.containsKey(name)) return null;
        PyCType t = made.computeIfAbsent(name, n -> {
            if (n.equals("py_object")) return v.shared(new PyCType(n, 64, false, true));
            int[] spec = SIMPLE.get(n);
            return v.shared(new PyCType(n, spec[0], spec[1] == 1, false));
        });
        return heap.newRef(t);
    }

    /** sizeof(type or instance): the bytes of its C value. */
    private static long sizeOf(PyObject o) {
        if (o instanceof PyCType t) return t.bits / 8;
        if (o instanceof PyCData d) return d.type.bits / 8;
        throw new PyRaise("TypeError", "this type has no size");
    }

    /**
     * cast(source, py_object): a py_object viewing the address the source holds (an int, or the
     * object another py_object holds); it holds no reference, as CPython's does not.
     */
    private PyObject cast(List<PyObject> args) {
        if (args.size() != 2) {
            throw new PyRaise("TypeError", "cast() takes exactly 2 arguments (" + args.size() + " given)");
        }
        if (!(args.get(1) instanceof PyCType target) || !target.objectPointer) {
            String shown = args.get(1) instanceof PyCType t ? t.name : args.get(1).typeName();
            throw new PyRaise("TypeError", "cast() argument 2 must be a pointer type, not " + shown);
        }
        long address;
        if (args.get(0) instanceof PyInt i) {
            address = CDataType.address(i);
        } else if (args.get(0) instanceof PyCData d && d.type.objectPointer) {
            address = d.isView() ? d.address : CDataType.addressOf(d.object);
        } else {
            throw new PyRaise("ArgumentError", "argument 1: TypeError: wrong type");
        }
        return heap.alloc(new PyCData(target, 0, null, address));
    }
}
