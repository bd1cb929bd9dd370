from collections import OrderedDict
import functools

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return None

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)

cache = LRUCache(3)
for k in "abcab":
    if cache.get(k) is None:
        cache.put(k, k.upper())
cache.put("d", "D")
cache.get("a")
cache.put("e", "E")
print(list(cache.data.items()), cache.hits, cache.misses)

@functools.lru_cache(maxsize=4)
def slow_square(n):
    print("computing", n)
    return n * n

for n in [2, 3, 2, 4, 5, 6, 2, 3]:
    slow_square(n)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info().currsize)

@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), fib.cache_info().misses)
