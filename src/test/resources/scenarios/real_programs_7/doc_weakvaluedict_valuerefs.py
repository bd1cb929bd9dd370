import weakref

class Image:
    __repr__ = lambda self: f"<Image {self.path}>"
    def __init__(self, path):
        self.path = path

cache = weakref.WeakValueDictionary()
a = Image("a.png")
b = Image("b.png")
cache["a"] = a
cache["b"] = b
refs = cache.valuerefs()
print(len(refs), sorted(r().path for r in refs))
print(sorted(cache.keys()))
del refs
del a
print(sorted(cache.keys()), "a" in cache)
print(cache.get("a", "gone"), cache.get("b"))
b2 = cache.setdefault("c", Image("c.png"))
print(b2, "c" in cache)
print(len(cache))
