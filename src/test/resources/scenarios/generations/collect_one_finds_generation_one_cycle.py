# gc.collect(1) finds a cycle sitting in generation 1.
import gc
gc.collect()
a = []
a.append(a)
gc.collect(0)
del a
print("gen0", gc.collect(0))
print("gen1", gc.collect(1))
