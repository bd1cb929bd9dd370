from collections import OrderedDict


class LRUCache:
    """Limit size, evicting the least recently looked-up key when full."""

    def __init__(self, maxsize=3, *args, **kwds):
        self.maxsize = maxsize
        self.hits = self.misses = 0
        self.data = OrderedDict(*args, **kwds)

    def __getitem__(self, key):
        value = self.data[key]
        self.data.move_to_end(key)
        return value

    def __setitem__(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.maxsize:
            oldest = next(iter(self.data))
            print("  evict", oldest)
            del self.data[oldest]

    def __iter__(self):
        return iter(self.data)

    def __repr__(self):
        return f"LRUCache({list(self.data.items())})"

    def fetch(self, key, loader):
        try:
            v = self[key]
            self.hits += 1
            return v
        except KeyError:
            self.misses += 1
            v = self[key] = loader(key)
            return v


cache = LRUCache(3)
for k in ["a", "b", "c", "a", "d", "b", "e", "a", "a"]:
    print(k, cache.fetch(k, str.upper), list(cache))
print("hits=%d misses=%d" % (cache.hits, cache.misses))
print(cache)
print(isinstance(cache.data, dict), LRUCache.__mro__[1].__name__)
