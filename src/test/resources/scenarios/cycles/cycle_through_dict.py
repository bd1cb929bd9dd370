# A dict that contains itself as a value is a cycle of one object.
import gc
gc.collect()
d = {}
d["self"] = d
print(d)
del d
print("collected", gc.collect())
