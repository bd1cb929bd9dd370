# An object with __del__ held only by a garbage cycle is unreachable too: the collector finalizes and counts it.
import gc
gc.collect()
class Leaf:
    def __del__(self):
        print("leaf freed")
ring = []
ring.append(ring)
ring.append(Leaf())
del ring
print("before")
print("collected", gc.collect())
