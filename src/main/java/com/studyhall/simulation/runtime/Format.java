package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import com.studyhall.simulation.library.FormatSpec;

/** format(value, spec): the __format__ of the builtin types, on the mini-language of {@link FormatSpec}. */
final class Format {
    private Format() { }

    /**
     * object.__format__ of a plain instance with an empty spec: _PyObject_LookupSpecial binds it (a
     * method object, counted, holding self) and it returns str(self), which a __str__ can observe.
     */
    static <T> T throughObjectFormat(Ops ops, PyObject v, java.util.function.Supplier<T> str) {
        ops.heap.countUnmodelledAllocation(Heap.FreeList.NONE, 0);
        ops.heap.incref(v);
        Builtins builtins = ops.types.instances().builtins();
        builtins.hold(v);
        try {
            return str.get();
        } finally {
            builtins.unhold(v);
            ops.heap.decref(v);
            ops.heap.countUnmodelledDeallocation(Heap.FreeList.NONE, 0);
        }
    }

    /** {@code converted} is the text of a !r/!s/!a conversion (formatted as a str), or null. */
    static String apply(Ops ops, PyObject v, String converted, String spec) {
        if (converted != null) return spec.isEmpty() ? converted : FormatSpec.parse(spec, "str").formatStr(converted);
        if (v instanceof PyDate || v instanceof PyTime) return ((DateType) ops.types.of(PyDate.class)).format(v, spec);
        if (v instanceof PyInstance) {
            // A class's __format__ is called even for an empty spec (PyObject_Format).
            String own = ops.types.instances().format(v, spec);
            if (own != null) return own;
            // Enum.__format__ on a mixin's member (EnumType put it on the class): str(self) formatted as a str.
            if (EnumClasses.isMixinMember(v)) return FormatSpec.parse(spec, "str").formatStr(ops.str(v));
            // int.__format__, float.__format__, str.__format__ of a subclass's instance: its value, by the spec.
            if (!spec.isEmpty()) v = BuiltinBases.receiver(v);
        }
        if (spec.isEmpty() && v instanceof PyInstance i && i.body == null && i.exc == null && !EnumClasses.isMember(v)) {
            PyObject self = v;
            return throughObjectFormat(ops, self, () -> ops.str(self));
        }
        if (spec.isEmpty() || EnumClasses.isMember(v)) {
            // Enum.__format__ formats str(self) as a str.
            return spec.isEmpty() ? ops.str(v) : FormatSpec.parse(spec, "str").formatStr(ops.str(v));
        }
        String type = v.typeName();
        if (v instanceof PyInt i) return FormatSpec.parse(spec, type).formatInt(i.value(), type);
        if (v instanceof PyFloat f) return FormatSpec.parse(spec, type).formatFloat(f.value, type);
        if (v instanceof PyStr s) return FormatSpec.parse(spec, type).formatStr(s.value);
        if (v instanceof PyComplex z) return FormatSpec.parse(spec, type).formatComplex(z.real, z.imag);
        throw new PyRaise("TypeError", "unsupported format string passed to " + type + ".__format__");
    }
}
