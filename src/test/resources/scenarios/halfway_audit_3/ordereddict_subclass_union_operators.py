import sys, gc
from collections import OrderedDict

class Settings(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

base = Settings(a=1, b=2)
extra = {"b": 20, "c": [3]}
both = base | extra
print(type(both).__name__, both, both is base)
print(sys.getrefcount(extra["c"]))
left = extra | base
print(type(left).__name__, left)
od = OrderedDict(z=0)
mix = od | base
print(type(mix).__name__, mix)
mix2 = base | od
print(type(mix2).__name__, mix2)
base |= {"d": 4}
print(type(base).__name__, base)
d = {"x": 1}
d |= base
print(type(d).__name__, d)
try:
    base | [1]
except TypeError as e:
    print("TypeError:", e)
print(gc.collect())

class Plain(dict):
    pass

p = Plain(q=1)
print(type(p | base).__name__, p | base)
print(type(base | p).__name__)
merged = OrderedDict(a=0) | Settings(k=1)
print(type(merged).__name__, merged)
