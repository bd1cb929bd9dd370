# a lone weak reference is not held while its callback runs; several are held in a tuple
import weakref, sys
class A:
    pass
def cb(w):
    print("refcount in callback", sys.getrefcount(w))
a = A()
w = weakref.ref(a, cb)
del a
a = A()
w1 = weakref.ref(a, cb)
w2 = weakref.ref(a, cb)
del a
