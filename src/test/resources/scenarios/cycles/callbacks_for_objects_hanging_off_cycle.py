# Weakref callbacks for every unreachable object run during the collection, before it returns.
import gc
import weakref
gc.collect()
class T:
    def __init__(self, name):
        self.name = name
def cb(r):
    print("callback")
ring = []
ring.append(ring)
leaf = T("leaf")
ring.append(leaf)
r = weakref.ref(leaf, cb)
del ring, leaf
print("collected", gc.collect())
