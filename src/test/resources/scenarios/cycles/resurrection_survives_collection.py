# PEP 442: a finalizer that stores self in a global resurrects it; the collector then frees nothing.
import gc
gc.collect()
saved = []
class T:
    def __del__(self):
        print("finalizer runs")
        saved.append(self)
t = T()
t.me = t
del t
print("collected", gc.collect())
print("saved", len(saved), saved[0].me is saved[0])
