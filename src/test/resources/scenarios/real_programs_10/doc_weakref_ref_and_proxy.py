import weakref
import sys

class Dict(dict):
    pass

obj = Dict(red=1, green=2, blue=3)
r = weakref.ref(obj)
print(r() is obj, weakref.getweakrefcount(obj))
r2 = weakref.ref(obj)
print(r is r2)
def cb(ref):
    print("callback for", type(ref).__name__, ref() is None)
r3 = weakref.ref(obj, cb)
print(r3 is r, weakref.getweakrefcount(obj), len(weakref.getweakrefs(obj)))
p = weakref.proxy(obj)
print(p["red"], len(p), "green" in p, sorted(p.keys()))
print(sys.getrefcount(obj))
del obj
print(r(), r3())
try:
    p["red"]
except ReferenceError as e:
    print("ReferenceError:", e)
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
