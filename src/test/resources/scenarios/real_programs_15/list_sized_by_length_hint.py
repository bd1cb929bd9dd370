import sys, array
from collections import deque, OrderedDict, defaultdict, Counter
def s(x): return sys.getsizeof(x)
class Sized:
    def __len__(self): return 3
    def __iter__(self): return iter([1, 2, 3])
srcs = [b"hi", b"hello", bytearray(b"hi"), deque(range(3)), array.array("i", [1, 2, 3]), memoryview(b"abc"),
        frozenset({1, 2, 3}), {1: 1, 2: 2, 3: 3}.keys(), OrderedDict(a=1, b=2, c=3), defaultdict(int, a=1, b=2, c=3),
        Counter("abc"), Sized(), range(3), "abc", (1, 2, 3), {1, 2, 3}, {"a": 1, "b": 2, "c": 3},
        reversed([1, 2, 3]), iter([1, 2, 3]), iter({1: 2, 3: 4, 5: 6}), enumerate("abc"), zip("abc", "abc"), map(abs, [1, 2, 3])]
for src in srcs:
    print(type(src).__name__, s(list(src)), end="; ")
print()
