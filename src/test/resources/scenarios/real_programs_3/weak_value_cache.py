import weakref

class Image:
    def __init__(self, path):
        self.path = path
        print("loading", path)

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

cache = ImageCache()
a = cache.get("cat.png")
b = cache.get("cat.png")
print(a is b, len(cache))
c = cache.get("dog.png")
print(len(cache))
del a, b
print(len(cache), "cat.png" in cache._cache)
del c
print(len(cache))
