# weakref callback and a cache of weak references
import weakref
import gc

class Image:
    def __init__(self, path):
        self.path = path
    def __repr__(self):
        return f"<Image {self.path}>"

def gone(ref):
    print("callback: referent gone, ref dead?", ref() is None)

img = Image("cat.png")
r = weakref.ref(img, gone)
print(r() is img, r())
print(weakref.getweakrefcount(img))
cache = weakref.WeakValueDictionary()
cache["cat"] = img
print("cat" in cache, len(cache))
del img
print("after del:", r(), len(cache))
print(gc.collect())
