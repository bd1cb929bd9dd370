import weakref
import sys

class Photo:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Photo({self.name!r})"

p = Photo("beach")
r = weakref.ref(p)
print(r() is p, r(), weakref.getweakrefcount(p))
print(sys.getrefcount(p))
r2 = weakref.ref(p)
print(r is r2, len(weakref.getweakrefs(p)))

def gone(ref):
    print("callback: referent gone, ref dead:", ref() is None)

r3 = weakref.ref(p, gone)
print(r3 is r, weakref.getweakrefcount(p))
del p
print(r(), r3())
try:
    weakref.ref(42)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([1, 2])
except TypeError as e:
    print("TypeError:", e)
