package com.studyhall.simulation.syntax;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Library functions CPython writes in Python (string.capwords, json.dumps, copy.deepcopy...: type
 * function, repr {@code <function capwords at 0x...>}, size 152) or that are bound methods of
 * random's hidden Random instance ({@code <bound method Random.randint of <random.Random object at
 * ...>>}, random.random a built-in method of it), which the lab runs as builtin functions
 * ({@code <built-in function capwords>}, builtin_function_or_method). Calling them is exact;
 * showing one is not, so type(), repr(), str(), ascii(), format(), print(), isinstance() and
 * sys.getsizeof() of one named directly (module.name, or a name imported from the module) are
 * refused before the run, as are its __class__, __dict__, __defaults__ and __kwdefaults__.
 * The table was measured: every public function of the lab's modules whose type(f).__name__
 * differed between python3 3.11.7 and the lab.
 */
final class PythonLibraryFunctions {
    static final Map<String, Set<String>> WRITTEN_IN_PYTHON = Map.ofEntries(
            Map.entry("abc", Set.of("abstractmethod")),
            Map.entry("collections", Set.of("namedtuple")),
            Map.entry("contextlib", Set.of("contextmanager")),
            Map.entry("copy", Set.of("copy", "deepcopy")),
            Map.entry("dataclasses", Set.of("asdict", "astuple", "dataclass", "field", "fields", "is_dataclass", "replace")),
            Map.entry("enum", Set.of("unique")),
            Map.entry("functools", Set.of("cache", "lru_cache", "update_wrapper", "wraps")),
            Map.entry("json", Set.of("dumps", "loads")),
            Map.entry("pprint", Set.of("pformat", "pp", "pprint")),
            Map.entry("random", Set.of("choice", "choices", "expovariate", "gauss", "getstate", "normalvariate", "randint", "randrange",
                    "sample", "seed", "setstate", "shuffle", "triangular", "uniform", "random", "getrandbits")),
            Map.entry("statistics", Set.of("fmean", "harmonic_mean", "mean", "median", "median_high", "median_low", "mode", "multimode",
                    "pstdev", "pvariance", "quantiles", "stdev", "variance")),
            Map.entry("string", Set.of("capwords")),
            Map.entry("textwrap", Set.of("dedent", "fill", "indent", "shorten", "wrap")),
            Map.entry("typing", Set.of("NamedTuple", "cast")));

    /** The builtins that show what kind of object their argument is. */
    private static final Set<String> SHOWING = Set.of("type", "repr", "str", "ascii", "format", "print", "isinstance");
    /** Attributes a Python function has and the lab's builtin answers otherwise. */
    private static final Set<String> FUNCTION_ATTRIBUTES = Set.of("__class__", "__dict__", "__defaults__", "__kwdefaults__");

    private final BiConsumer<Token, String> refuse;
    /** module.name for an expression naming a library object (an imported module's attribute, a from-imported name), else null. */
    private final Function<Expr, String> libraryName;

    PythonLibraryFunctions(BiConsumer<Token, String> refuse, Function<Expr, String> libraryName) {
        this.refuse = refuse;
        this.libraryName = libraryName;
    }

    private boolean writtenInPython(String qualified) {
        if (qualified == null || !qualified.contains(".")) return false;
        int dot = qualified.lastIndexOf('.');
        Set<String> names = WRITTEN_IN_PYTHON.get(qualified.substring(0, dot));
        return names != null && names.contains(qualified.substring(dot + 1));
    }

    /** A call of a showing builtin (not rebound by the program) or sys.getsizeof: its arguments that name such a function. */
    void called(Expr.Call e, String builtin, String libraryFunction) {
        boolean shows = builtin != null && SHOWING.contains(builtin) || "sys.getsizeof".equals(libraryFunction);
        if (!shows) return;
        List<Expr> args = builtin != null && !builtin.equals("print") ? e.args().subList(0, Math.min(1, e.args().size())) : e.args();
        for (Expr a : args) {
            String name = libraryName.apply(a);
            if (writtenInPython(name)) {
                refuse.accept(a.token(), (builtin != null ? builtin + "()" : "sys.getsizeof()") + " of " + name
                        + " (a Python function of the library in CPython, a builtin function in the lab)");
            }
        }
    }

    /** f.__class__ and the like read on such a function. */
    void attribute(Expr.Attribute a) {
        if (!FUNCTION_ATTRIBUTES.contains(a.name())) return;
        String name = libraryName.apply(a.object());
        if (writtenInPython(name)) {
            refuse.accept(a.token(), "the attribute " + a.name() + " of " + name + " (a Python function of the library in CPython, a builtin function in the lab)");
        }
    }
}
