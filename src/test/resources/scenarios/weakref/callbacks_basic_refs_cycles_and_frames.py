# Basic refs are shared, callbacks run newest first on refcount death, before finalizers in a collected cycle, and when a list or a frame lets go.
import weakref, gc, sys
class T:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def cb1(r):
    print("cb1")
def cb2(r):
    print("cb2")
t = T(1)
r0 = weakref.ref(t)
r1 = weakref.ref(t, cb1)
r2 = weakref.ref(t, cb2)
r3 = weakref.ref(t)
print(r0 is r3, sys.getrefcount(t), r1() is t)
del t
print(r0(), r1(), r2())
a = T(2); b = T(3)
a.b = b; b.a = a
wa = weakref.ref(a, cb1)
wb = weakref.ref(b, cb2)
del a, b
print(gc.collect())
l = [T(4)]
w = weakref.ref(l[0], cb1)
l.clear()
print("after clear")
def f():
    x = T(5)
    wx = weakref.ref(x, cb2)
    return wx
res = f()
print(res())
