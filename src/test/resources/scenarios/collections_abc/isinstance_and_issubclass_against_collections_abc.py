from collections.abc import Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Hashable, Sized, Container, Callable, Collection, Reversible, Generator, Set, MutableSet, KeysView, ItemsView, ValuesView, MappingView, ByteString
from collections import deque, OrderedDict, defaultdict, Counter, ChainMap, namedtuple
import collections.abc
import collections.abc as cabc
from collections import abc

def flatten(items):
    for x in items:
        if isinstance(x, Iterable) and not isinstance(x, (str, bytes)):
            yield from flatten(x)
        else:
            yield x

print(list(flatten([1, [2, [3, (4, 5)], "ab"], {6}, range(7, 9)])))
def gen():
    yield 1
P = namedtuple("P", "x y")
samples = [1, 2.5, "s", b"b", bytearray(b"x"), [1], (1,), {1: 2}, {1}, frozenset({1}), range(3), None, len, gen(),
           iter([]), {}.keys(), {}.values(), {}.items(), deque(), OrderedDict(), defaultdict(list), Counter(), ChainMap(),
           P(1, 2), int, lambda: 0, reversed([1]), zip(), map(str, []), enumerate([]), memoryview(b"ab")]
abcs = [Iterable, Iterator, Sequence, MutableSequence, Mapping, MutableMapping, Hashable, Sized, Container, Callable,
        Collection, Reversible, Generator, Set, MutableSet, KeysView, ItemsView, ValuesView, MappingView, ByteString]
for s in samples:
    print(type(s).__name__, "".join("1" if isinstance(s, a) else "0" for a in abcs))
for t in [int, str, list, dict, set, tuple, bytes, deque, OrderedDict, Counter, ChainMap, range, type, object, bool, float, frozenset]:
    print(t.__name__, "".join("1" if issubclass(t, a) else "0" for a in abcs))
print(Iterable, cabc.Sequence, collections.abc.Mapping, abc.Sized, Iterable.__name__, Sequence.__module__)
print(type(Iterable))

class Bag:
    def __init__(self): self.items = []
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __contains__(self, x): return x in self.items
class Eq:
    def __eq__(self, o): return True
class NoIter(list):
    __iter__ = None
class Fn:
    def __call__(self): return 1
for c in [Bag, Eq, NoIter, Fn]:
    print(c.__name__, "".join("1" if issubclass(c, a) else "0" for a in abcs), isinstance(c(), Sized))

class Stack:
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __len__(self): return len(self.data)
print(isinstance(Stack(), Sequence))
Sequence.register(Stack)
print(isinstance(Stack(), Sequence), issubclass(Stack, Reversible), issubclass(Stack, Collection), issubclass(Stack, MutableSequence))
@MutableMapping.register
class Store:
    pass
print(Store.__name__, issubclass(Store, Mapping), issubclass(Store, Sized), isinstance(Store(), Container))
try:
    Sequence.register(5)
except TypeError as e:
    print("TypeError", e)
