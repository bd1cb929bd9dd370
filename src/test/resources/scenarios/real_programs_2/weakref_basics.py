import weakref, sys
class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.getweakrefcount(o))
r2 = weakref.ref(o)
print(r is r2)
def gone(ref):
    print("callback, dead:", ref() is None)
r3 = weakref.ref(o, gone)
print(weakref.getweakrefcount(o))
del o
print(r(), r3())
try:
    weakref.ref(1)
except TypeError as e:
    print(e)
p = weakref.proxy(Obj())
try:
    p.x
except ReferenceError as e:
    print("ReferenceError:", e)
