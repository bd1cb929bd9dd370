# A cycle promoted to an older generation is not found by gc.collect(0) but is by gc.collect().
import gc
class T:
    def __del__(self):
        print("finalized")
gc.collect()
t = T()
t.me = t
gc.collect(0)
del t
print("young", gc.collect(0))
print("full", gc.collect())
