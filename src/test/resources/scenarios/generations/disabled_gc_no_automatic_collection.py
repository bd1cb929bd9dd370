# With gc disabled, allocations never trigger a collection; the cycle waits for gc.collect().
import gc
class T:
    def __del__(self):
        print("finalized")
gc.collect()
gc.disable()
gc.set_threshold(10, 10, 10)
t = T()
t.me = t
del t
keep = []
for i in range(100):
    keep.append([])
print("allocated, enabled:", gc.isenabled())
print("collected", gc.collect())
gc.enable()
gc.set_threshold(700, 10, 10)
