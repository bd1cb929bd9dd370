# An empty dict, or one holding only atoms, is not tracked until it gets a container.
import gc
d = {}
print("empty", gc.is_tracked(d))
d["a"] = 1
d["b"] = "text"
print("atoms", gc.is_tracked(d))
d["c"] = []
print("with list", gc.is_tracked(d))
del d["c"]
print("list removed", gc.is_tracked(d))
