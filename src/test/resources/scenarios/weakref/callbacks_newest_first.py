# Several weak references with callbacks on one object: callbacks run newest first.
import weakref
class T:
    pass
def cb1(r):
    print("first registered")
def cb2(r):
    print("second registered")
def cb3(r):
    print("third registered")
t = T()
r1 = weakref.ref(t, cb1)
r2 = weakref.ref(t, cb2)
r3 = weakref.ref(t, cb3)
del t
print("end")
