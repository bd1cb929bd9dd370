# A cycle still reachable from a global survives gc.collect().
import gc
gc.collect()
a = []
b = [a]
a.append(b)
del b
print("collected", gc.collect())
print("still here", len(a), len(a[0]))
