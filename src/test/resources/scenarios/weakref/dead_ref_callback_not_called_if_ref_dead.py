# If the weak reference itself dies first, its callback is never called.
import weakref
class T:
    pass
def cb(r):
    print("callback")
t = T()
r = weakref.ref(t, cb)
del r
del t
print("no callback")
