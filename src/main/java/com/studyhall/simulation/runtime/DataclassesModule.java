package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;

/**
 * dataclasses: the parser has already written the methods @dataclass adds into the class body
 * (syntax.Dataclasses), so the decorator returns the class it is given; called with its options
 * (which the parser read) it returns itself to be applied.
 */
final class DataclassesModule extends NativeModule {
    DataclassesModule(Interpreter in) {
        super("dataclasses", in);
        keywordFunction("dataclass", (args, kw) -> {
            if (args.isEmpty()) return in.builtinImpl.moduleFunction("dataclasses", "dataclass");
            Args.count("dataclass", args, 1, 1);
            return heap.newRef(args.get(0));
        });
        keywordFunction("field", (args, kw) -> {
            // The parser replaces field(...) as a field's default; anywhere else it would make a Field object.
            throw new PyRaise("TypeError", "field() is modelled only as the default of a dataclass field");
        });
    }
}
