import gc
import weakref
from collections import OrderedDict


class Blob:
    def __init__(self, key, size):
        self.key = key
        self.size = size


class LRU:
    def __init__(self, limit):
        self.limit = limit
        self.data = OrderedDict()
        self.evicted = []

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        while len(self.data) > self.limit:
            old_key, _ = self.data.popitem(last=False)
            self.evicted.append(old_key)

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            return self.data[key]
        return None


def gone(ref):
    print("  weakref callback fired")


gc.collect()
cache = LRU(2)
refs = []
for k in "abcd":
    b = Blob(k, len(k) * 10)
    refs.append(weakref.ref(b, gone))
    cache.put(k, b)
    if k == "b":
        cache.get("a")
del b
print("evicted:", cache.evicted)
print("alive:", [r() is not None for r in refs])
print("keys:", list(cache.data))
cache.data.clear()
print("alive after clear:", [r() is not None for r in refs])
print("collected:", gc.collect())
