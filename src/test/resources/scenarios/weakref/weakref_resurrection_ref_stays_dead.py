# A weak reference cleared during collection stays dead even if __del__ resurrects the object.
import gc
import weakref
gc.collect()
saved = []
class T:
    def __del__(self):
        saved.append(self)
t = T()
t.me = t
r = weakref.ref(t)
del t
print("collected", gc.collect())
print("ref dead", r() is None, "object alive", len(saved))
