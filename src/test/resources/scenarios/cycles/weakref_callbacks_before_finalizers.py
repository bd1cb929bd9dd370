# During a collection, weakref callbacks run before __del__ finalizers.
import gc
import weakref
gc.collect()
class T:
    def __del__(self):
        print("finalizer")
def cb(r):
    print("callback")
t = T()
t.me = t
r = weakref.ref(t, cb)
del t
gc.collect()
print("dead", r() is None)
