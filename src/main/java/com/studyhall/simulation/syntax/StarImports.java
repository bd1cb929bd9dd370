package com.studyhall.simulation.syntax;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code from m import *} binds in CPython 3.11 for each module the engine provides, in the
 * order import_all_from binds them: the module's {@code __all__} when it has one, otherwise every
 * name of its dict not starting with an underscore (measured with python3 3.11.7 running a script).
 * The parser expands the star into these names; the checker refuses reads of those the lab lacks.
 */
public final class StarImports {
    private StarImports() { }

    /**
     * The modules without {@code __all__}: import_all_from reads their dict's keys into a new list
     * (PyMapping_Keys), one list allocation the runtime counts.
     */
    public static final Set<String> WITHOUT_ALL = Set.of("abc", "array", "bisect", "ctypes", "gc", "itertools", "math", "sys", "time");

    /** The names, per module. */
    public static List<String> names(String module) {
        return NAMES.getOrDefault(module, List.of());
    }

    private static final Map<String, List<String>> NAMES = Map.ofEntries(
        Map.entry("abc", List.of(
            "abstractmethod", "abstractclassmethod", "abstractstaticmethod", "abstractproperty", "get_cache_token",
            "ABCMeta", "update_abstractmethods", "ABC")),
        Map.entry("array", List.of("ArrayType", "array", "typecodes")),
        Map.entry("datetime", List.of(
            "date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC")),
        Map.entry("bisect", List.of(
            "insort_right", "bisect_right", "insort_left", "bisect_left", "bisect", "insort")),
        Map.entry("collections", List.of(
            "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "defaultdict", "deque",
            "namedtuple")),
        Map.entry("contextlib", List.of(
            "asynccontextmanager", "contextmanager", "closing", "nullcontext", "AbstractContextManager",
            "AbstractAsyncContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack", "redirect_stdout",
            "redirect_stderr", "suppress", "aclosing", "chdir")),
        Map.entry("copy", List.of(
            "Error", "copy", "deepcopy")),
        Map.entry("ctypes", List.of(
            "Union", "Structure", "Array", "RTLD_LOCAL", "RTLD_GLOBAL", "ArgumentError", "DEFAULT_MODE",
            "create_string_buffer", "c_buffer", "CFUNCTYPE", "sizeof", "byref", "addressof", "alignment", "resize",
            "get_errno", "set_errno", "py_object", "c_short", "c_ushort", "c_long", "c_ulong", "c_int", "c_uint",
            "c_float", "c_double", "c_longdouble", "c_longlong", "c_ulonglong", "c_ubyte", "c_byte", "c_char",
            "c_char_p", "c_void_p", "c_voidp", "c_bool", "POINTER", "pointer", "c_wchar_p", "c_wchar",
            "create_unicode_buffer", "SetPointerType", "ARRAY", "CDLL", "PyDLL", "LibraryLoader", "cdll", "pydll",
            "pythonapi", "c_size_t", "c_ssize_t", "memmove", "memset", "PYFUNCTYPE", "cast", "string_at",
            "wstring_at", "BigEndianStructure", "LittleEndianStructure", "BigEndianUnion", "LittleEndianUnion",
            "c_int8", "c_uint8", "c_int16", "c_int32", "c_int64", "c_uint16", "c_uint32", "c_uint64")),
        Map.entry("dataclasses", List.of(
            "dataclass", "field", "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "fields",
            "asdict", "astuple", "make_dataclass", "replace", "is_dataclass")),
        Map.entry("enum", List.of(
            "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag", "ReprEnum", "auto", "unique",
            "property", "verify", "member", "nonmember", "FlagBoundary", "STRICT", "CONFORM", "EJECT", "KEEP",
            "global_flag_repr", "global_enum_repr", "global_str", "global_enum", "EnumCheck", "CONTINUOUS",
            "NAMED_FLAGS", "UNIQUE", "pickle_by_global_name", "pickle_by_enum_name")),
        Map.entry("functools", List.of(
            "update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "total_ordering", "cache",
            "cmp_to_key", "lru_cache", "reduce", "partial", "partialmethod", "singledispatch",
            "singledispatchmethod", "cached_property")),
        Map.entry("gc", List.of(
            "enable", "disable", "isenabled", "set_debug", "get_debug", "get_count", "set_threshold",
            "get_threshold", "collect", "get_objects", "get_stats", "is_tracked", "is_finalized", "get_referrers",
            "get_referents", "freeze", "unfreeze", "get_freeze_count", "garbage", "callbacks", "DEBUG_STATS",
            "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK")),
        Map.entry("heapq", List.of(
            "heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest", "heappushpop")),
        Map.entry("itertools", List.of(
            "tee", "accumulate", "combinations", "combinations_with_replacement", "cycle", "dropwhile", "takewhile",
            "islice", "starmap", "chain", "compress", "filterfalse", "count", "zip_longest", "pairwise",
            "permutations", "product", "repeat", "groupby")),
        Map.entry("math", List.of(
            "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "copysign", "cos", "cosh",
            "degrees", "dist", "erf", "erfc", "exp", "exp2", "expm1", "fabs", "factorial", "floor", "fmod", "frexp",
            "fsum", "gamma", "gcd", "hypot", "isclose", "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp",
            "lgamma", "log", "log1p", "log10", "log2", "modf", "pow", "radians", "remainder", "sin", "sinh", "sqrt",
            "tan", "tanh", "trunc", "prod", "perm", "comb", "nextafter", "ulp", "pi", "e", "tau", "inf", "nan")),
        Map.entry("operator", List.of(
            "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq", "floordiv",
            "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
            "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter",
            "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne",
            "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor")),
        Map.entry("random", List.of(
            "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate", "gauss",
            "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate", "randbytes", "randint",
            "random", "randrange", "sample", "seed", "setstate", "shuffle", "triangular", "uniform",
            "vonmisesvariate", "weibullvariate")),
        Map.entry("string", List.of(
            "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits", "octdigits",
            "printable", "punctuation", "whitespace", "Formatter", "Template")),
        Map.entry("sys", List.of(
            "addaudithook", "audit", "breakpointhook", "displayhook", "exception", "exc_info", "excepthook", "exit",
            "getdefaultencoding", "getdlopenflags", "getallocatedblocks", "getfilesystemencoding",
            "getfilesystemencodeerrors", "getrefcount", "getrecursionlimit", "getsizeof", "intern", "is_finalizing",
            "setswitchinterval", "getswitchinterval", "setdlopenflags", "setprofile", "getprofile",
            "setrecursionlimit", "settrace", "gettrace", "call_tracing", "set_coroutine_origin_tracking_depth",
            "get_coroutine_origin_tracking_depth", "set_asyncgen_hooks", "get_asyncgen_hooks", "unraisablehook",
            "get_int_max_str_digits", "set_int_max_str_digits", "modules", "stderr", "version", "hexversion",
            "api_version", "copyright", "platform", "maxsize", "float_info", "int_info", "hash_info", "maxunicode",
            "builtin_module_names", "stdlib_module_names", "byteorder", "abiflags", "version_info", "implementation",
            "flags", "float_repr_style", "thread_info", "meta_path", "path_importer_cache", "path_hooks", "path",
            "executable", "prefix", "base_prefix", "exec_prefix", "base_exec_prefix", "platlibdir", "pycache_prefix",
            "argv", "orig_argv", "warnoptions", "dont_write_bytecode", "stdin", "stdout")),
        Map.entry("time", List.of(
            "time", "time_ns", "clock_gettime", "clock_gettime_ns", "clock_settime", "clock_settime_ns",
            "clock_getres", "pthread_getcpuclockid", "sleep", "gmtime", "localtime", "asctime", "ctime", "mktime",
            "strftime", "strptime", "tzset", "monotonic", "monotonic_ns", "process_time", "process_time_ns",
            "thread_time", "thread_time_ns", "perf_counter", "perf_counter_ns", "get_clock_info", "timezone",
            "altzone", "daylight", "tzname", "CLOCK_REALTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW",
            "CLOCK_PROCESS_CPUTIME_ID", "CLOCK_THREAD_CPUTIME_ID", "CLOCK_BOOTTIME", "CLOCK_TAI", "struct_time")),
        Map.entry("typing", List.of(
            "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef", "Generic", "Literal",
            "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar", "TypeVarTuple", "Union", "AbstractSet",
            "ByteString", "Container", "ContextManager", "Hashable", "ItemsView", "Iterable", "Iterator", "KeysView",
            "Mapping", "MappingView", "MutableMapping", "MutableSequence", "MutableSet", "Sequence", "Sized",
            "ValuesView", "Awaitable", "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
            "AsyncContextManager", "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
            "SupportsIndex", "SupportsInt", "SupportsRound", "ChainMap", "Counter", "Deque", "Dict", "DefaultDict",
            "List", "OrderedDict", "Set", "FrozenSet", "NamedTuple", "TypedDict", "Generator", "BinaryIO", "IO",
            "Match", "Pattern", "TextIO", "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
            "dataclass_transform", "final", "get_args", "get_origin", "get_overloads", "get_type_hints",
            "is_typeddict", "LiteralString", "Never", "NewType", "no_type_check", "no_type_check_decorator",
            "NoReturn", "NotRequired", "overload", "ParamSpecArgs", "ParamSpecKwargs", "Required", "reveal_type",
            "runtime_checkable", "Self", "Text", "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack")),
        Map.entry("weakref", List.of(
            "ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "ProxyType",
            "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize")));
}
