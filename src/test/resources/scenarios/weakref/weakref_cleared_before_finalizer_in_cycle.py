# In a collection, weak references are already dead when __del__ runs.
import gc
import weakref
gc.collect()
class T:
    def __del__(self):
        print("finalizer sees ref dead:", r() is None)
t = T()
t.me = t
r = weakref.ref(t)
del t
gc.collect()
