package com.studyhall.simulation.runtime;

import com.studyhall.simulation.heap.PyBuiltin;
import com.studyhall.simulation.heap.PyModule;
import com.studyhall.simulation.heap.PyObject;
import java.util.Set;

/**
 * What CPython 3.11's PRECALL specializer sees in a builtin callable, read from python3 3.11.7
 * itself (the ml_flags of each builtin function's and method's PyMethodDef, whether a type has
 * tp_vectorcall, whether a library function is Python code): specialize_c_call makes METH_O,
 * METH_FASTCALL and METH_FASTCALL | METH_KEYWORDS functions PRECALL_NO_KW_BUILTIN_O,
 * PRECALL_NO_KW_BUILTIN_FAST and PRECALL_BUILTIN_FAST_WITH_KEYWORDS, and fails the others;
 * specialize_class_call makes a builtin type with vectorcall PRECALL_BUILTIN_CLASS. Names are
 * "module.function" (builtins' own under "builtins") and "type.method" for a bound method.
 */
final class CallableKinds {
    private CallableKinds() {
    }

    enum Kind { METH_O, METH_FASTCALL, METH_FASTCALL_KEYWORDS, VECTORCALL_TYPE, PYTHON_FUNCTION, OTHER }

    /** The kind of a builtin function, bound builtin method or builtin type. */
    static Kind of(PyBuiltin b) {
        if (b.self == null && b.callKind instanceof Kind known) return known;
        Kind kind = kindOf(b);
        if (b.self == null) b.callKind = kind;
        return kind;
    }

    private static Kind kindOf(PyBuiltin b) {
        String key = (b.self != null ? b.self.typeName() : b.owner == null ? "builtins" : b.owner) + "." + b.name;
        if (VECTORCALL.contains(key)) return Kind.VECTORCALL_TYPE; // map and filter are types the lab keeps as functions
        if (b.self == null && b.isTypeObject()) return Kind.OTHER;
        return ofKey(key);
    }

    /** The kind of what LOAD_METHOD finds as obj.name when obj is a module or a builtin object, not a program's. */
    static Kind ofAttribute(PyObject obj, String name) {
        String key = (obj instanceof PyModule m ? m.name : obj.typeName()) + "." + name;
        return VECTORCALL.contains(key) ? Kind.VECTORCALL_TYPE : ofKey(key);
    }

    /** The tables' answer for a "module.function" or "type.method" that is not a type object. */
    private static Kind ofKey(String key) {
        if (METH_O.contains(key)) return Kind.METH_O;
        if (FASTCALL.contains(key)) return Kind.METH_FASTCALL;
        if (FASTCALL_KEYWORDS.contains(key)) return Kind.METH_FASTCALL_KEYWORDS;
        return PYTHON.contains(key) ? Kind.PYTHON_FUNCTION : Kind.OTHER;
    }

    private static Set<String> names(String spaced) {
        return Set.of(spaced.trim().split(" "));
    }

    private static final Set<String> METH_O = names(
            "Counter.__format__ Counter.__reduce_ex__ OrderedDict.__format__ OrderedDict.__reduce_ex__ "
            + "builtins.abs builtins.aiter builtins.all builtins.any builtins.ascii builtins.bin builtins.callable "
            + "builtins.chr builtins.hash builtins.hex builtins.id builtins.len builtins.oct builtins.ord "
            + "builtins.repr bytearray.__format__ bytearray.append bytearray.extend bytearray.join "
            + "bytearray.partition bytearray.remove bytearray.removeprefix bytearray.removesuffix "
            + "bytearray.rpartition bytearray.zfill bytes.__format__ bytes.__reduce_ex__ bytes.join bytes.partition "
            + "bytes.removeprefix bytes.removesuffix bytes.rpartition bytes.zfill complex.__format__ "
            + "complex.__reduce_ex__ ctypes.POINTER ctypes.addressof ctypes.alignment ctypes.pointer ctypes.sizeof "
            + "defaultdict.__format__ defaultdict.__missing__ defaultdict.__reduce_ex__ deque.__format__ "
            + "deque.__reduce_ex__ deque.append deque.appendleft deque.count deque.extend deque.extendleft "
            + "deque.remove dict.__format__ dict.__reduce_ex__ float.__format__ float.__reduce_ex__ "
            + "frozenset.__format__ frozenset.__reduce_ex__ frozenset.isdisjoint frozenset.issubset "
            + "frozenset.issuperset frozenset.symmetric_difference gc.is_finalized gc.is_tracked gc.set_debug "
            + "heapq.heapify heapq.heappop int.__format__ int.__reduce_ex__ list.__format__ list.__reduce_ex__ "
            + "list.append list.count list.extend list.remove math.acos math.acosh math.asin math.asinh math.atan "
            + "math.atanh math.cbrt math.ceil math.cos math.cosh math.degrees math.erf math.erfc math.exp math.exp2 "
            + "math.expm1 math.fabs math.factorial math.floor math.frexp math.fsum math.gamma math.isfinite "
            + "math.isinf math.isnan math.isqrt math.lgamma math.log10 math.log1p math.log2 math.modf math.radians "
            + "math.sin math.sinh math.sqrt math.tan math.tanh math.trunc math.ulp operator.abs operator.index "
            + "operator.inv operator.invert operator.neg operator.not_ operator.pos operator.truth "
            + "random.getrandbits set.__format__ set.__reduce_ex__ set.add set.discard set.isdisjoint set.issubset "
            + "set.issuperset set.remove set.symmetric_difference set.symmetric_difference_update statistics.erf "
            + "statistics.exp statistics.fabs statistics.fsum statistics.sqrt str.__format__ str.__reduce_ex__ "
            + "str.format_map str.join str.partition str.removeprefix str.removesuffix str.rpartition str.translate "
            + "str.zfill sys.displayhook sys.getrefcount sys.intern sys.setdlopenflags sys.setprofile "
            + "sys.setrecursionlimit sys.setswitchinterval sys.settrace sys.unraisablehook time.mktime time.sleep "
            + "tuple.__format__ tuple.__reduce_ex__ tuple.count weakref.getweakrefcount weakref.getweakrefs ");

    private static final Set<String> FASTCALL = names(
            "Counter.get Counter.pop Counter.setdefault OrderedDict.get builtins.anext builtins.delattr "
            + "builtins.divmod builtins.eval builtins.format builtins.getattr builtins.hasattr builtins.input "
            + "builtins.isinstance builtins.issubclass builtins.iter builtins.next builtins.setattr "
            + "bytearray.__reduce_ex__ bytearray.center bytearray.insert bytearray.ljust bytearray.lstrip "
            + "bytearray.pop bytearray.replace bytearray.rjust bytearray.rstrip bytearray.strip bytes.center "
            + "bytes.ljust bytes.lstrip bytes.replace bytes.rjust bytes.rstrip bytes.strip defaultdict.get "
            + "defaultdict.pop defaultdict.setdefault deque.index deque.insert deque.rotate dict.get dict.pop "
            + "dict.setdefault float.__round__ heapq.heappush heapq.heappushpop heapq.heapreplace int.__round__ "
            + "io.text_encoding itertools.tee list.index list.insert list.pop math.atan2 math.comb math.copysign "
            + "math.dist math.fmod math.gcd math.hypot math.lcm math.ldexp math.nextafter math.perm math.pow "
            + "math.remainder operator.add operator.and_ operator.concat operator.contains operator.countOf "
            + "operator.delitem operator.eq operator.floordiv operator.ge operator.getitem operator.gt "
            + "operator.iadd operator.iand operator.iconcat operator.ifloordiv operator.ilshift operator.imatmul "
            + "operator.imod operator.imul operator.indexOf operator.ior operator.ipow operator.irshift "
            + "operator.is_ operator.is_not operator.isub operator.itruediv operator.ixor operator.le "
            + "operator.length_hint operator.lshift operator.lt operator.matmul operator.mod operator.mul "
            + "operator.ne operator.or_ operator.pow operator.rshift operator.setitem operator.sub operator.truediv "
            + "operator.xor statistics.hypot statistics.mul str.center str.ljust str.lstrip str.replace str.rjust "
            + "str.rstrip str.strip sys.audit sys.call_tracing sys.excepthook sys.exit tuple.index weakref.proxy ");

    private static final Set<String> FASTCALL_KEYWORDS = names(
            "OrderedDict.move_to_end OrderedDict.pop OrderedDict.popitem OrderedDict.setdefault bisect.bisect "
            + "bisect.bisect_left bisect.bisect_right bisect.insort bisect.insort_left bisect.insort_right "
            + "builtins.__build_class__ builtins.__import__ builtins.breakpoint builtins.compile builtins.exec "
            + "builtins.open builtins.pow builtins.print builtins.round builtins.sorted builtins.sum "
            + "bytearray.decode bytearray.expandtabs bytearray.hex bytearray.rsplit bytearray.split "
            + "bytearray.splitlines bytearray.translate bytes.decode bytes.expandtabs bytes.hex bytes.rsplit "
            + "bytes.split bytes.splitlines bytes.translate gc.collect gc.get_objects int.to_bytes io.open "
            + "io.open_code list.sort math.isclose math.prod operator.call statistics.bisect_left "
            + "statistics.bisect_right str.encode str.expandtabs str.rsplit str.split str.splitlines "
            + "sys.addaudithook sys.breakpointhook sys.set_coroutine_origin_tracking_depth "
            + "sys.set_int_max_str_digits ");

    private static final Set<String> VECTORCALL = names(
            "builtins.bool builtins.dict builtins.enumerate builtins.filter builtins.float builtins.frozenset "
            + "builtins.list builtins.map builtins.range builtins.reversed builtins.set builtins.super "
            + "builtins.tuple builtins.type ");

    /** Library functions written in Python in CPython (json.dumps, random.randint...): PRECALL_PYFUNC. */
    private static final Set<String> PYTHON = names(
            "abc.abstractmethod abc.update_abstractmethods collections.namedtuple contextlib.asynccontextmanager "
            + "contextlib.contextmanager contextlib.wraps copy.copy copy.deepcopy ctypes.ARRAY ctypes.CFUNCTYPE "
            + "ctypes.PYFUNCTYPE ctypes.SetPointerType ctypes.c_buffer ctypes.cast ctypes.create_string_buffer "
            + "ctypes.create_unicode_buffer ctypes.string_at ctypes.wstring_at dataclasses.asdict "
            + "dataclasses.astuple dataclasses.dataclass dataclasses.field dataclasses.fields "
            + "dataclasses.is_dataclass dataclasses.make_dataclass dataclasses.replace enum.bin enum.global_enum "
            + "enum.global_enum_repr enum.global_flag_repr enum.global_str enum.pickle_by_enum_name "
            + "enum.pickle_by_global_name enum.show_flag_values enum.unique functools.cache functools.lru_cache "
            + "functools.namedtuple functools.recursive_repr functools.singledispatch functools.total_ordering "
            + "functools.update_wrapper functools.wraps heapq.merge heapq.nlargest heapq.nsmallest "
            + "json.detect_encoding json.dump json.dumps json.load json.loads pprint.isreadable pprint.isrecursive "
            + "pprint.pformat pprint.pp pprint.pprint pprint.saferepr re.compile re.escape re.findall re.finditer "
            + "re.fullmatch re.match re.purge re.search re.split re.sub re.subn re.template statistics.correlation "
            + "statistics.covariance statistics.fmean statistics.geometric_mean statistics.harmonic_mean "
            + "statistics.linear_regression statistics.mean statistics.median statistics.median_grouped "
            + "statistics.median_high statistics.median_low statistics.mode statistics.multimode "
            + "statistics.namedtuple statistics.pstdev statistics.pvariance statistics.quantiles statistics.stdev "
            + "statistics.variance string.capwords textwrap.dedent textwrap.fill textwrap.indent textwrap.shorten "
            + "textwrap.wrap types.coroutine types.new_class types.prepare_class types.resolve_bases "
            + "typing.NamedTuple typing.TypedDict typing.abstractmethod typing.assert_never typing.assert_type "
            + "typing.cast typing.clear_overloads typing.dataclass_transform typing.final typing.get_args "
            + "typing.get_origin typing.get_overloads typing.get_type_hints typing.is_typeddict "
            + "typing.no_type_check typing.no_type_check_decorator typing.overload typing.reveal_type "
            + "typing.runtime_checkable ");
}
