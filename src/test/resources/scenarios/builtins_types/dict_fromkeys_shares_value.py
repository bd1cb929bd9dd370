# dict.fromkeys stores the same value object under every key
import sys
default = []
d = dict.fromkeys(["a", "b", "c"], default)
print(sys.getrefcount(default))
d["a"].append(1)
print(d)
del d
print(sys.getrefcount(default))
