# functools.cached_property: computed on first access by __get__ (one frame more holding self), stored in the instance __dict__, then read like any attribute until deleted
import sys
import gc
from functools import cached_property

class Dataset:
    def __init__(self, values):
        self.values = values

    @cached_property
    def stats(self):
        print("computing, self refcount", sys.getrefcount(self))
        return {"n": len(self.values), "total": sum(self.values)}

ds = Dataset([3, 1, 4, 1, 5])
print(vars(ds))
s = ds.stats
print(s, ds.stats is s)
print("cached dict refcount", sys.getrefcount(s))
print(sorted(vars(ds)))
del ds.stats
print(sorted(vars(ds)), "refcount after del", sys.getrefcount(s))
print(ds.stats == s, ds.stats is s)
ds.stats = "overridden"
print(ds.stats)
