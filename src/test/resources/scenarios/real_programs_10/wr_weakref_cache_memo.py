import weakref

class Image:
    loads = 0
    def __init__(self, path):
        Image.loads += 1
        self.path = path
    def __repr__(self):
        return f"Image({self.path})"

_cache = {}

def load(path):
    ref = _cache.get(path)
    img = ref() if ref is not None else None
    if img is None:
        img = Image(path)
        _cache[path] = weakref.ref(img, lambda r, p=path: print(f"  evicted {p}") or _cache.pop(p, None))
    return img

a = load("cat.png")
b = load("cat.png")
print(a is b, Image.loads)
c = load("dog.png")
print(sorted(_cache), Image.loads)
del a
print("a dropped, b still holds:", sorted(_cache))
del b
print("after b:", sorted(_cache))
d = load("cat.png")
print("reloaded:", d, Image.loads)
del c, d
print("end:", sorted(_cache))
