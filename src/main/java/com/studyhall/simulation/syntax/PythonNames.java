package com.studyhall.simulation.syntax;

import java.util.Map;
import java.util.Set;

/**
 * Names CPython 3.11 defines, so the checker can tell "exists in Python but not in the lab"
 * (refused before the run) from "exists nowhere" (CPython's own NameError or AttributeError).
 */
public final class PythonNames {
    /** dir(builtins) without the dunders, then the dunder names a script reads as globals or builtins. */
    public static final Set<String> BUILTINS = Set.of(
            "ArithmeticError", "AssertionError", "AttributeError", "BaseException", "BaseExceptionGroup",
            "BlockingIOError", "BrokenPipeError", "BufferError", "BytesWarning", "ChildProcessError",
            "ConnectionAbortedError", "ConnectionError", "ConnectionRefusedError", "ConnectionResetError",
            "DeprecationWarning", "EOFError", "Ellipsis", "EncodingWarning", "EnvironmentError", "Exception",
            "ExceptionGroup", "False", "FileExistsError", "FileNotFoundError", "FloatingPointError", "FutureWarning",
            "GeneratorExit", "IOError", "ImportError", "ImportWarning", "IndentationError", "IndexError",
            "InterruptedError", "IsADirectoryError", "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError",
            "ModuleNotFoundError", "NameError", "None", "NotADirectoryError", "NotImplemented",
            "NotImplementedError", "OSError", "OverflowError", "PendingDeprecationWarning", "PermissionError",
            "ProcessLookupError", "RecursionError", "ReferenceError", "ResourceWarning", "RuntimeError",
            "RuntimeWarning", "StopAsyncIteration", "StopIteration", "SyntaxError", "SyntaxWarning", "SystemError",
            "SystemExit", "TabError", "TimeoutError", "True", "TypeError", "UnboundLocalError", "UnicodeDecodeError",
            "UnicodeEncodeError", "UnicodeError", "UnicodeTranslateError", "UnicodeWarning", "UserWarning",
            "ValueError", "Warning", "ZeroDivisionError", "abs", "aiter", "all", "anext", "any", "ascii", "bin",
            "bool", "breakpoint", "bytearray", "bytes", "callable", "chr", "classmethod", "compile", "complex",
            "copyright", "credits", "delattr", "dict", "dir", "divmod", "enumerate", "eval", "exec", "exit",
            "filter", "float", "format", "frozenset", "getattr", "globals", "hasattr", "hash", "help", "hex", "id",
            "input", "int", "isinstance", "issubclass", "iter", "len", "license", "list", "locals", "map", "max",
            "memoryview", "min", "next", "object", "oct", "open", "ord", "pow", "print", "property", "quit", "range",
            "repr", "reversed", "round", "set", "setattr", "slice", "sorted", "staticmethod", "str", "sum", "super",
            "tuple", "type", "vars", "zip",
            // Dunder builtins and the script's startup globals other than __name__: the lab's module has
            // none of them, so a read is refused (the builtin rule) rather than a NameError CPython never raises.
            "__import__", "__build_class__", "__debug__", "__builtins__", "__doc__", "__loader__", "__package__",
            "__spec__", "__file__", "__cached__");

    /**
     * Attribute names of the CPython types whose objects a lab program can hold (the builtin types,
     * functions, methods, iterators, dict views, weak references, exceptions, generators), dunders
     * aside. A name only other types define cannot be reached: CPython's AttributeError is right.
     */
    public static final Set<String> ATTRIBUTES = Set.of(
            "add", "add_note", "append", "args", "as_integer_ratio", "bit_count", "bit_length", "capitalize",
            "casefold", "center", "clear", "close", "conjugate", "copy", "count", "deleter", "denominator",
            "decode", "difference", "difference_update", "discard", "encode", "endswith", "expandtabs", "extend", "fdel",
            "fget", "find", "format", "format_map", "from_bytes", "from_iterable", "fromhex", "fromkeys", "fset",
            "get", "getter", "gi_code", "gi_frame", "gi_running", "gi_suspended", "gi_yieldfrom", "hex", "imag",
            "index", "insert",
            "intersection", "intersection_update", "is_integer", "isalnum", "isalpha", "isascii", "isdecimal",
            "isdigit", "isdisjoint", "isidentifier", "islower", "isnumeric", "isprintable", "isspace", "issubset",
            "issuperset", "istitle", "isupper", "items", "join", "keys", "ljust", "lower", "lstrip", "maketrans",
            "mapping", "mro", "numerator", "partition", "pop", "popitem", "real", "remove", "removeprefix",
            "removesuffix", "replace", "reverse", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip",
            "send", "setdefault", "setter", "sort", "split", "splitlines", "start", "startswith", "step", "stop",
            "strip", "swapcase", "symmetric_difference", "symmetric_difference_update", "throw", "title", "to_bytes",
            "translate", "union", "update", "upper", "values", "with_traceback", "zfill", "f_code", "f_locals", "f_globals", "f_lasti", "f_trace", "tb_lasti",
            "co_name", "co_argcount", "co_cellvars", "co_code", "co_consts", "co_exceptiontable", "co_filename",
            "co_firstlineno", "co_flags", "co_freevars", "co_kwonlyargcount", "co_lines", "co_linetable", "co_lnotab",
            "co_names", "co_nlocals", "co_positions", "co_posonlyargcount", "co_qualname", "co_stacksize", "co_varnames",
            // random.Random's attributes beyond the methods the lab models (RandomChecks.METHODS)
            "VERSION", "gauss_next", "betavariate", "expovariate", "gammavariate", "lognormvariate", "normalvariate",
            "paretovariate", "randbytes", "triangular", "vonmisesvariate", "weibullvariate",
            // re.Pattern and re.Match
            "findall", "finditer", "flags", "fullmatch", "groupindex", "groups", "match", "pattern", "scanner", "search",
            "sub", "subn", "end", "endpos", "expand", "group", "groupdict", "lastgroup", "lastindex", "pos", "re", "regs",
            "span", "string",
            // datetime's date, datetime, time and timedelta (the names the lab lacks: DatetimeChecks)
            "combine", "date", "day", "days", "fromisoformat", "fromordinal", "hour", "isoformat", "isoweekday", "max",
            "microsecond", "microseconds", "min", "minute", "month", "now", "resolution", "second", "seconds", "strftime",
            "time", "today", "toordinal", "total_seconds", "tzinfo", "utcoffset", "weekday", "year",
            // functools.cached_property's RLock (the lab does not model it)
            "lock",
            // io.StringIO's methods and attributes the lab leaves out
            "readlines", "writelines", "truncate", "detach", "fileno", "isatty", "line_buffering", "newlines",
            // fractions.Fraction's class methods the lab leaves out
            "from_float", "from_decimal");

    /** dir() of the modules the lab knows, without the dunders. */
    public static final Map<String, Set<String>> MODULES = Map.ofEntries(
            Map.entry("gc", Set.of(
                    "DEBUG_COLLECTABLE", "DEBUG_LEAK", "DEBUG_SAVEALL", "DEBUG_STATS", "DEBUG_UNCOLLECTABLE",
                    "callbacks", "collect", "disable", "enable", "freeze", "garbage", "get_count", "get_debug",
                    "get_freeze_count", "get_objects", "get_referents", "get_referrers", "get_stats",
                    "get_threshold", "is_finalized", "is_tracked", "isenabled", "set_debug", "set_threshold",
                    "unfreeze")),
            Map.entry("sys", Set.of(
                    "_base_executable", "_clear_type_cache", "_current_exceptions", "_current_frames",
                    "_debugmallocstats", "_framework", "_getframe", "_getquickenedcount", "_git", "_home",
                    "_stdlib_dir", "_xoptions", "abiflags", "addaudithook", "api_version", "argv", "audit",
                    "base_exec_prefix", "base_prefix", "breakpointhook", "builtin_module_names", "byteorder",
                    "call_tracing", "copyright", "displayhook", "dont_write_bytecode", "exc_info", "excepthook",
                    "exception", "exec_prefix", "executable", "exit", "flags", "float_info", "float_repr_style",
                    "get_asyncgen_hooks", "get_coroutine_origin_tracking_depth", "get_int_max_str_digits",
                    "getallocatedblocks", "getdefaultencoding", "getdlopenflags", "getfilesystemencodeerrors",
                    "getfilesystemencoding", "getprofile", "getrecursionlimit", "getrefcount", "getsizeof",
                    "getswitchinterval", "gettrace", "hash_info", "hexversion", "implementation", "int_info",
                    "intern", "is_finalizing", "maxsize", "maxunicode", "meta_path", "modules", "orig_argv", "path",
                    "path_hooks", "path_importer_cache", "platform", "platlibdir", "prefix", "pycache_prefix",
                    "set_asyncgen_hooks", "set_coroutine_origin_tracking_depth", "set_int_max_str_digits",
                    "setdlopenflags", "setprofile", "setrecursionlimit", "setswitchinterval", "settrace", "stderr",
                    "stdin", "stdlib_module_names", "stdout", "thread_info", "unraisablehook", "version",
                    "version_info", "warnoptions")),
            Map.entry("weakref", Set.of(
                    "CallableProxyType", "KeyedRef", "ProxyType", "ProxyTypes", "ReferenceType", "WeakKeyDictionary",
                    "WeakMethod", "WeakSet", "WeakValueDictionary", "_IterationGuard", "_collections_abc",
                    "_remove_dead_weakref", "finalize", "getweakrefcount", "getweakrefs", "itertools", "proxy",
                    "ref", "sys")),
            Map.entry("re", Set.of(
                    "A", "ASCII", "DEBUG", "DOTALL", "I", "IGNORECASE", "L", "LOCALE", "M", "MULTILINE", "Match", "NOFLAG",
                    "Pattern", "RegexFlag", "S", "Scanner", "T", "TEMPLATE", "U", "UNICODE", "VERBOSE", "X", "_MAXCACHE",
                    "_cache", "_casefix", "_compile", "_compile_repl", "_compiler", "_constants", "_expand", "_parser",
                    "_pickle", "_special_chars_map", "_subx", "compile", "copyreg", "enum", "error", "escape", "findall",
                    "finditer", "fullmatch", "functools", "match", "purge", "search", "split", "sub", "subn", "template")),
            Map.entry("math", Set.of(
                    "acos", "acosh", "asin", "asinh", "atan", "atan2", "atanh", "cbrt", "ceil", "comb", "copysign",
                    "cos", "cosh", "degrees", "dist", "e", "erf", "erfc", "exp", "exp2", "expm1", "fabs",
                    "factorial", "floor", "fmod", "frexp", "fsum", "gamma", "gcd", "hypot", "inf", "isclose",
                    "isfinite", "isinf", "isnan", "isqrt", "lcm", "ldexp", "lgamma", "log", "log10", "log1p", "log2",
                    "modf", "nan", "nextafter", "perm", "pi", "pow", "prod", "radians", "remainder", "sin", "sinh",
                    "sqrt", "tan", "tanh", "tau", "trunc", "ulp")),
            Map.entry("random", Set.of(
                    "BPF", "LOG4", "NV_MAGICCONST", "RECIP_BPF", "Random", "SG_MAGICCONST", "SystemRandom", "TWOPI",
                    "_ONE", "_Sequence", "_Set", "_accumulate", "_acos", "_bisect", "_ceil", "_cos", "_e", "_exp",
                    "_floor", "_index", "_inst", "_isfinite", "_log", "_os", "_pi", "_random", "_repeat", "_sha512",
                    "_sin", "_sqrt", "_test", "_test_generator", "_urandom", "_warn", "betavariate", "choice",
                    "choices", "expovariate", "gammavariate", "gauss", "getrandbits", "getstate", "lognormvariate",
                    "normalvariate", "paretovariate", "randbytes", "randint", "random", "randrange", "sample",
                    "seed", "setstate", "shuffle", "triangular", "uniform", "vonmisesvariate", "weibullvariate")),
            Map.entry("copy", Set.of(
                    "Error", "_copy_dispatch", "_copy_immutable", "_deepcopy_atomic", "_deepcopy_dict",
                    "_deepcopy_dispatch", "_deepcopy_list", "_deepcopy_method", "_deepcopy_tuple", "_keep_alive",
                    "_reconstruct", "copy", "deepcopy", "dispatch_table", "error")),
            Map.entry("functools", Set.of(
                    "GenericAlias", "RLock", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "_CacheInfo", "_HashedSeq",
                    "_lru_cache_wrapper", "_make_key", "cache", "cached_property", "cmp_to_key", "get_cache_token",
                    "lru_cache", "namedtuple", "partial", "partialmethod", "recursive_repr", "reduce", "singledispatch",
                    "singledispatchmethod", "total_ordering", "update_wrapper", "wraps",
                    // the rest of dir(): names the lab lacks, refused by the module rule
                    "_NOT_FOUND", "_c3_merge", "_c3_mro", "_compose_mro", "_convert", "_find_impl", "_ge_from_gt",
                    "_ge_from_le", "_ge_from_lt", "_gt_from_ge", "_gt_from_le", "_gt_from_lt", "_initial_missing",
                    "_le_from_ge", "_le_from_gt", "_le_from_lt", "_lt_from_ge", "_lt_from_gt", "_lt_from_le",
                    "_unwrap_partial")),
            Map.entry("itertools", Set.of(
                    "accumulate", "chain", "combinations", "combinations_with_replacement", "compress", "count", "cycle",
                    "dropwhile", "filterfalse", "groupby", "islice", "pairwise", "permutations", "product", "repeat",
                    "starmap", "takewhile", "tee", "zip_longest",
                    // the rest of dir(): names the lab lacks, refused by the module rule
                    "_grouper", "_tee", "_tee_dataobject")),
            Map.entry("heapq", Set.of(
                    "_heapify_max", "_heappop_max", "_heapreplace_max", "_siftdown", "_siftdown_max", "_siftup",
                    "_siftup_max", "heapify", "heappop", "heappush", "heappushpop", "heapreplace", "merge", "nlargest",
                    "nsmallest")),
            Map.entry("operator", Set.of(
                    "_abs", "abs", "add", "and_", "attrgetter", "call", "concat", "contains", "countOf", "delitem", "eq",
                    "floordiv", "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod",
                    "imul", "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub",
                    "itemgetter", "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod",
                    "mul", "ne", "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor")),
            Map.entry("enum", Set.of(
                    "CONFORM", "CONTINUOUS", "DynamicClassAttribute", "EJECT", "Enum", "EnumCheck", "EnumMeta", "EnumType",
                    "Flag", "FlagBoundary", "IntEnum", "IntFlag", "KEEP", "MappingProxyType", "NAMED_FLAGS", "ReprEnum",
                    "STRICT", "StrEnum", "UNIQUE", "_EnumDict", "_auto_null", "_dedent", "_high_bit", "_is_descriptor",
                    "_is_dunder", "_is_internal_class", "_is_private", "_is_single_bit", "_is_sunder", "_iter_bits_lsb",
                    "_make_class_unpicklable", "_old_convert_", "_or_", "_power_of_two", "_proto_member",
                    "_reduce_ex_by_global_name", "_simple_enum", "_stdlib_enums", "_test_simple_enum", "auto", "bin",
                    "bltns", "global_enum", "global_enum_repr", "global_flag_repr", "global_str", "member", "nonmember",
                    "pickle_by_enum_name", "pickle_by_global_name", "property", "reduce", "show_flag_values", "sys",
                    "unique", "verify")),
            Map.entry("json", Set.of(
                    "JSONDecodeError", "JSONDecoder", "JSONEncoder", "_default_decoder", "_default_encoder", "codecs",
                    "decoder", "detect_encoding", "dump", "dumps", "encoder", "load", "loads", "scanner")),
            Map.entry("traceback", Set.of(
                    "FrameSummary", "StackSummary", "TracebackException", "_Anchors", "_ExceptionPrintContext",
                    "_RECURSIVE_CUTOFF", "_Sentinel", "_WIDE_CHAR_SPECIFIERS", "_byte_offset_to_character_offset",
                    "_cause_message", "_context_message", "_display_width", "_extract_caret_anchors_from_line_segment",
                    "_format_final_exc_line", "_get_code_position", "_parse_value_tb", "_safe_string", "_sentinel",
                    "_walk_tb_with_full_positions", "clear_frames", "collections", "extract_stack", "extract_tb",
                    "format_exc", "format_exception", "format_exception_only", "format_list", "format_stack", "format_tb",
                    "itertools", "linecache", "print_exc", "print_exception", "print_last", "print_list", "print_stack",
                    "print_tb", "suppress", "sys", "textwrap", "walk_stack", "walk_tb")),
            Map.entry("textwrap", Set.of(
                    "TextWrapper", "_leading_whitespace_re", "_whitespace", "_whitespace_only_re", "dedent", "fill",
                    "indent", "re", "shorten", "wrap")),
            Map.entry("statistics", Set.of(
                    "Counter", "Decimal", "Fraction", "LinearRegression", "NormalDist", "StatisticsError", "_SQRT2",
                    "_coerce", "_convert", "_decimal_sqrt_of_frac", "_exact_ratio", "_fail_neg", "_float_sqrt_of_frac",
                    "_integer_sqrt_of_frac_rto", "_isfinite", "_mean_stdev", "_normal_dist_inv_cdf", "_sqrt_bit_width",
                    "_ss", "_sum", "bisect_left", "bisect_right", "correlation", "covariance", "defaultdict", "erf",
                    "exp", "fabs", "fmean", "fsum", "geometric_mean", "groupby", "harmonic_mean", "hypot",
                    "linear_regression", "log", "math", "mean", "median", "median_grouped", "median_high",
                    "median_low", "mode", "mul", "multimode", "namedtuple", "numbers", "pstdev", "pvariance",
                    "quantiles", "random", "reduce", "repeat", "sqrt", "stdev", "sys", "tau", "variance")),
            Map.entry("abc", Set.of(
                    "ABC", "ABCMeta", "_abc_init", "_abc_instancecheck", "_abc_register", "_abc_subclasscheck", "_get_dump",
                    "_reset_caches", "_reset_registry", "abstractclassmethod", "abstractmethod", "abstractproperty",
                    "abstractstaticmethod", "get_cache_token", "update_abstractmethods")),
            Map.entry("contextlib", Set.of(
                    "AbstractAsyncContextManager", "AbstractContextManager", "AsyncContextDecorator", "AsyncExitStack",
                    "ContextDecorator", "ExitStack", "GenericAlias", "MethodType", "_AsyncGeneratorContextManager",
                    "_BaseExitStack", "_GeneratorContextManager", "_GeneratorContextManagerBase", "_RedirectStream",
                    "_collections_abc", "abc", "aclosing", "asynccontextmanager", "chdir", "closing", "contextmanager",
                    "deque", "nullcontext", "os", "redirect_stderr", "redirect_stdout", "suppress", "sys", "wraps")),
            Map.entry("array", Set.of("ArrayType", "_array_reconstructor", "array", "typecodes")),
            Map.entry("datetime", Set.of(
                    "MAXYEAR", "MINYEAR", "UTC", "date", "datetime", "datetime_CAPI", "sys", "time", "timedelta", "timezone",
                    "tzinfo")),
            Map.entry("fractions", Set.of(
                    "Decimal", "Fraction", "_PyHASH_INF", "_PyHASH_MODULUS", "_RATIONAL_FORMAT", "math", "numbers",
                    "operator", "re", "sys")),
            Map.entry("pprint", Set.of(
                    "PrettyPrinter", "_StringIO", "_builtin_scalars", "_collections", "_dataclasses", "_perfcheck",
                    "_recursion", "_safe_key", "_safe_tuple", "_sys", "_types", "_wrap_bytes_repr", "isreadable",
                    "isrecursive", "pformat", "pp", "pprint", "re", "saferepr")),
            Map.entry("io", Set.of(
                    "BlockingIOError", "BufferedIOBase", "BufferedRWPair", "BufferedRandom", "BufferedReader",
                    "BufferedWriter", "BytesIO", "DEFAULT_BUFFER_SIZE", "FileIO", "IOBase", "IncrementalNewlineDecoder",
                    "RawIOBase", "SEEK_CUR", "SEEK_END", "SEEK_SET", "StringIO", "TextIOBase", "TextIOWrapper",
                    "UnsupportedOperation", "_io", "abc", "open", "open_code", "text_encoding")),
            Map.entry("types", Set.of(
                    "AsyncGeneratorType", "BuiltinFunctionType", "BuiltinMethodType", "CellType", "ClassMethodDescriptorType",
                    "CodeType", "CoroutineType", "DynamicClassAttribute", "EllipsisType", "FrameType", "FunctionType",
                    "GeneratorType", "GenericAlias", "GetSetDescriptorType", "LambdaType", "MappingProxyType",
                    "MemberDescriptorType", "MethodDescriptorType", "MethodType", "MethodWrapperType", "ModuleType", "NoneType",
                    "NotImplementedType", "SimpleNamespace", "TracebackType", "UnionType", "WrapperDescriptorType",
                    "_GeneratorWrapper", "_calculate_meta", "_cell_factory", "coroutine", "new_class", "prepare_class",
                    "resolve_bases")),
            Map.entry("bisect", Set.of("bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right")),
            Map.entry("struct", Set.of("Struct", "_clearcache", "calcsize", "error", "iter_unpack", "pack", "pack_into", "unpack",
                    "unpack_from")),
            Map.entry("time", Set.of(
                    "CLOCK_BOOTTIME", "CLOCK_MONOTONIC", "CLOCK_MONOTONIC_RAW", "CLOCK_PROCESS_CPUTIME_ID",
                    "CLOCK_REALTIME", "CLOCK_TAI", "CLOCK_THREAD_CPUTIME_ID", "_STRUCT_TM_ITEMS", "altzone",
                    "asctime", "clock_getres", "clock_gettime", "clock_gettime_ns", "clock_settime",
                    "clock_settime_ns", "ctime", "daylight", "get_clock_info", "gmtime", "localtime", "mktime",
                    "monotonic", "monotonic_ns", "perf_counter", "perf_counter_ns", "process_time",
                    "process_time_ns", "pthread_getcpuclockid", "sleep", "strftime", "strptime", "struct_time",
                    "thread_time", "thread_time_ns", "time", "time_ns", "timezone", "tzname", "tzset")),
            Map.entry("ctypes", Set.of(
                    "ARRAY", "ArgumentError", "Array", "BigEndianStructure", "BigEndianUnion", "CDLL", "CFUNCTYPE",
                    "DEFAULT_MODE", "LibraryLoader", "LittleEndianStructure", "LittleEndianUnion", "POINTER",
                    "PYFUNCTYPE", "PyDLL", "RTLD_GLOBAL", "RTLD_LOCAL", "SetPointerType", "Structure", "Union",
                    "_CFuncPtr", "_FUNCFLAG_CDECL", "_FUNCFLAG_PYTHONAPI", "_FUNCFLAG_USE_ERRNO",
                    "_FUNCFLAG_USE_LASTERROR", "_Pointer", "_SimpleCData", "_c_functype_cache", "_calcsize", "_cast",
                    "_cast_addr", "_check_size", "_ctypes_version", "_dlopen", "_endian", "_memmove_addr",
                    "_memset_addr", "_os", "_pointer_type_cache", "_reset_cache", "_string_at", "_string_at_addr",
                    "_sys", "_types", "_wstring_at", "_wstring_at_addr", "addressof", "alignment", "byref", "c_bool",
                    "c_buffer", "c_byte", "c_char", "c_char_p", "c_double", "c_float", "c_int", "c_int16", "c_int32",
                    "c_int64", "c_int8", "c_long", "c_longdouble", "c_longlong", "c_short", "c_size_t", "c_ssize_t",
                    "c_ubyte", "c_uint", "c_uint16", "c_uint32", "c_uint64", "c_uint8", "c_ulong", "c_ulonglong",
                    "c_ushort", "c_void_p", "c_voidp", "c_wchar", "c_wchar_p", "cast", "cdll",
                    "create_string_buffer", "create_unicode_buffer", "get_errno", "memmove", "memset", "pointer",
                    "py_object", "pydll", "pythonapi", "resize", "set_errno", "sizeof", "string_at", "wstring_at")),
            Map.entry("string", Set.of(
                    "Formatter", "Template", "ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits",
                    "hexdigits", "octdigits", "printable", "punctuation", "whitespace",
                    // the rest of dir(): names the lab lacks, refused by the module rule
                    "_ChainMap", "_re", "_sentinel_dict", "_string")),
            Map.entry("typing", Set.of(
                    "AbstractSet", "Annotated", "Any", "AnyStr", "Callable", "ChainMap", "ClassVar", "Collection",
                    "Concatenate", "Container", "ContextManager", "Counter", "DefaultDict", "Deque", "Dict", "Final",
                    "ForwardRef", "FrozenSet", "Generator", "Generic", "Hashable", "IO", "ItemsView", "Iterable",
                    "Iterator", "KeysView", "List", "Literal", "LiteralString", "Mapping", "MappingView",
                    "MutableMapping", "MutableSequence", "MutableSet", "NamedTuple", "Never", "NewType", "NoReturn",
                    "NotRequired", "Optional", "OrderedDict", "ParamSpec", "Protocol", "Required", "Reversible",
                    "Self", "Sequence", "Set", "Sized", "SupportsAbs", "SupportsFloat", "SupportsIndex", "SupportsInt",
                    "SupportsRound", "TYPE_CHECKING", "Text", "TextIO", "Tuple", "Type", "TypeAlias", "TypeGuard",
                    "TypeVar", "TypeVarTuple", "TypedDict", "Union", "Unpack", "ValuesView", "abstractmethod",
                    "assert_never", "assert_type", "cast", "final", "get_args", "get_origin", "get_overloads",
                    "get_type_hints", "is_typeddict", "no_type_check", "overload", "reveal_type",
                    "runtime_checkable",
                    // the rest of dir(): names the lab lacks, refused by the module rule
                    "ABCMeta", "AsyncContextManager", "AsyncGenerator", "AsyncIterable", "AsyncIterator", "Awaitable",
                    "BinaryIO", "ByteString", "CT_co", "Coroutine", "EXCLUDED_ATTRIBUTES", "GenericAlias", "KT", "Match",
                    "MethodDescriptorType", "MethodWrapperType", "NamedTupleMeta", "ParamSpecArgs", "ParamSpecKwargs",
                    "Pattern", "SupportsBytes", "SupportsComplex", "T", "T_co", "T_contra", "VT", "VT_co", "V_co",
                    "WrapperDescriptorType", "_ASSERT_NEVER_REPR_MAX_LENGTH", "_AnnotatedAlias", "_AnyMeta",
                    "_BaseGenericAlias", "_BoundVarianceMixin", "_CallableGenericAlias", "_CallableType",
                    "_ConcatenateGenericAlias", "_DeprecatedType", "_Final", "_GenericAlias", "_Immutable",
                    "_LiteralGenericAlias", "_LiteralSpecialForm", "_NamedTuple", "_NotIterable", "_PROTO_ALLOWLIST",
                    "_PickleUsingNameMixin", "_ProtocolMeta", "_SPECIAL_NAMES", "_SpecialForm", "_SpecialGenericAlias",
                    "_TYPING_INTERNALS", "_TupleType", "_TypedDict", "_TypedDictMeta", "_TypingEllipsis",
                    "_UnionGenericAlias", "_UnpackGenericAlias", "_alias", "_allow_reckless_class_checks", "_allowed_types",
                    "_caller", "_check_generic", "_cleanups", "_collect_parameters", "_deduplicate", "_eval_type",
                    "_flatten_literal_params", "_get_protocol_attrs", "_idfunc", "_is_callable_members_only", "_is_dunder",
                    "_is_param_expr", "_is_typevar_like", "_is_unpacked_typevartuple", "_make_nmtuple",
                    "_namedtuple_mro_entries", "_no_init_or_replace_init", "_overload_dummy", "_overload_registry",
                    "_prohibited", "_remove_dups_flatten", "_should_unflatten_callable_args", "_special",
                    "_strip_annotations", "_tp_cache", "_type_check", "_type_convert", "_type_repr", "_unpack_args",
                    "_value_and_type_iter", "clear_overloads", "collections", "contextlib", "dataclass_transform",
                    "defaultdict", "functools", "io", "no_type_check_decorator", "operator", "re", "stdlib_re", "sys",
                    "types", "warnings")),
            Map.entry("dataclasses", Set.of(
                    "Field", "FrozenInstanceError", "InitVar", "KW_ONLY", "MISSING", "asdict", "astuple", "dataclass",
                    "field", "fields", "is_dataclass", "make_dataclass", "replace",
                    // the rest of dir(): names the lab lacks, refused by the module rule
                    "FunctionType", "GenericAlias", "_DataclassParams", "_EMPTY_METADATA", "_FIELD", "_FIELDS",
                    "_FIELD_BASE", "_FIELD_CLASSVAR", "_FIELD_INITVAR", "_HAS_DEFAULT_FACTORY",
                    "_HAS_DEFAULT_FACTORY_CLASS", "_KW_ONLY_TYPE", "_MISSING_TYPE", "_MODULE_IDENTIFIER_RE", "_PARAMS",
                    "_POST_INIT_NAME", "_add_slots", "_asdict_inner", "_astuple_inner", "_cmp_fn", "_create_fn",
                    "_dataclass_getstate", "_dataclass_setstate", "_field_assign", "_field_init", "_fields_in_init_order",
                    "_frozen_get_del_attr", "_get_field", "_get_slots", "_hash_action", "_hash_add", "_hash_exception",
                    "_hash_fn", "_hash_set_none", "_init_fn", "_init_param", "_is_classvar", "_is_dataclass_instance",
                    "_is_initvar", "_is_kw_only", "_is_type", "_process_class", "_recursive_repr", "_repr_fn",
                    "_set_new_attribute", "_set_qualname", "_thread", "_tuple_str", "abc", "builtins", "copy", "functools",
                    "inspect", "itertools", "keyword", "re", "sys", "types")),
            Map.entry("collections", Set.of(
                    "ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString", "_Link",
                    "_OrderedDictItemsView", "_OrderedDictKeysView", "_OrderedDictValuesView", "_chain",
                    "_collections_abc", "_count_elements", "_eq", "_iskeyword", "_itemgetter", "_proxy",
                    "_recursive_repr", "_repeat", "_starmap", "_sys", "_tuplegetter", "abc", "defaultdict", "deque",
                    "namedtuple")));

    private PythonNames() { }
}
