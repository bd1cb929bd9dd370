# A least-recently-used cache built on OrderedDict; evicted values are
# freed at once, which a weak reference confirms.
import weakref
from collections import OrderedDict


class Blob:
    def __init__(self, key):
        self.key = key

    def __repr__(self):
        return f"Blob({self.key})"


class RecentOnly:
    """Keeps at most `limit` blobs, dropping the one unused the longest."""

    def __init__(self, limit):
        self.limit = limit
        self.store = OrderedDict()
        self.stats = {"hit": 0, "miss": 0}

    def fetch(self, key):
        blob = self.store.get(key)
        if blob is not None:
            self.stats["hit"] += 1
            self.store.move_to_end(key)
            return blob
        self.stats["miss"] += 1
        blob = self.store[key] = Blob(key)
        while len(self.store) > self.limit:
            dropped, _ = self.store.popitem(last=False)
            print("evict", dropped)
        return blob


cache = RecentOnly(3)
watch = {}
for key in ["a", "b", "c", "a", "d", "b", "e", "a"]:
    blob = cache.fetch(key)
    watch.setdefault(key, weakref.ref(blob))
    del blob
print(list(cache.store))
print(cache.stats)
print({k: w() is not None for k, w in sorted(watch.items())})
