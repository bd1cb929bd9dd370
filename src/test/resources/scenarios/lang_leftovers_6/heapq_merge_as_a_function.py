# heapq.merge is a Python function of module heapq: its names and defaults, star-imported, used by
# yield from, sorted, comprehensions, unpacking, max and sum, and referenced by the module.
import sys
from heapq import *
import heapq
m = merge([1], [0])
print(merge.__name__, merge.__qualname__, merge.__module__)
print(type(merge).__name__, callable(merge), heapq.merge is merge)
print(list(m), merge.__defaults__, merge.__kwdefaults__)
def gen():
    yield from heapq.merge([3], [1, 2])
print(list(gen()))
print(sorted(heapq.merge([5, 1], [4])))
print([x * 2 for x in heapq.merge(range(3), range(2))])
a, *b = heapq.merge("ab", "c")
print(a, b, max(heapq.merge([1, 9], [5])), sum(heapq.merge([1], [2])))
print(sys.getrefcount(merge))
del merge
print(sys.getrefcount(heapq.merge))
