# A weak reference that is itself part of the garbage has its callback skipped by the collector.
import gc
import weakref
gc.collect()
class T:
    pass
def cb(r):
    print("callback")
t = T()
t.me = t
t.ref = weakref.ref(t, cb)
del t
print("collected", gc.collect())
