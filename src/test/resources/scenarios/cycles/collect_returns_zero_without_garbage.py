# gc.collect() returns 0 when there is no cyclic garbage, even after plain refcount frees.
import gc
gc.collect()
a = [1, 2, 3]
b = {"x": a}
del a, b
print("collected", gc.collect())
