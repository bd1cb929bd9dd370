# list(d.values()) makes a new list holding its own references to the values.
import sys
v = [0]
d = {"a": v, "b": v}
vals = list(d.values())
print(sys.getrefcount(v))
del vals
print(sys.getrefcount(v))
