# A class is part of internal cycles, so del of its name is not enough: only gc.collect() frees it.
import gc
import weakref
class C:
    pass
r = weakref.ref(C)
del C
print("after del, dead:", r() is None)
gc.collect()
print("after collect, dead:", r() is None)
