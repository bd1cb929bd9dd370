from collections import OrderedDict
import sys

od = OrderedDict(b=1, a=2)
for view in (od.keys(), od.values(), od.items()):
    it = iter(view)
    print(type(view).__name__, type(it).__name__, next(it))
print(type(iter(od)).__name__, type(reversed(od)).__name__)
print(type(reversed(od.keys())).__name__, type(reversed(od.items())).__name__)
print(type(od.keys()) is type({}.keys()), isinstance(od.keys(), type({}.keys())))
print(type(od.keys()), type(iter(od.values())))

class Sub(OrderedDict):
    pass

s = Sub(x=1)
print(type(s.items()).__name__, type(iter(s)).__name__, sys.getrefcount(s))

d = {"p": 1, "q": 2}
for view in (d.keys(), d.values(), d.items()):
    print(type(view).__name__, type(iter(view)).__name__, type(reversed(view)).__name__, list(reversed(view)))
print(list(reversed(od.keys())), list(reversed(od.values())), list(reversed(od.items())))
keys = od.keys()
it = iter(keys)
print(sys.getrefcount(od), sys.getrefcount(keys))
del keys, it
print(sys.getrefcount(od))
import gc
print(gc.collect())
