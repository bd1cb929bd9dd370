import sys, itertools, functools, collections, operator, array, weakref
class C:
    def m(self): pass
    def __iter__(self): return iter([])
def g():
    yield 1
d = {"a": 1}
objs = [
 ("iter([])", iter([])), ("iter(())", iter(())), ("iter('ab')", iter("ab")), ("iter(b'')", iter(b"")),
 ("iter({})", iter({})), ("iter(set())", iter(set())), ("iter(range(3))", iter(range(3))),
 ("iter(range(2**70))", iter(range(2**70))), ("reversed([])", reversed([])), ("reversed(range(3))", reversed(range(3))),
 ("reversed('ab')", reversed("ab")), ("reversed((1,))", reversed((1,))),
 ("enumerate([])", enumerate([])), ("zip([])", zip([])), ("zip([],[])", zip([], [])), ("map(abs,[])", map(abs, [])),
 ("filter(None,[])", filter(None, [])), ("d.keys()", d.keys()), ("d.values()", d.values()), ("d.items()", d.items()),
 ("iter(d.items())", iter(d.items())), ("iter(d.values())", iter(d.values())), ("reversed(d)", reversed(d)),
 ("iter(bytearray())", iter(bytearray())), ("iter(array)", iter(array.array('i'))), ("iter(deque)", iter(collections.deque())),
 ("iter(frozenset())", iter(frozenset())),
 ("count()", itertools.count()), ("cycle([])", itertools.cycle([])), ("repeat(1)", itertools.repeat(1)),
 ("chain()", itertools.chain()), ("islice([],1)", itertools.islice([], 1)), ("accumulate([])", itertools.accumulate([])),
 ("product()", itertools.product()), ("permutations([])", itertools.permutations([])), ("combinations([],1)", itertools.combinations([], 1)),
 ("groupby([])", itertools.groupby([])), ("zip_longest()", itertools.zip_longest()), ("starmap", itertools.starmap(abs, [])),
 ("takewhile", itertools.takewhile(abs, [])), ("dropwhile", itertools.dropwhile(abs, [])), ("compress", itertools.compress([], [])),
 ("pairwise", itertools.pairwise([])), ("tee", itertools.tee([])[0]),
 ("partial", functools.partial(abs)), ("itemgetter", operator.itemgetter(1)), ("attrgetter", operator.attrgetter("a")),
 ("methodcaller", operator.methodcaller("a")), ("weakref", weakref.ref(C)), ("generator", g()),
 ("genexpr", (x for x in [])), ("function", g), ("bound", C().m), ("cell", (lambda: d).__closure__), ("staticmethod", staticmethod(g)),
 ("classmethod", classmethod(g)), ("super", super(C, C())), ("OrderedDict", collections.OrderedDict()), ("defaultdict", collections.defaultdict()),
 ("Counter", collections.Counter()), ("deque", collections.deque()), ("deque(maxlen=3)", collections.deque(maxlen=3)),
 ("list(range(3))", list(range(3))), ("dict.fromkeys", dict.fromkeys("ab")), ("set('ab')", set("ab")), ("sorted", sorted([3,1,2])),
 ("callable_iter", iter(int, 1)), ("seq_iter", iter(C()))
]
for k, o in objs:
    print(f"{k:20} {sys.getsizeof(o)}")
