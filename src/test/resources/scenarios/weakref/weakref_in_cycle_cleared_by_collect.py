# A weak reference to an object in a garbage cycle is cleared by gc.collect() and its callback runs.
import gc
import weakref
gc.collect()
class T:
    pass
def cb(r):
    print("callback")
t = T()
t.me = t
r = weakref.ref(t, cb)
del t
print("alive", r() is not None)
print("collected", gc.collect())
print("alive", r() is not None)
