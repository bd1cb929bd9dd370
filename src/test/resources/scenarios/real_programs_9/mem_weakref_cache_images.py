import weakref
import gc


class Image:
    loads = 0

    def __init__(self, name):
        Image.loads += 1
        self.name = name
        self.pixels = [0] * 16

    def __repr__(self):
        return "Image(%r)" % self.name


class ImageCache:
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()

    def get(self, name):
        img = self._cache.get(name)
        if img is None:
            img = Image(name)
            self._cache[name] = img
            print("loaded", name)
        else:
            print("cache hit", name)
        return img

    def __len__(self):
        return len(self._cache)


cache = ImageCache()
a = cache.get("cat.png")
b = cache.get("cat.png")
print(a is b, len(cache), Image.loads)
c = cache.get("dog.png")
print(sorted(cache._cache.keys()))
del a
print("still cached while b alive:", len(cache))
del b
print("after del b:", len(cache), sorted(cache._cache))
cache.get("cat.png")
print("loads:", Image.loads, "live:", len(cache))
del c
gc.collect()
print("end:", len(cache))
