package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyBuiltin;
import java.util.Map;

/**
 * sys.getsizeof of the type objects the lab models as builtins (int, NoneType, collections.deque,
 * functools.partial): type.__sizeof__ plus the GC header, measured under python3 3.11.7. A static
 * type (every builtins type, the itertools and datetime types) is a PyTypeObject, 424 bytes; a heap
 * type made by a C module (operator's, functools.partial) or a Python class with __slots__ (Fraction,
 * WeakMethod, finalize) is a PyHeapTypeObject, 920; a Python class whose instances have a managed
 * dict adds its cached shared keys, 1688 (as heap.PyClass#sizeof says for a program's classes).
 */
final class TypeObjectSizes {
    private TypeObjectSizes() { }

    private static final long STATIC_TYPE = 424;

    private static final Map<String, Long> NOT_STATIC = Map.ofEntries(
            Map.entry("operator.itemgetter", 920L), Map.entry("operator.attrgetter", 920L),
            Map.entry("operator.methodcaller", 920L), Map.entry("functools.partial", 920L),
            Map.entry("fractions.Fraction", 920L), Map.entry("weakref.WeakMethod", 920L), Map.entry("weakref.finalize", 920L),
            Map.entry("functools.cached_property", 1688L), Map.entry("contextlib.suppress", 1688L),
            Map.entry("contextlib.closing", 1688L), Map.entry("contextlib.nullcontext", 1688L),
            Map.entry("weakref.WeakSet", 1688L), Map.entry("weakref.WeakValueDictionary", 1688L),
            Map.entry("weakref.WeakKeyDictionary", 1688L), Map.entry("random.Random", 1688L),
            Map.entry("string.Template", 1688L), Map.entry("collections.Counter", 1688L),
            Map.entry("collections.ChainMap", 1688L));

    /** builtins' types the lab calls as functions. */
    private static final java.util.Set<String> BUILTIN_TYPES_AS_FUNCTIONS = java.util.Set.of("zip", "map", "filter", "reversed");

    /** The size of b when it stands for a type object, or null for a function or method. */
    static Long of(PyBuiltin b) {
        if (b.isTypeObject() && !"collections".equals(b.owner)) return STATIC_TYPE;
        if (b.owner == null && b.self == null && BUILTIN_TYPES_AS_FUNCTIONS.contains(b.name)) return STATIC_TYPE;
        if (!Builtins.isModuleType(b) && !Builtins.isCollectionsClass(b)) return null;
        return NOT_STATIC.getOrDefault(b.owner + "." + b.name, STATIC_TYPE);
    }
}
