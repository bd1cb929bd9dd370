# a bound method of the object as the finalizer's function keeps the object alive (the documented pitfall)
import gc
import weakref
class Resource:
    def close(self):
        print("close")
r = Resource()
f = weakref.finalize(r, r.close)
del r
gc.collect()
print("still alive", f.alive)
f()
print("called by hand", f.alive)
