import weakref, gc
class Image:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Image({self.name!r})"
cache = weakref.WeakValueDictionary()
def load(name):
    img = cache.get(name)
    if img is None:
        img = Image(name)
        cache[name] = img
        weakref.finalize(img, print, "evicted", name)
    return img
a = load("cat.png")
b = load("cat.png")
print(a is b, len(cache))
c = load("dog.png")
print(sorted(cache.keys()))
del a, b
print(sorted(cache.keys()))
del c
gc.collect()
print(len(cache))
