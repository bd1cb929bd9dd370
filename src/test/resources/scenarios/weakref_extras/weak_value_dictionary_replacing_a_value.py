# storing a new value under a key replaces the weak reference; the old value's death no longer touches the entry
import weakref
class Item:
    def __init__(self, n):
        self.n = n
old = Item(1)
new = Item(2)
d = weakref.WeakValueDictionary()
d["k"] = old
d["k"] = new
print(weakref.getweakrefcount(old), weakref.getweakrefcount(new))
del old
print(len(d), d["k"].n)
