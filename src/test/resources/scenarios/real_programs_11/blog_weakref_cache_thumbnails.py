import weakref
import gc

class Thumbnail:
    created = 0

    def __init__(self, path: str, size: int):
        Thumbnail.created += 1
        self.path = path
        self.size = size

    def __repr__(self):
        return f"<Thumbnail {self.path} {self.size}px>"

class ThumbnailCache:
    def __init__(self):
        self._cache: "weakref.WeakValueDictionary[tuple, Thumbnail]" = weakref.WeakValueDictionary()
        self.hits = self.misses = 0

    def get(self, path, size=128):
        key = (path, size)
        thumb = self._cache.get(key)
        if thumb is None:
            self.misses += 1
            thumb = Thumbnail(path, size)
            self._cache[key] = thumb
        else:
            self.hits += 1
        return thumb

cache = ThumbnailCache()
a = cache.get("cat.png")
b = cache.get("cat.png")
print(a is b, a)
c = cache.get("dog.png", 64)
print("entries:", len(cache._cache))
del a, b
print("entries after dropping cat:", len(cache._cache))
d = cache.get("cat.png")
print(d, "created so far:", Thumbnail.created)
print(f"hits={cache.hits} misses={cache.misses}")
del c, d
gc.collect()
print("entries at the end:", list(cache._cache.keys()))
