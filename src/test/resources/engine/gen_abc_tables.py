# Generates AbcTables.java: what CPython 3.11's ABCMeta.__subclasscheck__ reads about collections.abc's
# classes (bases, abstract methods, which have a __subclasshook__, what is registered with each) and
# about each builtin type the engine names (the hook's methods its MRO defines or sets to None, and
# the collections.abc classes in its MRO). Run with python3 3.11; the output replaces
# src/main/java/com/studyhall/simulation/runtime/AbcTables.java.
import abc, array, collections, collections.abc as cabc, datetime, fractions, functools, io, itertools, operator
import contextlib, random, re, string, sys, types, weakref

HOOKED = ["__await__", "send", "throw", "close", "__aiter__", "__anext__", "asend", "athrow", "aclose",
          "__hash__", "__iter__", "__next__", "__reversed__", "__len__", "__contains__", "__call__"]


def gen():
    yield 1


class C:
    def m(self):
        pass


cm = collections.ChainMap({})
_KEPT = C()


def _traceback():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__
samples = {
    "int": 1, "bool": True, "float": 1.0, "complex": 1j, "str": "", "bytes": b"", "bytearray": bytearray(),
    "list": [], "tuple": (), "dict": {}, "set": set(), "frozenset": frozenset(), "range": range(1),
    "memoryview": memoryview(b""), "NoneType": None, "ellipsis": ..., "NotImplementedType": NotImplemented,
    "function": lambda: 0, "method": C().m, "builtin_function_or_method": len, "generator": gen(),
    "cell": (lambda x: (lambda: x))(1).__closure__[0], "super": super(C, C()), "object": object(),
    "type": int, "module": abc, "slice": slice(1), "property": property(), "staticmethod": staticmethod(len),
    "classmethod": classmethod(len), "method-wrapper": [].__len__, "mappingproxy": types.MappingProxyType({}),
    "list_iterator": iter([]), "tuple_iterator": iter(()), "range_iterator": iter(range(1)),
    "dict_keyiterator": iter({}), "dict_valueiterator": iter({}.values()), "dict_itemiterator": iter({}.items()),
    "dict_reversekeyiterator": reversed({}), "set_iterator": iter(set()), "str_ascii_iterator": iter(""),
    "bytes_iterator": iter(b""), "bytearray_iterator": iter(bytearray()), "list_reverseiterator": reversed([]),
    "callable_iterator": iter(lambda: 0, 0),
    "enumerate": enumerate([]), "zip": zip(), "map": map(len, []), "filter": filter(None, []), "reversed": reversed(()),
    "dict_keys": {}.keys(), "dict_values": {}.values(), "dict_items": {}.items(),
    "odict_keys": collections.OrderedDict().keys(), "odict_values": collections.OrderedDict().values(),
    "odict_items": collections.OrderedDict().items(),
    "collections.deque": collections.deque(), "collections.defaultdict": collections.defaultdict(),
    "collections.OrderedDict": collections.OrderedDict(), "Counter": collections.Counter(), "ChainMap": cm,
    "weakref.ReferenceType": weakref.ref(C),
    "array.array": array.array("i"), "functools.partial": functools.partial(len),
    "operator.itemgetter": operator.itemgetter(0), "operator.attrgetter": operator.attrgetter("a"),
    "operator.methodcaller": operator.methodcaller("a"), "random.Random": random.Random(0),
    "re.Pattern": re.compile("a"), "re.Match": re.match("a", "a"), "string.Template": string.Template(""),
    "types.SimpleNamespace": types.SimpleNamespace(), "_io.StringIO": io.StringIO(), "Fraction": fractions.Fraction(1),
    "datetime.date": datetime.date(2000, 1, 1), "datetime.datetime": datetime.datetime(2000, 1, 1),
    "datetime.timedelta": datetime.timedelta(), "datetime.time": datetime.time(), "datetime.timezone": datetime.timezone.utc,
    "itertools.count": itertools.count(), "itertools.chain": itertools.chain(), "itertools.cycle": itertools.cycle([]),
    "itertools.repeat": itertools.repeat(0), "itertools.islice": itertools.islice([], 1),
    "itertools.groupby": itertools.groupby([]), "itertools.product": itertools.product(),
    "itertools.permutations": itertools.permutations([]), "itertools.combinations": itertools.combinations([], 1),
    "itertools.accumulate": itertools.accumulate([]), "itertools.starmap": itertools.starmap(len, []),
    "itertools.takewhile": itertools.takewhile(len, []), "itertools.dropwhile": itertools.dropwhile(len, []),
    "itertools.zip_longest": itertools.zip_longest(), "itertools.pairwise": itertools.pairwise([]),
    "itertools.compress": itertools.compress([], []), "itertools.filterfalse": itertools.filterfalse(None, []),
    "itertools.tee": itertools.tee([])[0],
    "functools._lru_cache_wrapper": functools.lru_cache(len), "functools.cached_property": functools.cached_property(len),
    "frame": sys._getframe(), "traceback": _traceback(), "_io.TextIOWrapper": sys.stdout,
    "WeakSet": weakref.WeakSet(), "WeakValueDictionary": weakref.WeakValueDictionary(),
    "WeakKeyDictionary": weakref.WeakKeyDictionary(), "WeakMethod": weakref.WeakMethod(_KEPT.m),
    "weakref.KeyedRef": weakref.KeyedRef(C, None, 0), "finalize": weakref.finalize(C, len, ""),
    "types.GenericAlias": list[int], "types.UnionType": int | str,
    "contextlib._GeneratorContextManager": contextlib.contextmanager(gen)(), "contextlib.suppress": contextlib.suppress(),
    "contextlib.closing": contextlib.closing(None), "contextlib.nullcontext": contextlib.nullcontext(),
    "contextlib.redirect_stdout": contextlib.redirect_stdout(None), "contextlib.ExitStack": contextlib.ExitStack(),
}

rows = []
for name, o in samples.items():
    t = type(o)
    slots = []
    for h in HOOKED:
        for b in t.__mro__:
            if h in b.__dict__:
                slots.append(h if b.__dict__[h] is not None else h + "=None")
                break
    in_mro = [b.__name__ for b in t.__mro__ if b.__module__ == "collections.abc"]
    builtin_mro = [n for n, s in samples.items() if type(s) in t.__mro__ and n != name]
    rows.append((name, slots, in_mro, builtin_mro))


def jlist(xs):
    return "List.of(" + ", ".join('"%s"' % x for x in xs) + ")"


out = ["package com.studyhall.simulation.runtime;", "", "import java.util.List;", "import java.util.Map;", "",
       "/**",
       " * What CPython 3.11's ABCMeta.__subclasscheck__ reads of collections.abc's classes and of the builtin types",
       " * (generated by python3 3.11: src/test/resources/engine/gen_abc_tables.py; do not edit by hand).",
       " */",
       "final class AbcTables {", "    private AbcTables() { }", "",
       "    /** One class of collections.abc: its bases, abstract methods, the methods its own __subclasshook__",
       "     * looks for (empty: it has none) and the builtin types registered with it. */",
       "    record AbcClass(String name, List<String> bases, List<String> abstractMethods, List<String> hook, List<String> registered) { }",
       "",
       "    /** One builtin type: the hooked methods its MRO defines (\"name=None\" where set to None), the collections.abc classes in its MRO",
       "     * and the other builtin types there (object among them). */",
       "    record TypeFacts(List<String> methods, List<String> abcsInMro, List<String> builtinBases) { }", "",
       "    /** collections.abc.__all__, in its order. */",
       "    static final List<AbcClass> CLASSES = List.of("]
hooks = {
    "Awaitable": ["__await__"], "Coroutine": ["__await__", "send", "throw", "close"], "AsyncIterable": ["__aiter__"],
    "AsyncIterator": ["__anext__", "__aiter__"], "AsyncGenerator": ["__aiter__", "__anext__", "asend", "athrow", "aclose"],
    "Hashable": ["__hash__"], "Iterable": ["__iter__"], "Iterator": ["__iter__", "__next__"],
    "Generator": ["__iter__", "__next__", "send", "throw", "close"], "Reversible": ["__reversed__", "__iter__"],
    "Sized": ["__len__"], "Container": ["__contains__"], "Collection": ["__len__", "__iter__", "__contains__"],
    "Callable": ["__call__"],
}
abc_rows = []
for n in cabc.__all__:
    c = getattr(cabc, n)
    assert ("__subclasshook__" in c.__dict__) == (n in hooks), n
    registered = []
    for r in abc._get_dump(c)[0]:
        t = r()
        for name, o in samples.items():
            if type(o) is t:
                registered.append(name)
    abc_rows.append('            new AbcClass("%s", %s, %s, %s, %s)' % (
        n, jlist(b.__name__ for b in c.__bases__ if b is not object), jlist(sorted(c.__abstractmethods__)),
        jlist(hooks.get(n, [])), jlist(sorted(registered))))
out.append(",\n".join(abc_rows) + ");")
out.append("")
out.append("    /** Each builtin type the engine names (its typeName()). */")
out.append("    static final Map<String, TypeFacts> TYPES = Map.ofEntries(")
out.append(",\n".join('            Map.entry("%s", new TypeFacts(%s, %s, %s))' % (n, jlist(s), jlist(m), jlist(b)) for n, s, m, b in rows) + ");")
out.append("}")
print("\n".join(out))
