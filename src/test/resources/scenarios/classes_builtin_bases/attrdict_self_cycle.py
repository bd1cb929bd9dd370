# An AttrDict keeping itself as an attribute: the cycle through the instance's own __dict__ is collected (2 objects)
import gc, sys
class AttrDict(dict):
    def __getattr__(self, name):
        return self[name]
gc.collect()
a = AttrDict(host="localhost", port=8080)
print(a.host, a.port, a)
a.me = a
print("refcount", sys.getrefcount(a))
print(gc.is_tracked(a))
del a
print("collected", gc.collect())
b = AttrDict()
b["self"] = b
del b
print("collected", gc.collect())
