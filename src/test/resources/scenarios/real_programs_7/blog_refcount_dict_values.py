import sys

shared = ["config"]
print(sys.getrefcount(shared))
registry = {name: shared for name in ("a", "b", "c")}
print(sys.getrefcount(shared))
values = list(registry.values())
print(sys.getrefcount(shared))
view = registry.values()
print(sys.getrefcount(shared))
registry["b"] = None
print(sys.getrefcount(shared))
registry.clear()
print(sys.getrefcount(shared), len(view))
values.clear()
print(sys.getrefcount(shared))
key = "some key"
d = {key: 1}
print(sys.getrefcount(key) - sys.getrefcount("another key"))
