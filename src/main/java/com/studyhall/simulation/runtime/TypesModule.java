package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.*;
import java.util.Map;
import java.util.Set;

/**
 * types: SimpleNamespace, and the type objects of the lab's functions, generators, bound methods,
 * builtin functions and modules under the names Lib/types.py gives them (FunctionType is
 * LambdaType, BuiltinFunctionType is BuiltinMethodType). Calling MethodType binds (method_new);
 * the checker refuses calls of the others, which would need code objects or module internals.
 */
final class TypesModule extends NativeModule {
    /** The attribute names and the CPython type each one is. */
    private static final Map<String, String> TYPE_NAMES = Map.of("FunctionType", "function", "LambdaType", "function",
            "GeneratorType", "generator", "MethodType", "method", "BuiltinFunctionType", "builtin_function_or_method",
            "BuiltinMethodType", "builtin_function_or_method", "ModuleType", "module");

    private final Builtins p;

    TypesModule(Interpreter in, Builtins protocols, NamespaceType namespaces) {
        super("types", in);
        this.p = protocols;
        keywordFunction("SimpleNamespace", namespaces::construct);
    }

    @Override
    Set<String> valueNames() {
        return TYPE_NAMES.keySet();
    }

    @Override
    PyObject value(String attr) {
        String type = TYPE_NAMES.get(attr);
        return type == null ? null : p.typeObject(type);
    }

    /**
     * method_new, as type_call reaches it through _PyObject_MakeTpCall (the argument tuple counted):
     * MethodType(func, obj) is func bound to obj.
     */
    static PyObject bind(Heap heap, java.util.List<PyObject> args, Map<String, PyObject> kwargs) {
        heap.countUnmodelledAllocation(Heap.FreeList.TUPLE, args.size());
        if (!kwargs.isEmpty()) heap.countUnmodelledAllocation(Heap.FreeList.DICT, 0);
        try {
            if (!kwargs.isEmpty()) throw new PyRaise("TypeError", "method() takes no keyword arguments");
            if (args.size() != 2) throw new PyRaise("TypeError", "method expected 2 arguments, got " + args.size());
            if (!ObjectBuiltins.isCallable(args.get(0))) throw new PyRaise("TypeError", "first argument must be callable");
            if (args.get(1) instanceof PyNone) throw new PyRaise("TypeError", "instance must not be None");
            return heap.alloc(new PyBoundMethod(heap.newRef(args.get(1)), heap.newRef(args.get(0))));
        } finally {
            if (!kwargs.isEmpty()) heap.countUnmodelledDeallocation(Heap.FreeList.DICT, 0);
            heap.countUnmodelledDeallocation(Heap.FreeList.TUPLE, args.size());
        }
    }
}
