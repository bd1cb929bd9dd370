# Weak references without callback to the same object are one shared object.
import weakref
class T:
    pass
t = T()
r1 = weakref.ref(t)
r2 = weakref.ref(t)
print(r1 is r2)
def cb(r):
    pass
r3 = weakref.ref(t, cb)
print(r1 is r3)
