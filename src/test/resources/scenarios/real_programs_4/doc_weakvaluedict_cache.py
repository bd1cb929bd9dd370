import gc
import weakref

class Image:
    loads = 0
    def __init__(self, path):
        Image.loads += 1
        self.path = path
    def __repr__(self):
        return f"Image({self.path})"

_cache = weakref.WeakValueDictionary()

def load(path):
    img = _cache.get(path)
    if img is None:
        img = Image(path)
        _cache[path] = img
    return img

a = load("cat.png")
b = load("cat.png")
c = load("dog.png")
print(a is b, Image.loads, sorted(_cache.keys()))
del a
print(sorted(_cache.keys()))
del b
print(sorted(_cache.keys()), len(_cache))
del c
gc.collect()
print(len(_cache), Image.loads)
d = load("cat.png")
print(Image.loads, list(_cache.items()))
