import gc
import sys


gc.collect()
data = [10, 20, 30]
it = iter(data)
print("refcount data with iterator:", sys.getrefcount(data))
print(next(it), list(it))
print("refcount data after exhaustion:", sys.getrefcount(data))
print(next(it, "empty"))
keys = {"x": 1, "y": 2}
kit = iter(keys)
print(next(kit))
keys["z"] = 3
try:
    next(kit)
except RuntimeError as e:
    print("RuntimeError:", e)
z = zip(data, "abc")
print("refcount data in zip:", sys.getrefcount(data))
print(list(z), list(z))
e = enumerate(data, 1)
print(next(e), type(e).__name__)
r = reversed(data)
print(list(r), sys.getrefcount(data))
print("count:", gc.get_count())
