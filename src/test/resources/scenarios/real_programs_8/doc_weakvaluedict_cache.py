import weakref
import gc

class Image:
    loads = 0
    def __init__(self, path):
        Image.loads += 1
        self.path = path

cache = weakref.WeakValueDictionary()

def load(path):
    img = cache.get(path)
    if img is None:
        img = Image(path)
        cache[path] = img
    return img

a = load("a.png")
b = load("a.png")
c = load("c.png")
print(a is b, Image.loads, sorted(cache.keys()))
del a, b
print(sorted(cache), "a.png" in cache)
c2 = load("c.png")
print(Image.loads, len(cache))
del c, c2
print(len(cache), dict(cache))
x = load("x.png")
x.me = x
del x
print(len(cache))
gc.collect()
print(len(cache), Image.loads)
