# A cycle list -> dict -> instance -> list is collected as three objects.
import gc
gc.collect()
class Holder:
    pass
lst = []
d = {"list": lst}
h = Holder()
h.d = d
lst.append(h)
del lst, d, h
print("collected", gc.collect())
