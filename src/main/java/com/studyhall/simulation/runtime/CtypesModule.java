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
    /** Each simple type by its own name, then the aliases Linux x86-64's ctypes binds to them. */
    private final Map<String, PyCType> types = new LinkedHashMap<>();

    CtypesModule(Interpreter in) {
        super("ctypes", in);
        simple("c_byte", 8, true);
        simple("c_ubyte", 8, false);
        simple("c_short", 16, true);
        simple("c_ushort", 16, false);
        simple("c_int", 32, true);
        simple("c_uint", 32, false);
        simple("c_long", 64, true);
        simple("c_ulong", 64, false);
        types.put("py_object", v.shared(new PyCType("py_object", 64, false, true)));
        alias("c_int8", "c_byte");
        alias("c_uint8", "c_ubyte");
        alias("c_int16", "c_short");
        alias("c_uint16", "c_ushort");
        alias("c_int32", "c_int");
        alias("c_uint32", "c_uint");
        for (String longAlias : List.of("c_int64", "c_longlong", "c_ssize_t")) alias(longAlias, "c_long");
        for (String ulongAlias : List.of("c_uint64", "c_ulonglong", "c_size_t")) alias(ulongAlias, "c_ulong");
        function("sizeof", (args, kw) -> v.integer(sizeOf(one("sizeof", args))));
        function("cast", (args, kw) -> cast(args));
    }

    private void simple(String name, int bits, boolean signed) {
        types.put(name, v.shared(new PyCType(name, bits, signed, false)));
    }

    private void alias(String alias, String name) {
        types.put(alias, types.get(name));
    }

    @Override
    Set<String> valueNames() {
        return types.keySet();
    }

    @Override
    PyObject value(String attr) {
        PyCType t = types.get(attr);
        return t == null ? null : heap.newRef(t);
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
