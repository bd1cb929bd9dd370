# from weakref import * in a cache demo
import sys, gc
from weakref import *

class Item:
    pass

item = Item()
r = ref(item)
print(r() is item, getweakrefcount(item))
cache = WeakValueDictionary()
cache["k"] = item
print(len(cache))
del item
print(r(), len(cache))
print(gc.collect())
