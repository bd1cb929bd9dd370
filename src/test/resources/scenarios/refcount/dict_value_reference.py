# A dict value holds a reference; overwriting the key releases it.
import sys
v = [1]
d = {"a": v}
print("in dict", sys.getrefcount(v))
d["b"] = v
print("two keys", sys.getrefcount(v))
d["a"] = 0
print("one key overwritten", sys.getrefcount(v))
del d["b"]
print("both gone", sys.getrefcount(v))
