# the weak containers are ordinary instances: tracked, 56 bytes, and freed with their weak references
import gc
import sys
import weakref
class Item:
    pass
d = weakref.WeakValueDictionary()
s = weakref.WeakSet()
i = Item()
d["i"] = i
s.add(i)
print(sys.getsizeof(d), sys.getsizeof(s), gc.is_tracked(d), weakref.getweakrefcount(i))
del d, s
print(weakref.getweakrefcount(i))
