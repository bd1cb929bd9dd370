import sys, gc
from collections import OrderedDict

d = {"a": 1, "b": 2}
it = iter(d.items())
print(type(it).__name__, sys.getrefcount(d), next(it))
d["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
vals = iter(d.values())
print(next(vals), sys.getrefcount(d))
del it, vals
print(sys.getrefcount(d))
od = OrderedDict(x=1, y=2)
ki = iter(od.keys())
print(type(ki).__name__, next(ki), sys.getrefcount(od))
od["z"] = 3
try:
    next(ki)
except RuntimeError as e:
    print("RuntimeError:", e)
back = reversed(od.items())
print(type(back).__name__, list(back))
rv = reversed(d.values())
print(type(rv).__name__, list(rv), sys.getrefcount(d))
print(gc.collect())
