# The Python docs' LRU recipe: a class deriving from OrderedDict whose __getitem__ and
# __setitem__ call the OrderedDict's own through super(), reorder with move_to_end and evict
# the oldest key with popitem(last=False).
import sys
from collections import OrderedDict


class LRU(OrderedDict):
    'Limit size, evicting the least recently looked-up key when full'

    def __init__(self, maxsize=3, /, *args, **kwds):
        self.maxsize = maxsize
        super().__init__(*args, **kwds)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        self.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self:
            self.move_to_end(key)
        super().__setitem__(key, value)
        if len(self) > self.maxsize:
            oldest = next(iter(self))
            del self[oldest]


cache = LRU(2)
page = ["<html>a</html>"]
cache["a"] = page
cache["b"] = ["<html>b</html>"]
print(cache, len(cache))
print(sys.getrefcount(page))        # the name, the cache's value, the argument
print(cache["a"], list(cache))      # looking "a" up moves it to the end
cache["c"] = ["<html>c</html>"]     # evicts "b", the least recently used
print(list(cache), "b" in cache)
del page
print(cache.popitem(last=False))    # the oldest pair goes first
print(cache.popitem(), cache, len(cache))
try:
    cache.popitem()
except KeyError as e:
    print("KeyError", e)

# The class and its instances.
print(LRU.__mro__)
print(LRU.__bases__, LRU.__base__, LRU.__doc__)
print(isinstance(cache, OrderedDict), isinstance(cache, dict), issubclass(LRU, OrderedDict))
print(type(cache) is LRU, cache.maxsize, vars(cache))
print(sorted(set(dir(cache)) - set(dir(OrderedDict()))))
print(sys.getsizeof(cache) == sys.getsizeof(OrderedDict()), sys.getsizeof(cache.__dict__))


# A memoizing function over it.
calls = []
memo = LRU(3)


def square(n):
    if n in memo:
        return memo[n]
    calls.append(n)
    memo[n] = n * n
    return memo[n]


for n in [1, 2, 1, 3, 4, 1, 2]:
    square(n)
print(calls, list(memo.items()))
