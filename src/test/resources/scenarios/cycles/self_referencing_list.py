# A list that contains itself survives del and is reclaimed by gc.collect(), which returns 1.
import gc
import sys
gc.collect()
a = []
a.append(a)
print("refcount", sys.getrefcount(a))
print(a)
del a
print("collected", gc.collect())
print("again", gc.collect())
