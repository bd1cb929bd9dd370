# Two weak references to the same live object compare equal; to different objects they do not.
import weakref
class T:
    pass
def cb(r):
    pass
a = T()
b = T()
r1 = weakref.ref(a)
r2 = weakref.ref(a, cb)
r3 = weakref.ref(b)
print(r1 == r2, r1 is r2, r1 == r3)
