# weakref callbacks announce deaths; a weak cache forgets unused images.
import weakref

class Image:
    def __init__(self, path):
        self.path = path

    def __repr__(self):
        return f"Image({self.path!r})"

def gone(ref):
    print("callback: a weak reference died; alive now ->", ref())

img = Image("cat.png")
r = weakref.ref(img, gone)
print(r() is img, weakref.getweakrefcount(img))
del img
print("after del:", r())

cache = weakref.WeakValueDictionary()

def load(path):
    found = cache.get(path)
    if found is None:
        print("loading", path)
        found = Image(path)
        cache[path] = found
    return found

a = load("a.png")
b = load("b.png")
a2 = load("a.png")
print(a is a2, sorted(cache.keys()))
del b
print("b dropped:", sorted(cache.keys()))
del a, a2
print("a dropped:", sorted(cache.keys()), len(cache))

class Listener:
    def __init__(self, name):
        self.name = name

listeners = weakref.WeakSet()
l1, l2 = Listener("one"), Listener("two")
listeners.add(l1)
listeners.add(l2)
print(len(listeners))
del l1
print(len(listeners), [x.name for x in listeners])
p = weakref.proxy(l2)
print(p.name)
del l2
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
