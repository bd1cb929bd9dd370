import gc
import sys
import weakref


class Image:
    loads = 0

    def __init__(self, path):
        Image.loads += 1
        self.path = path
        self.pixels = bytearray(16)

    def __repr__(self):
        return f"Image({self.path!r})"


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, path):
        img = self._cache.get(path)
        if img is None:
            img = Image(path)
            self._cache[path] = img
        return img

    def __len__(self):
        return len(self._cache)


gc.collect()
cache = ImageCache()
a = cache.get("cat.png")
b = cache.get("cat.png")
c = cache.get("dog.png")
print(a is b, Image.loads, len(cache))
print("refcount a:", sys.getrefcount(a))
del a
print("still cached:", len(cache), sorted(cache._cache.keys()))
del b
print("after both gone:", len(cache), sorted(cache._cache.keys()))
d = cache.get("cat.png")
print("reloaded:", Image.loads, d)
print("collected:", gc.collect(), "count:", gc.get_count())
