# With gc disabled, an explicit gc.collect() still reclaims cycles.
import gc
gc.disable()
gc.collect()
class T:
    def __del__(self):
        print("finalized")
t = T()
t.me = t
del t
print("disabled", gc.isenabled())
print("collected", gc.collect())
gc.enable()
