package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.Set;

/**
 * array: the array class (a callable value of this table, as collections.deque is; ArrayType is
 * the same object) and typecodes. array.array has no vectorcall in 3.11, so its call packs the
 * arguments into a tuple.
 */
final class ArrayModule extends NativeModule {
    ArrayModule(Interpreter in, Types types) {
        super("array", in);
        ArrayType arrays = (ArrayType) types.of(PyArray.class);
        keywordFunction("array", (args, kw) -> in.builtinImpl.withPackedArguments(args.size(), !kw.isEmpty(),
                () -> arrays.construct(args, kw)));
    }

    @Override
    String qualify(String fname) {
        return fname;
    }

    @Override
    Set<String> valueNames() {
        return Set.of("ArrayType", "typecodes");
    }

    @Override
    PyObject value(String attr) {
        return switch (attr) {
            case "ArrayType" -> heap.newRef(in.builtinImpl.moduleFunction("array", "array"));
            case "typecodes" -> v.str("bBuhHiIlLqQfd");
            default -> null;
        };
    }
}
