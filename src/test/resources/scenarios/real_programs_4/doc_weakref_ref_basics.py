import weakref
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Resource({self.name!r})"

r = Resource("db")
w = weakref.ref(r)
print(w() is r, w(), weakref.getweakrefcount(r))
w2 = weakref.ref(r)
print(w is w2, weakref.getweakrefcount(r), len(weakref.getweakrefs(r)))
print(sys.getrefcount(r))
def gone(ref):
    print("callback; ref dead:", ref() is None)
w3 = weakref.ref(r, gone)
print(w3 is w, weakref.getweakrefcount(r))
del r
print(w(), w3())
try:
    weakref.ref(42)
except TypeError as e:
    print(e)
