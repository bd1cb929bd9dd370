# Two dicts that refer to each other form a cycle collected as two objects.
import gc
gc.collect()
d1 = {"name": "one"}
d2 = {"name": "two", "peer": d1}
d1["peer"] = d2
del d1, d2
print("collected", gc.collect())
