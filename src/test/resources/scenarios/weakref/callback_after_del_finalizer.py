# When refcount drops to zero, __del__ runs first, then weak references are cleared and callbacks run.
import weakref
class T:
    def __del__(self):
        print("__del__")
def cb(r):
    print("callback")
t = T()
r = weakref.ref(t, cb)
del t
print("end")
