# test_weakref style: multiple callbacks, order and dead refs
import weakref
import gc

class C:
    def __init__(self, n):
        self.n = n

events = []
o = C(1)
r1 = weakref.ref(o, lambda r: events.append("cb1"))
r2 = weakref.ref(o, lambda r: events.append("cb2"))
r3 = weakref.ref(o)
print(r3 is weakref.ref(o), r1 is r2)
print(weakref.getweakrefcount(o))
del o
print(events)
print(r1() is None, r2() is None, r3() is None)
p = C(2)
proxy = weakref.proxy(p)
print(proxy.n)
del p
try:
    proxy.n
except ReferenceError as e:
    print("ReferenceError:", e)
a = C(3)
a.self = a
wr = weakref.ref(a, lambda r: print("cycle member died"))
del a
print("collecting")
print(gc.collect())
